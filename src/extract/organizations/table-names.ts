import type { ExtractionContext } from '../extraction-context.ts';
import type { OrganizationMention } from '../mention-types.ts';
import { LOCAL_BODY_SUFFIXES, MINISTRY_UNITS, type MinistryUnit, NATIONAL_BODIES, type NamedBody } from '../rules/organization-patterns.ts';
import type { Span } from '../text-index.ts';
import { WordTable } from '../word-table.ts';

/** A name of the tables or of the known graph's organizations. */
export type TableEntry = { name: string; body?: NamedBody; unit?: MinistryUnit; knownId?: string; knownKind?: string };

/** The table's names, longest first, and the same by where they start. */
export interface TableNames {
  entries: TableEntry[];
  byStart: WordTable<TableEntry>;
}

export const MINISTRY = NATIONAL_BODIES.find((body) => body.id === 'organization:mee')!;
// Words a body's name may begin without being that body: 生态环境部门 is "the environment departments".
const NOT_AFTER_BODY: Readonly<Record<string, string>> = { 部: '门' };
const tableCache = new WeakMap<object, TableNames>();

/** Names of the tables and of the known graph's organizations, longest first, built once per known graph. */
export function tableNames(context: ExtractionContext): TableNames {
  const cached = tableCache.get(context.known);
  if (cached) return cached;
  const entries: TableEntry[] = [];
  for (const body of NATIONAL_BODIES) for (const name of [body.name, ...(body.aliases ?? [])]) entries.push({ name, body });
  for (const unit of MINISTRY_UNITS) entries.push({ name: unit.name, unit });
  const named = new Set(entries.map((entry) => entry.name));
  for (const entity of context.known.byId.values()) {
    if (entity.label !== 'Organization') continue;
    for (const name of [entity.name, ...entity.aliases]) {
      // Names that are a place and a suffix are found by the local-body rule, with their place; names built on
      // a table body (生态环境部党组) by the rules that compose them, with their parts.
      if (named.has(name) || name.length < 3 || LOCAL_BODY_SUFFIXES.some((suffix) => name.endsWith(suffix.suffix))) continue;
      if (entries.some((entry) => name.length > entry.name.length && name.includes(entry.name))) continue;
      entries.push({ name, knownId: entity.id, knownKind: entity.kind });
      named.add(name);
    }
  }
  entries.sort((a, b) => b.name.length - a.name.length);
  const table = { entries, byStart: new WordTable(entries, (entry: TableEntry) => entry.name) };
  tableCache.set(context.known, table);
  return table;
}

/** The longest table name that starts at `at`, unless it is the start of a longer word (生态环境部门). */
export function longestTableMatch(table: TableNames, text: string, at: number): TableEntry | undefined {
  return table.byStart.at(text, at, (entry) => {
    const last = entry.name[entry.name.length - 1]!;
    return NOT_AFTER_BODY[last] === undefined || text[at + entry.name.length] !== NOT_AFTER_BODY[last];
  });
}

/** The mention of a table name: a national body, a unit of the ministry, or a body of the known graph. */
export function tableMention(entry: TableEntry, span: Span, surface: string, sentence: number, former: boolean): OrganizationMention {
  const base = { ...span, label: 'Organization' as const, surface, sentence };
  if (entry.body) {
    const body = entry.body;
    const parents = body.parent ? [{ tableId: body.parent, evidence: span }] : [];
    return {
      ...base,
      name: body.name,
      kind: body.kind,
      nameEn: body.nameEn,
      tableId: body.id,
      parents,
      former: former || body.former === true,
      rule: 'organization/national-body',
      confidence: 0.97,
    };
  }
  if (entry.unit)
    return ministryUnitMention(entry.unit, span, surface, sentence, {
      former,
      parents: [{ tableId: MINISTRY.id, evidence: span }],
      confidence: 0.85,
    });
  const kind = (entry.knownKind as OrganizationMention['kind'] | undefined) ?? 'other';
  return { ...base, name: entry.name, kind, tableId: entry.knownId, parents: [], former, rule: 'organization/known-name', confidence: 0.9 };
}

/** A unit of the ministry (海洋生态环境司), alone or right after the ministry's name. */
export function ministryUnitMention(
  unit: MinistryUnit,
  span: Span,
  surface: string,
  sentence: number,
  how: { former: boolean; parents: OrganizationMention['parents']; confidence: number },
): OrganizationMention {
  return {
    ...span,
    label: 'Organization',
    surface,
    sentence,
    name: unit.name,
    kind: 'ministry-unit',
    nameEn: `${unit.nameEn}, ${MINISTRY.nameEn}`,
    tableId: `organization:mee-${unit.slug}`,
    parents: how.parents,
    former: how.former,
    rule: 'organization/ministry-unit',
    confidence: how.confidence,
  };
}
