import { AREAS, CHINA, type Place, PROVINCES, type Province } from './place-names.ts';
import { ReportBuilder, type SeedGraphJson, type SeedNodeJson } from './report-builder.ts';
import type { SeededRandom } from './seeded-random.ts';
import {
  GIVEN_NAME_CHARACTERS,
  INDICATORS,
  LOCAL_POLICY_STEMS,
  MEETING_KINDS,
  MINISTRY,
  MINISTRY_LEADERS,
  MINISTRY_UNITS,
  NATIONAL_POLICIES,
  NEWSPAPER,
  PARAPHRASE_TEMPLATES,
  type PolicyEntry,
  QUOTE_TEMPLATES,
  SURNAMES,
  THEMES,
  type ThemeEntry,
} from './vocabulary.ts';

/** The curated fields of entities the real report defines, by id, so shared nodes get identical properties. */
export type CanonicalFields = ReadonlyMap<string, Record<string, unknown>>;

/** What writing one synthetic report needs. */
export interface SyntheticReportOptions {
  /** 1-based number of the document in the corpus; it makes its ids unique. */
  index: number;
  random: SeededRandom;
  canonical: CanonicalFields;
}

/** One synthetic report: its folder name, its text, and its graph.json. */
export interface SyntheticReport {
  folderName: string;
  text: string;
  graph: SeedGraphJson;
}

// A body a person speaks for, with how the report names it and the region it answers for.
interface Body {
  id: string;
  /** How the text names it, with the province before a city (河北省石家庄市生态环境局). */
  phrase: string;
  region: Place;
  headTitle: readonly [string, string];
  deputyTitle: readonly [string, string];
}

// A person with the words that introduce them (河北省生态环境厅厅长张伟).
interface Official {
  id: string;
  name: string;
  body: Body;
  introduction: string;
}

const DEPARTMENT_HEAD = ['厅长', 'Director-General'] as const;
const DEPARTMENT_DEPUTY = ['副厅长', 'Deputy Director-General'] as const;
const BUREAU_HEAD = ['局长', 'Director'] as const;
const BUREAU_DEPUTY = ['副局长', 'Deputy Director'] as const;

/**
 * Writes one report shaped like the real one: a provincial meeting, officials of the ministry, of
 * provincial departments and municipal bureaus speaking on themes, figures with units and periods about
 * their regions, policies their regions implement, and a byline of reporters, about 160 entities and
 * 300 relations, every one with an excerpt of the text.
 */
export function writeSyntheticReport(options: SyntheticReportOptions): SyntheticReport {
  return new SyntheticReportWriter(options).write();
}

class SyntheticReportWriter {
  readonly #random: SeededRandom;
  readonly #canonical: CanonicalFields;
  readonly #index: number;
  readonly #prefix: string;
  readonly #report = new ReportBuilder();
  readonly #usedNames = new Set<string>();
  readonly #usedSlugs = new Set<string>();
  readonly #usedTexts = new Set<string>();
  readonly #year: number;
  // The meeting's first day, and the report's date: its last day.
  #eventDate = '';
  #publishedAt = '';
  #statements = 0;
  #statistics = 0;
  #policies = 0;
  #eventId = '';

  constructor(options: SyntheticReportOptions) {
    this.#random = options.random;
    this.#canonical = options.canonical;
    this.#index = options.index;
    this.#prefix = `s${String(options.index).padStart(4, '0')}`;
    this.#year = this.#random.int(2016, 2024);
  }

