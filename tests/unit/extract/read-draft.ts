import { createExtractor } from '../../../src/extract/extract-report.ts';
import { emptyKnownGraph } from '../../../src/extract/known-graph.ts';
import { nodesOf } from '../../../src/seed/seed-graph.ts';

const extractor = createExtractor({ known: emptyKnownGraph() });

/**
 * Extracts a sentence the team wrote (no known graph) and reads back what a reviewer would check: the names of each
 * kind of node as printed, who said which statement, and who speaks for which body with which post.
 */
export function readDraft(text: string, document: { title: string; date: string } = { title: '测试报道', date: '2024-05-06' }) {
  const { graph } = extractor.extract(text, document);
  const names = new Map(nodesOf(graph).map((node) => [node.id, String(node.name ?? node.text)]));
  const labelled = (label: string) => graph.nodes.filter((node) => node.label === label).map((node) => String(node.name));
  const statements = graph.nodes.filter((node) => node.label === 'Statement');
  const speakerOf = (statementId: string) =>
    graph.relationships.filter((rel) => rel.type === 'SAID' && rel.to === statementId).map((rel) => names.get(rel.from));
  const speaksFor = graph.relationships.filter((rel) => rel.type === 'SPEAKS_FOR');
  const related = (type: string) => graph.relationships.filter((rel) => rel.type === type).map((rel) => [names.get(rel.from), names.get(rel.to)]);
  return {
    graph,
    people: labelled('Person'),
    bodies: labelled('Organization'),
    organizations: labelled('Organization'),
    places: labelled('Region'),
    /** The places the report implies but does not name (inside bodies' names, the country of 全国), kept apart. */
    impliedPlaces: (graph.impliedPlaces ?? []).map((node) => String(node.name)),
    policies: labelled('Policy'),
    statements: statements.map((node) => String(node.text)),
    /** Each statement as [its first speaker, its first six characters]. */
    said: statements.map((node) => [speakerOf(node.id)[0], String(node.text).slice(0, 6)]),
    /** The speakers of the statement that starts with `start`, or undefined when no statement does. */
    saidBy: (start: string) => {
      const statement = statements.find((node) => String(node.text ?? '').startsWith(start));
      return statement ? speakerOf(statement.id) : undefined;
    },
    /** Each SPEAKS_FOR as [person, body, post]. */
    speaksFor: speaksFor.map((rel) => [names.get(rel.from), names.get(rel.to), String(rel.properties?.title ?? '')]),
    /** Each SPEAKS_FOR as [person, body]. */
    speaksForPairs: related('SPEAKS_FOR'),
    /** Each relationship of a type as [its start's name, its end's name or text]. */
    related,
  };
}
