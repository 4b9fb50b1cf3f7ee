import { nodesOf } from '../seed/seed-graph.ts';
import { buildDraft, type DraftGraph, type DroppedRecord, keepValidRecords } from './build-draft.ts';
import { loadGazetteer } from './division-gazetteer.ts';
import type { ExtractionContext } from './extraction-context.ts';
import { createDoc, type ExtractionStage } from './extraction-doc.ts';
import { findEventMentions } from './find-event-mentions.ts';
import { findOrganizationMentions } from './find-organization-mentions.ts';
import { findPersonMentions } from './find-person-mentions.ts';
import { findPolicyMentions } from './find-policy-mentions.ts';
import { findHomePlaceWords, findRegionMentions } from './find-region-mentions.ts';
import { findRelations } from './find-relations.ts';
import { findStatementMentions } from './find-statement-mentions.ts';
import { findStatisticMentions } from './find-statistic-mentions.ts';
import { findThemeMentions } from './find-theme-mentions.ts';
import { foldImpliedPlaces } from './fold-implied-places.ts';
import type { KnownGraph } from './known-graph.ts';
import { translateWithGlossary } from './name-in-english.ts';
import { phraseSlug } from './name-in-pinyin.ts';
import { type DocumentOptions, placeholderDate, readDocumentFacts } from './read-document-facts.ts';
import { type FoundMentions, resolveEntities } from './resolve-entities.ts';
import { EVENT_GLOSSARY } from './rules/english-glossary.ts';
import { MINISTRY_UNITS, NATIONAL_BODIES } from './rules/organization-patterns.ts';
import { PROTECTED_AREA_KINDS, WATER_SOURCE_ZONE_KINDS, WATER_WORK_KINDS } from './rules/place-kinds.ts';
import { COUNTRY, NAMED_AREAS } from './rules/region-areas.ts';
import { settleOverlaps } from './settle-overlaps.ts';
import { splitSentences } from './split-sentences.ts';
import { TokenTagger, type UserWord } from './tag-tokens.ts';
import { TextIndex } from './text-index.ts';

/**
 * The stages, in order: places first, since bodies and people are named after them; each adds to the document
 * what it finds, and `settleOverlaps` settles what two stages both claimed after each one.
 */
export const STAGES: readonly ExtractionStage[] = [
  { name: 'regions', run: (doc) => doc.regions.push(...findRegionMentions(doc.context)) },
  {
    name: 'organizations',
    run: (doc) => {
      const { organizations, absorbed } = findOrganizationMentions(doc.context, doc.regions);
      doc.organizations.push(...organizations);
      for (const region of absorbed) doc.absorbedRegions.add(region);
    },
  },
  {
    name: 'people',
    run: (doc) => {
      const { people, organizations } = findPersonMentions(doc.context, doc.organizations, doc.regions);
      doc.people.push(...people);
      doc.organizations = [...doc.organizations, ...organizations].sort((a, b) => a.start - b.start);
    },
  },
  {
    name: 'home-places',
    run: (doc) => {
      doc.regions = [...doc.regions, ...findHomePlaceWords(doc.context, doc.regions)].sort((a, b) => a.start - b.start);
    },
  },
  { name: 'events', run: (doc) => doc.events.push(...findEventMentions(doc.context, doc.regions)) },
  {
    name: 'statements',
    run: (doc) => {
      const { statements, people } = findStatementMentions(doc.context, doc.people, doc.organizations, doc.events);
      doc.statements.push(...statements);
      doc.people = [...doc.people, ...people].sort((a, b) => a.start - b.start);
    },
  },
  { name: 'policies', run: (doc) => doc.policies.push(...findPolicyMentions(doc.context)) },
  { name: 'statistics', run: (doc) => doc.statistics.push(...findStatisticMentions(doc.context)) },
  { name: 'themes', run: (doc) => doc.themes.push(...findThemeMentions(doc.context)) },
];

/** What an extraction returns: the draft, and a summary of what it holds and what needs review. */
export interface ExtractionResult {
  graph: DraftGraph;
  summary: ExtractionSummary;
}

/** Counts by label and type, and the records a reviewer should look at. */
export interface ExtractionSummary {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
  /** Records with a review note: their id (or `from -TYPE-> to`), the rule and the reason. */
  review: Array<{ record: string; rule: string; review: string }>;
  /** Which graph identities were resolved against. */
  resolvedAgainst: string;
  /** Records left out because the seed format would refuse them: a rule's bug, shown rather than failing the load. */
  dropped: DroppedRecord[];
}

/** Turns report texts into drafts; holds the segmenter with the known graph's names, so create one and reuse it. */
export interface Extractor {
  extract(text: string, options?: DocumentOptions): ExtractionResult;
}

/**
 * Creates an extractor for one known graph: the segmenter's user dictionary gets the graph's names, the
 * division dataset's names and the tables' bodies and areas, so that names of this genre come out as words.
 */
export function createExtractor(options: { known: KnownGraph }): Extractor {
  const tagger = createTagger(options.known);
  return {
    extract: (text, documentOptions = {}) => extractReport({ text, options: documentOptions, known: options.known, tagger }),
  };
}

