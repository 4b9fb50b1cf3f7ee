import { nodesOf } from '../seed/seed-graph.ts';

/**
 * Scores a draft against an expected graph (a curated graph.json), label by label and relation type by
 * relation type. How records match:
 *
 * - Person, Organization, Region, Policy, Theme, Event: same label, and the name or an alias of one equals
 *   the name or an alias of the other (quotation marks and spaces ignored);
 * - Statistic: same value and unit (％ = %, 百分点 = 个百分点, and a scale word in the unit is taken into the
 *   value: 21497 万元 = 214,970,000 元), preferring one whose evidence overlaps;
 * - Statement: the spans of their words in the text overlap by at least half of the shorter; a matched
 *   statement has the right speaker when the expected speaker matched the found speaker, or neither has one;
 * - a relation: same type, and both ends matched to each other (the documents match each other).
 *
 * Each expected record matches at most one found record and the other way round (greedy, in text order).
 */

/** A graph in the seed format, as far as scoring needs it. */
export interface ScoredGraph {
  document: { id: string };
  nodes: Array<Record<string, unknown> & { id: string; label: string }>;
  impliedPlaces?: Array<Record<string, unknown> & { id: string; label: string }>;
  relationships: Array<{ type: string; from: string; to: string }>;
}

/** Matches and counts of one label or relation type. */
export interface ScoreRow {
  expected: number;
  found: number;
  matched: number;
}

/** The score of one draft: rows by label, `Statement (right speaker)`, and rows by relation type. */
export interface DraftScore {
  labels: Record<string, ScoreRow>;
  relations: Record<string, ScoreRow>;
}

/** Scores `found` against `expected` as each loads (places in bodies' names are nodes); `text` is the report both refer to. */
export function scoreDraft(expectedGraph: ScoredGraph, foundGraph: ScoredGraph, text: string): DraftScore {
  const expected = { ...expectedGraph, nodes: nodesOf(expectedGraph) };
  const found = { ...foundGraph, nodes: nodesOf(foundGraph) };
  const mapping = new Map<string, string>([[expected.document.id, found.document.id]]);
  const labels: Record<string, ScoreRow> = {};
  const allLabels = [...new Set([...expected.nodes, ...found.nodes].map((node) => node.label))].sort();
  for (const label of allLabels) {
    const want = expected.nodes.filter((node) => node.label === label);
    const have = found.nodes.filter((node) => node.label === label);
    const pairs = matchNodes(label, want, have, text);
    for (const [a, b] of pairs) mapping.set(a.id, b.id);
    labels[label] = { expected: want.length, found: have.length, matched: pairs.length };
  }
  // Statements whose speaker is right: both SAID relations exist and their speakers were matched to each other.
  const speakerOf = (graph: ScoredGraph) => new Map(graph.relationships.filter((rel) => rel.type === 'SAID').map((rel) => [rel.to, rel.from]));
  const expectedSpeaker = speakerOf(expected);
  const foundSpeaker = speakerOf(found);
  let rightSpeaker = 0;
  for (const node of expected.nodes) {
    if (node.label !== 'Statement') continue;
    const match = mapping.get(node.id);
    const speaker = expectedSpeaker.get(node.id);
    // Right when the speakers were matched to each other, or when neither side gives one (a meeting's words).
    if (match && (speaker ? mapping.get(speaker) === foundSpeaker.get(match) : !foundSpeaker.has(match))) rightSpeaker += 1;
  }
  if (labels.Statement) labels['Statement (right speaker)'] = { ...labels.Statement, matched: rightSpeaker };

  const relations: Record<string, ScoreRow> = {};
  const types = [...new Set([...expected.relationships, ...found.relationships].map((rel) => rel.type))].sort();
  for (const type of types) {
    const want = expected.relationships.filter((rel) => rel.type === type);
    const have = found.relationships.filter((rel) => rel.type === type);
    const available = new Set(have.map((rel) => `${rel.from}|${rel.to}`));
    let matched = 0;
    for (const rel of want) {
      const key = `${mapping.get(rel.from)}|${mapping.get(rel.to)}`;
      if (available.has(key)) {
        available.delete(key);
        matched += 1;
      }
    }
    relations[type] = { expected: want.length, found: have.length, matched };
  }
  return { labels, relations };
}