  write(): SyntheticReport {
    const random = this.#random;
    const host = random.pick(PROVINCES);
    const others = random.sample(
      PROVINCES.filter((p) => p !== host),
      5,
    );
    const [meetingName, meetingNameEn] = random.pick(MEETING_KINDS);
    const venue = host.cities[0]!;
    const eventName = `${this.#year}年${host.name}${meetingName}`;
    const title = `${eventName}在${venue.name}召开`;
    const month = random.int(1, 12);
    const day = random.int(1, 27);

    // The lead: the meeting, the ministry's leader and the host department's head.
    const china = this.#region(CHINA);
    const lead = `${month}月${day}日，${eventName}在${venue.name}召开`;
    this.#eventId = this.#report.node({
      id: `event:${this.#prefix}-meeting`,
      label: 'Event',
      name: eventName,
      nameEn: `${this.#year} ${host.nameEn} ${meetingNameEn}`,
      startDate: `${this.#year}-${pad(month)}-${pad(day)}`,
      endDate: `${this.#year}-${pad(month)}-${pad(day + 1)}`,
      evidence: lead,
    });
    this.#eventDate = `${this.#year}-${pad(month)}-${pad(day)}`;
    this.#publishedAt = `${this.#year}-${pad(month)}-${pad(day + 1)}`;
    this.#report.relate('HELD_IN', this.#eventId, this.#region(venue), lead);

    const ministry = this.#organization(MINISTRY.id, MINISTRY.name, MINISTRY.nameEn, 'ministry', MINISTRY.name);
    const ministryBody: Body = {
      id: ministry,
      phrase: MINISTRY.name,
      region: CHINA,
      headTitle: ['副部长', 'Vice Minister'],
      deputyTitle: ['副部长', 'Vice Minister'],
    };
    const hostDepartment = this.#department(host);
    const minister = this.#ministryLeader(ministryBody);
    const hostHead = this.#official(hostDepartment, hostDepartment.headTitle);
    this.#report.paragraph().write(`${lead}。会议总结${this.#year - 1}年工作，分析中国生态环境保护面临的形势，部署${this.#year}年重点任务。`);
    const opening = `${minister.introduction}出席会议并讲话`;
    const report = `${hostHead.introduction}作工作报告`;
    this.#report.write(`${opening}，${report}。`);
    this.#report.relate('ATTENDED', minister.id, this.#eventId, opening);
    this.#report.relate('ATTENDED', hostHead.id, this.#eventId, report);
    this.#report.relate('LOCATED_IN', ministry, china, MINISTRY.name);

    // The speakers: the host department, the host's cities, other provinces, units of the ministry, local bodies.
    const cityBureaus = host.cities.map((city) => this.#cityBureau(host, city));
    const otherDepartments = others.map((province) => this.#department(province));
    const units = random.sample(MINISTRY_UNITS, 2).map((unit) => this.#ministryUnit(unit, ministry));
    const localBodies = this.#localBodies(host, host.cities[0]!, cityBureaus[0]!);
    const speakers = [
      hostHead,
      ...[...cityBureaus, ...otherDepartments.slice(0, 3), ...units, ...localBodies].map((body) => this.#official(body, body.headTitle)),
    ];
    const themes = random.sample(THEMES, 9);
    const nationalPolicies = random.sample(NATIONAL_POLICIES, 5);

    // Every theme the document links to is named here, so a theme node's name and evidence are in the text.
    const discussed = [...new Set([...themes, ...INDICATORS.map((indicator) => indicatorTheme(indicator.indicator))])];
    this.#report.paragraph().write(`会议期间，与会代表围绕${discussed.map((t) => t.name).join('、')}等展开了热烈讨论。`);
    for (const speaker of speakers) this.#speech(speaker, random.pick(themes), random.pick(themes), random.pick(nationalPolicies));

    // Cross-province areas the host belongs to.
    for (const areaId of host.areas) {
      const area = AREAS.find((candidate) => candidate.id === areaId)!;
      const policy = random.pick(nationalPolicies);
      const sentence = `作为${area.name}的重要组成部分，${host.name}将加强区域协同，与周边省份共同推进${policy.name}`;
      this.#report.paragraph().write(`${sentence}。`);
      const areaId2 = this.#region(area);
      this.#report.relate('PART_OF', this.#region(host), areaId2, sentence);
      this.#report.relate('PART_OF', areaId2, china, area.name);
      this.#report.relate('IMPLEMENTS', areaId2, this.#nationalPolicy(policy), sentence);
    }

    // Others who attended: deputies of the bodies above and bureaus of the other provinces' cities.
    const attendeeBodies = [
      ...otherDepartments,
      ...others.flatMap((province, position) => random.sample(province.cities, position < 2 ? 2 : 1).map((city) => this.#cityBureau(province, city))),
    ];
    const attendees = attendeeBodies.map((body) => this.#official(body, random.chance(0.5) ? body.headTitle : body.deputyTitle));
    this.#report.paragraph().write(`${attendees.map((person) => person.introduction).join('、')}等参加会议。`);
    for (const person of attendees) this.#report.relate('ATTENDED', person.id, this.#eventId, person.introduction);

    const documentId = `document:synthetic-${String(this.#index).padStart(4, '0')}`;
    this.#byline(documentId);
    const built = this.#report.build({
      id: documentId,
      name: title,
      nameEn: `${this.#year} ${host.nameEn} ${meetingNameEn} held in ${venue.nameEn}`,
      publishedAt: this.#publishedAt,
      eventDate: this.#eventDate,
      kind: 'news-report',
      publisher: NEWSPAPER.name,
    });
    return { folderName: `synthetic-${String(this.#index).padStart(4, '0')}`, ...built };
  }

  // One speaker's paragraph: a quote, figures about their region, the policies their body pushes, and
  // sometimes a paraphrase.
  #speech(speaker: Official, theme: ThemeEntry, secondTheme: ThemeEntry, national: PolicyEntry): void {
    const random = this.#random;
    const { body } = speaker;
    const region = body.region;
    const regionName = region.id === CHINA.id ? '全国' : region.name;
    this.#report.paragraph();

    const localPolicy = this.#localPolicy(region, theme);
    const quoteText = this.#uniqueText(QUOTE_TEMPLATES, { theme: theme.name, policy: national.name, region: regionName });
    const said = `${speaker.introduction}说`;
    const quoteEvidence = `“${quoteText}”${said}`;
    this.#report.write(`${quoteEvidence}。`);
    const quote = this.#statement(speaker, quoteText, 'quote', quoteEvidence, said);
    this.#about(quote, theme, quoteText);
    this.#report.relate('MENTIONS', quote, this.#nationalPolicy(national), national.name);
    this.#report.relate('ATTENDED', speaker.id, this.#eventId, said);

    // Two figures about the speaker's region, given as reported speech.
    const figures = random.sample(INDICATORS, 2).map((indicator) => this.#figure(region, regionName, indicator));
    const figureText = figures.map((figure) => figure.sentence).join('；');
    const introduced = `${speaker.name}介绍，${figureText}`;
    this.#report.write(`${introduced}。`);
    const figureStatement = this.#statement(speaker, figureText, 'paraphrase', introduced, introduced);
    for (const figure of figures) {
      this.#report.relate('MENTIONS', figureStatement, figure.id, figure.sentence);
      this.#about(figure.id, figure.theme, figure.sentence);
    }

    // The body's own policy and the national campaign its region carries out.
    const regionId = this.#region(region);
    const companion = this.#localPolicy(region, secondTheme);
    const policySentence = `${body.phrase}牵头制定《${localPolicy.name}》，${regionName}深入推进${national.name}`;
    const companionSentence = `同时印发《${companion.name}》`;
    this.#report.write(`${policySentence}，${companionSentence}。`);
    this.#report.relate('IMPLEMENTS', body.id, localPolicy.id, policySentence);
    this.#report.relate('IMPLEMENTS', body.id, companion.id, companionSentence);
    this.#report.relate('IMPLEMENTS', regionId, this.#nationalPolicy(national), policySentence);
    this.#about(localPolicy.id, theme, policySentence);

    if (random.chance(0.5)) {
      const text = this.#uniqueText(PARAPHRASE_TEMPLATES, { theme: secondTheme.name, policy: localPolicy.name, region: regionName });
      const evidence = `${speaker.name}指出，${text}`;
      this.#report.write(`${evidence}。`);
      const paraphrase = this.#statement(speaker, text, 'paraphrase', evidence, evidence);
      this.#about(paraphrase, secondTheme, text);
      this.#report.relate('MENTIONS', paraphrase, localPolicy.id, localPolicy.name);
    }
    if (speaker.body.headTitle === DEPARTMENT_HEAD && random.chance(0.3)) {
      const proposal = `${speaker.name}建议，将${localPolicy.name}的经验在全省推广`;
      this.#report.write(`${proposal}。`);
      this.#report.relate('PROPOSED', speaker.id, localPolicy.id, proposal);
    }
  }

  #statement(speaker: Official, text: string, kind: 'quote' | 'paraphrase', evidence: string, madeAt: string): string {
    this.#statements += 1;
    const id = this.#report.node({ id: `statement:${this.#prefix}-${this.#statements}`, label: 'Statement', text, kind, evidence });
    this.#report.relate('SAID', speaker.id, id, evidence);
    this.#report.relate('MADE_AT', id, this.#eventId, madeAt);
    return id;
  }

  #figure(region: Place, regionName: string, indicator: (typeof INDICATORS)[number]) {
    const random = this.#random;
    const year = this.#year - 1;
    const wholeYear = random.chance(0.7);
    const lastMonth = random.int(6, 11);
    const periodText = wholeYear ? `${year}年` : `${year}年1月-${lastMonth}月`;
    const value = random.float(indicator.min, indicator.max, indicator.decimals);
    const qualifier = random.pick(['exact', 'exact', 'exact', 'about', 'more-than'] as const);
    const verb = { exact: '为', about: '约为', 'more-than': '超过' }[qualifier];
    const change = random.float(0.3, 18, 1) * (random.chance(0.6) ? -1 : 1);
    const sentence = `${periodText}，${regionName}${indicator.indicator}${verb}${value}${indicator.unit}，同比${change < 0 ? '下降' : '上升'}${Math.abs(change)}${indicator.changeUnit}`;
    this.#statistics += 1;
    const id = this.#report.node({
      id: `statistic:${this.#prefix}-${this.#statistics}`,
      label: 'Statistic',
      name: `${periodText}${regionName}${indicator.indicator}`,
      nameEn: `${indicator.indicatorEn}, ${region.nameEn}, ${wholeYear ? year : `January-${monthName(lastMonth)} ${year}`}`,
      indicator: indicator.indicator,
      indicatorEn: indicator.indicatorEn,
      value,
      unit: indicator.unit,
      unitEn: indicator.unitEn,
      period: wholeYear ? String(year) : `${year}-01/${year}-${pad(lastMonth)}`,
      periodText,
      change,
      changeUnit: indicator.changeUnit,
      qualifier,
      evidence: sentence,
    });
    this.#report.relate('MEASURES', id, this.#region(region), sentence);
    const theme = indicatorTheme(indicator.indicator);
    return { id, sentence, theme };
  }

  #localPolicy(region: Place, theme: ThemeEntry): { id: string; name: string } {
    const stem = this.#random.pick(LOCAL_POLICY_STEMS);
    const regionName = region.id === CHINA.id ? '全国' : region.name;
    const name = `${regionName}${this.#year}年${stem.name}`;
    this.#policies += 1;
    const id = this.#report.node({
      id: `policy:${this.#prefix}-${this.#policies}`,
      label: 'Policy',
      name,
      nameEn: `${region.id === CHINA.id ? 'National' : region.nameEn} ${this.#year} ${stem.nameEn}`,
      kind: stem.kind,
      description: `A ${stem.nameEn} serving ${theme.nameEn.toLowerCase()}.`,
      evidence: `《${name}》`,
    });
    return { id, name };
  }

  #nationalPolicy(policy: PolicyEntry): string {
    return this.#report.node(
      this.#canonicalize({ id: policy.id, label: 'Policy', name: policy.name, nameEn: policy.nameEn, kind: policy.kind, evidence: policy.name }),
    );
  }

  #about(from: string, theme: ThemeEntry, evidence: string): void {
    const id = this.#report.node(
      this.#canonicalize({
        id: theme.id,
        label: 'Theme',
        name: theme.name,
        nameEn: theme.nameEn,
        description: theme.description,
        evidence: theme.name,
      }),
    );
    // The excerpt is the sentence that makes the link; the theme's own name is in the discussion paragraph.
    this.#report.relate('ABOUT', from, id, evidence);
  }

  #region(place: Place): string {
    const { level, pinyin } = place;
    return this.#report.node(
      this.#canonicalize({ id: place.id, label: 'Region', name: place.name, nameEn: place.nameEn, pinyin, level, evidence: place.name }),
    );
  }

  #organization(id: string, name: string, nameEn: string, kind: string, evidence: string): string {
    return this.#report.node(this.#canonicalize({ id, label: 'Organization', name, nameEn, kind, evidence }));
  }

  #department(province: Province): Body {
    const slug = province.id.slice('region:'.length);
    const name = province.municipality ? `${provinceWord(province)}生态环境局` : `${province.name}生态环境厅`;
    const id = this.#organization(
      province.municipality ? `organization:${slug}-bureau-of-ecology-and-environment` : `organization:${slug}-department-of-ecology-and-environment`,
      name,
      province.municipality
        ? `${province.nameEn} Municipal Bureau of Ecology and Environment`
        : `${province.nameEn} Provincial Department of Ecology and Environment`,
      province.municipality ? 'municipal-bureau' : 'provincial-department',
      name,
    );
    const regionId = this.#region(province);
    this.#report.relate('HAS_JURISDICTION', id, regionId, name);
    this.#report.relate('LOCATED_IN', id, regionId, name);
    this.#report.relate('PART_OF', regionId, this.#region(CHINA), name);
    return province.municipality
      ? { id, phrase: name, region: province, headTitle: BUREAU_HEAD, deputyTitle: BUREAU_DEPUTY }
      : { id, phrase: name, region: province, headTitle: DEPARTMENT_HEAD, deputyTitle: DEPARTMENT_DEPUTY };
  }

  #cityBureau(province: Province, city: Place): Body {
    const slug = city.id.slice('region:'.length);
    const name = `${city.name}生态环境局`;
    const phrase = `${provinceWord(province)}${name}`;
    const id = this.#organization(
      `organization:${slug}-bureau-of-ecology-and-environment`,
      name,
      `${city.nameEn} Bureau of Ecology and Environment`,
      'municipal-bureau',
      phrase,
    );
    const cityId = this.#region(city);
    this.#report.relate('HAS_JURISDICTION', id, cityId, name);
    this.#report.relate('LOCATED_IN', id, cityId, name);
    this.#report.relate('PART_OF', cityId, this.#region(province), `${provinceWord(province)}${city.name}`);
    this.#report.relate('PART_OF', this.#region(province), this.#region(CHINA), phrase);
    return { id, phrase, region: city, headTitle: BUREAU_HEAD, deputyTitle: BUREAU_DEPUTY };
  }

  #ministryUnit(unit: (typeof MINISTRY_UNITS)[number], ministry: string): Body {
    const phrase = `${MINISTRY.name}${unit.name}`;
    const id = this.#organization(unit.id, unit.name, unit.nameEn, 'ministry-unit', phrase);
    this.#report.relate('PART_OF', id, ministry, phrase);
    return {
      id,
      phrase,
      region: CHINA,
      headTitle: unit.headTitle,
      deputyTitle: unit.headTitle[0] === '司长' ? ['副司长', 'Deputy Director-General'] : BUREAU_DEPUTY,
    };
  }

  // The monitoring station and enforcement detachment of a city, units of its bureau.
  #localBodies(province: Province, city: Place, bureau: Body): Body[] {
    const slug = city.id.slice('region:'.length);
    const cityId = this.#region(city);
    const kinds = [
      {
        suffix: '生态环境监测站',
        slug: 'eco-environmental-monitoring-station',
        en: 'Eco-environmental Monitoring Station',
        kind: 'public-institution',
        head: ['站长', 'Head'] as const,
        deputy: ['副站长', 'Deputy Head'] as const,
      },
      {
        suffix: '生态环境保护综合行政执法支队',
        slug: 'environmental-enforcement-detachment',
        en: 'Environmental Enforcement Detachment',
        kind: 'other',
        head: ['支队长', 'Commander'] as const,
        deputy: ['副支队长', 'Deputy Commander'] as const,
      },
    ];
    return kinds.map((kind) => {
      const name = `${city.name}${kind.suffix}`;
      const phrase = `${provinceWord(province)}${name}`;
      const id = this.#organization(`organization:${slug}-${kind.slug}`, name, `${city.nameEn} ${kind.en}`, kind.kind, phrase);
      this.#report.relate('PART_OF', id, bureau.id, name);
      this.#report.relate('LOCATED_IN', id, cityId, name);
      return { id, phrase, region: city, headTitle: kind.head, deputyTitle: kind.deputy };
    });
  }

  #official(body: Body, [title, titleEn]: readonly [string, string]): Official {
    const { name, pinyin, slug } = this.#personName();
    const introduction = `${body.phrase}${title}${name}`;
    const id = this.#report.node({
      id: `person:${this.#prefix}-${slug}`,
      label: 'Person',
      name,
      nameEn: toEnglishName(pinyin),
      pinyin,
      evidence: introduction,
    });
    this.#report.relate('SPEAKS_FOR', id, body.id, introduction, { title, titleEn });
    return { id, name, body, introduction };
  }

  // One of the ministry's recurring leaders (one id across reports), by the report's number among those in post
  // in its year. A name is still drawn and set aside, so every later draw, and so the rest of the report, is what
  // it was before the leaders recurred.
  #ministryLeader(body: Body): Official {
    this.#personName();
    const serving = MINISTRY_LEADERS.flatMap((leader) =>
      leader.posts.filter((post) => post.from <= this.#year && this.#year <= post.to).map((post) => ({ leader, post })),
    );
    const { leader, post } = serving[this.#index % serving.length]!;
    const [title, titleEn] = post.title;
    const introduction = `${body.phrase}${title}${leader.name}`;
    const id = this.#report.node({
      id: leader.id,
      label: 'Person',
      name: leader.name,
      nameEn: toEnglishName(leader.pinyin),
      pinyin: leader.pinyin,
      evidence: introduction,
    });
    this.#report.relate('SPEAKS_FOR', id, body.id, introduction, { title, titleEn });
    return { id, name: leader.name, body, introduction };
  }

  #byline(documentId: string): void {
    const reporters = Array.from({ length: this.#random.int(3, 6) }, () => this.#personName());
    const names = reporters.map((r) => r.name).join('、');
    const writer = this.#random.pick(reporters);
    const byline = `${NEWSPAPER.name}记者${names}集体采访，${writer.name}执笔`;
    this.#report.paragraph().write(`（${byline}）`);
    const newspaper = this.#organization(NEWSPAPER.id, NEWSPAPER.name, NEWSPAPER.nameEn, 'media', NEWSPAPER.name);
    this.#report.relate('PUBLISHED', newspaper, documentId, byline);
    reporters.forEach((reporter, position) => {
      const introduction = `${NEWSPAPER.name}记者${reporters
        .slice(0, position + 1)
        .map((r) => r.name)
        .join('、')}`;
      const id = this.#report.node({
        id: `person:${this.#prefix}-${reporter.slug}`,
        label: 'Person',
        name: reporter.name,
        nameEn: toEnglishName(reporter.pinyin),
        pinyin: reporter.pinyin,
        evidence: introduction,
      });
      this.#report.relate('SPEAKS_FOR', id, newspaper, introduction, { title: '记者', titleEn: 'Reporter' });
      this.#report.relate('REPORTED', id, documentId, `${names}集体采访`, { role: '集体采访', roleEn: 'Joint interview' });
      if (reporter === writer) this.#report.relate('WROTE', id, documentId, `${writer.name}执笔`, { role: '执笔', roleEn: 'Writer' });
    });
  }

  // A name not yet used in this report, so each person is one node and one id.
  #personName(): { name: string; pinyin: string; slug: string } {
    for (;;) {
      const [surname, surnamePinyin] = this.#random.pick(SURNAMES);
      const given = this.#random.sample(GIVEN_NAME_CHARACTERS, this.#random.chance(0.7) ? 2 : 1);
      const name = surname + given.map(([hanzi]) => hanzi).join('');
      const pinyin = `${capitalize(surnamePinyin)} ${capitalize(given.map(([, syllable]) => syllable).join(''))}`;
      const slug = toSlug(pinyin);
      // 王林 and 王琳 are both wang-lin: the id must tell them apart, so a second one is drawn again.
      if (this.#usedNames.has(name) || this.#usedSlugs.has(slug)) continue;
      this.#usedNames.add(name);
      this.#usedSlugs.add(slug);
      return { name, pinyin, slug };
    }
  }

  // A statement text not yet said in this report: the seed format needs each statement's words to be its own.
  #uniqueText(templates: readonly string[], slots: Record<string, string>): string {
    for (let attempt = 0; ; attempt += 1) {
      const template = attempt < 20 ? this.#random.pick(templates) : templates[attempt % templates.length]!;
      const text = template.replace(/\{(\w+)\}/g, (_match, slot: string) => slots[slot] ?? '');
      const unique = attempt < templates.length + 20 ? text : `${text}（${attempt}）`;
      if (!this.#usedTexts.has(unique) && !this.#usedTexts.has(text)) {
        this.#usedTexts.add(unique);
        return unique;
      }
    }
  }

  // Shared entities take the real report's curated fields, so every document writes the same properties.
  #canonicalize(node: SeedNodeJson): SeedNodeJson {
    const canonical = this.#canonical.get(node.id);
    return canonical ? { ...node, ...canonical } : node;
  }
}

function indicatorTheme(indicator: string): ThemeEntry {
  const id = /PM2.5|天数|取暖/.test(indicator)
    ? 'theme:air-pollution-control'
    : /水|管网/.test(indicator)
      ? 'theme:water-environment'
      : /案件|罚没|企业|信访/.test(indicator)
        ? 'theme:enforcement'
        : /督察/.test(indicator)
          ? 'theme:inspection-rectification'
          : 'theme:ecological-restoration';
  return THEMES.find((theme) => theme.id === id)!;
}

// 北京 is written 北京市 before a district or bureau; other provinces' names already end in 省, 市 or 区.
function provinceWord(province: Province): string {
  return province.municipality && !province.name.endsWith('市') ? `${province.name}市` : province.name;
}

function toSlug(pinyin: string): string {
  return toEnglishName(pinyin)
    .toLowerCase()
    .replace(/[^a-z]+/g, '-');
}

function toEnglishName(pinyin: string): string {
  return pinyin.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function capitalize(syllables: string): string {
  return syllables.charAt(0).toUpperCase() + syllables.slice(1);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function monthName(month: number): string {
  return ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][month - 1]!;
}