/** The segmenter for a known graph: jieba with the graph's people and places, the divisions and the tables' names. */
export function createTagger(known: KnownGraph): TokenTagger {
  const gazetteer = loadGazetteer();
  const userWords: UserWord[] = [];
  // People and places of the graph; bodies stay out, since a body's name as one word would hide its place.
  for (const entity of known.byId.values()) {
    if (entity.label !== 'Person' && entity.label !== 'Region') continue;
    for (const name of [entity.name, ...entity.aliases]) userWords.push({ word: name, tag: entity.label === 'Person' ? 'nr' : 'ns' });
  }
  for (const [name] of gazetteer.byName) userWords.push({ word: name, tag: 'ns' });
  for (const [name] of gazetteer.byShort) userWords.push({ word: name, tag: 'ns' });
  for (const area of [COUNTRY, ...NAMED_AREAS]) for (const name of [area.name, ...(area.aliases ?? [])]) userWords.push({ word: name, tag: 'ns' });
  for (const body of NATIONAL_BODIES) for (const name of [body.name, ...(body.aliases ?? [])]) userWords.push({ word: name, tag: 'nt' });
  for (const unit of MINISTRY_UNITS) userWords.push({ word: unit.name, tag: 'nt' });
  for (const kind of [...PROTECTED_AREA_KINDS, ...WATER_WORK_KINDS, ...WATER_SOURCE_ZONE_KINDS]) userWords.push({ word: kind, tag: 'n' });
  return new TokenTagger(userWords);
}

/** The first stages for one text: its sentences and their tokens, with the dataset and the known graph at hand. */
export function createContext(text: string, options: { known: KnownGraph; tagger: TokenTagger; year?: number }): ExtractionContext {
  const index = new TextIndex(text);
  const sentences = splitSentences(index);
  return {
    index,
    sentences,
    tokens: sentences.map((sentence) => options.tagger.tag(sentence)),
    gazetteer: loadGazetteer(),
    known: options.known,
    tagger: options.tagger,
    year: options.year,
  };
}

function extractReport(input: { text: string; options: DocumentOptions; known: KnownGraph; tagger: TokenTagger }): ExtractionResult {
  const yearSource = input.options.date ?? readDocumentFacts(new TextIndex(input.text), input.options, undefined, false).publishedAt;
  const context = createContext(input.text, {
    known: input.known,
    tagger: input.tagger,
    year: yearSource ? Number(yearSource.slice(0, 4)) : undefined,
  });
  const index = context.index;

  const doc = createDoc(context);
  for (const stage of STAGES) {
    stage.run(doc);
    settleOverlaps(doc);
  }
  const { people, events } = doc;
  const found: FoundMentions = doc;

  const bylineMedia = people
    .flatMap((person) => (person.roles.length > 0 ? person.posts.map((post) => post.organization) : []))
    .find((org) => org.kind === 'media');
  const facts = readDocumentFacts(
    index,
    input.options,
    bylineMedia,
    people.some((person) => person.roles.length > 0),
  );
  // A text with no printed date still extracts: the draft carries a placeholder that loading refuses until the
  // date is confirmed (`npm run seed -- --date`, the review page's date field).
  const undated = !facts.publishedAt;
  const publishedAt = facts.publishedAt ?? placeholderDate(input.text, facts.title);
  if (undated) facts.reviews.unshift(`the text prints no date of publication: ${publishedAt} is a placeholder; confirm the date before loading`);
  const titleSlug = phraseSlug(facts.title, 40);
  const documentId = `document:${publishedAt}-${titleSlug}`;
  const documentKey = `${publishedAt.replace(/-/g, '')}-${phraseSlug(facts.title, 16)}`.replace(/-+$/, '');

  const resolution = resolveEntities(context, found, documentKey);
  const eventReport = facts.kind === 'news-report' || facts.kind === 'press-conference' || facts.kind === 'work-report';
  const relations = findRelations(context, found, resolution, { documentId, eventReport });
  const mainEvent = events[0] ? resolution.of(events[0]) : undefined;
  const translatedTitle = translateWithGlossary(facts.title, EVENT_GLOSSARY);
  const built = buildDraft(
    index,
    {
      id: documentId,
      facts: { ...facts, publishedAt },
      dateUnconfirmed: undated,
      nameEn: translatedTitle.english || facts.title,
      nameEnComplete: translatedTitle.complete,
      eventDate: mainEvent?.fields.startDate as string | undefined,
    },
    resolution.entities,
    relations,
  );
  const { graph: valid, dropped } = keepValidRecords(built, index);
  const graph = foldImpliedPlaces(valid, index);
  return { graph, summary: { ...summarize(graph, input.known.source), dropped } };
}

function summarize(graph: DraftGraph, source: string): Omit<ExtractionSummary, 'dropped'> {
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  const review: ExtractionSummary['review'] = [];
  if (typeof graph.document.review === 'string')
    review.push({ record: graph.document.id, rule: String(graph.document.rule), review: graph.document.review });
  for (const node of nodesOf(graph)) {
    nodes[node.label] = (nodes[node.label] ?? 0) + 1;
    if (node.review) review.push({ record: node.id, rule: node.rule, review: node.review });
  }
  for (const rel of graph.relationships) {
    relationships[rel.type] = (relationships[rel.type] ?? 0) + 1;
    if (rel.review) review.push({ record: `${rel.from} -${rel.type}-> ${rel.to}`, rule: rel.rule, review: rel.review });
  }
  return { nodes, relationships, review, resolvedAgainst: source };
}