/** Adds the counts of several scores (micro-averaging over documents). */
export function addScores(scores: readonly DraftScore[]): DraftScore {
  const total: DraftScore = { labels: {}, relations: {} };
  for (const score of scores) {
    for (const part of ['labels', 'relations'] as const) {
      for (const [key, row] of Object.entries(score[part])) {
        const sum = total[part][key] ?? { expected: 0, found: 0, matched: 0 };
        total[part][key] = sum;
        sum.expected += row.expected;
        sum.found += row.found;
        sum.matched += row.matched;
      }
    }
  }
  return total;
}

/** Precision (matched of found) and recall (matched of expected), 1 when there is nothing to find. */
export function precisionRecall(row: ScoreRow): { precision: number; recall: number } {
  return { precision: row.found === 0 ? 1 : row.matched / row.found, recall: row.expected === 0 ? 1 : row.matched / row.expected };
}

function matchNodes(
  label: string,
  want: ScoredGraph['nodes'],
  have: ScoredGraph['nodes'],
  text: string,
): Array<[ScoredGraph['nodes'][number], ScoredGraph['nodes'][number]]> {
  const pairs: Array<[ScoredGraph['nodes'][number], ScoredGraph['nodes'][number]]> = [];
  const used = new Set<string>();
  const take = (predicate: (a: ScoredGraph['nodes'][number], b: ScoredGraph['nodes'][number]) => boolean) => {
    for (const a of want) {
      if (pairs.some(([x]) => x === a)) continue;
      const b = have.find((candidate) => !used.has(candidate.id) && predicate(a, candidate));
      if (b) {
        used.add(b.id);
        pairs.push([a, b]);
      }
    }
  };
  if (label === 'Statistic') {
    const same = (a: ScoredGraph['nodes'][number], b: ScoredGraph['nodes'][number]) => {
      const x = scaled(Number(a.value), String(a.unit));
      const y = scaled(Number(b.value), String(b.unit));
      return x.unit === y.unit && Math.abs(x.value - y.value) <= 1e-6 * Math.max(1, Math.abs(x.value));
    };
    take((a, b) => same(a, b) && overlaps(evidenceSpan(a, text), evidenceSpan(b, text)));
    take(same);
    return pairs;
  }
  if (label === 'Statement') {
    take((a, b) => {
      const x = textSpan(a, text);
      const y = textSpan(b, text);
      const overlap = Math.min(x.end, y.end) - Math.max(x.start, y.start);
      return overlap > 0 && overlap * 2 >= Math.min(x.end - x.start, y.end - y.start);
    });
    return pairs;
  }
  const names = (node: ScoredGraph['nodes'][number]) =>
    new Set([node.name, ...((node.aliases as string[] | undefined) ?? [])].filter((n): n is string => typeof n === 'string').map(normalizeName));
  take((a, b) => normalizeName(String(a.name)) === normalizeName(String(b.name)));
  take((a, b) => {
    const left = names(a);
    return [...names(b)].some((name) => left.has(name));
  });
  return pairs;
}

function normalizeName(name: string): string {
  return name.replace(/[“”"'‘’\s]/g, '');
}

function normalizeUnit(unit: string): string {
  return unit.replace('％', '%').replace(/^百分点$/, '个百分点');
}

// A unit with a scale word in it (21497万元) is the same figure as the value scaled in the plain unit (214,970,000 元).
function scaled(value: number, unit: string): { value: number; unit: string } {
  const plain = normalizeUnit(unit);
  const scale = { 万: 1e4, 亿: 1e8 }[plain[0] as '万' | '亿'];
  return scale && plain.length > 1 ? { value: value * scale, unit: plain.slice(1) } : { value, unit: plain };
}

function evidenceSpan(node: Record<string, unknown>, text: string): { start: number; end: number } {
  const evidence = String(node.evidence ?? '');
  const start = typeof node.evidenceStart === 'number' ? toUnits(text, node.evidenceStart) : text.indexOf(evidence);
  return { start, end: start + evidence.length };
}

function textSpan(node: Record<string, unknown>, text: string): { start: number; end: number } {
  const words = String(node.text ?? '');
  const evidence = evidenceSpan(node, text);
  const inside = text.slice(evidence.start, evidence.end).indexOf(words);
  const start = evidence.start >= 0 && inside >= 0 ? evidence.start + inside : text.indexOf(words);
  return { start, end: start + words.length };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start >= 0 && b.start >= 0 && a.start < b.end && b.start < a.end;
}

// Evidence offsets count code points; this scorer compares positions in code units.
function toUnits(text: string, points: number): number {
  if (!/[\uD800-\uDBFF]/.test(text)) return points;
  return Array.from(text).slice(0, points).join('').length;
}
