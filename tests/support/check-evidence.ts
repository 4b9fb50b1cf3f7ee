/** A seed record with evidence, as a draft holds it. */
interface EvidenceRecord {
  id?: string;
  type?: string;
  from?: string;
  to?: string;
  evidence?: unknown;
  evidenceStart?: unknown;
}

/**
 * The records of a draft whose evidence does not stand in the text where it says (code points from 0), or
 * nowhere when it gives no offset: what the loader would refuse, and what a reviewer would fail to find.
 */
export function findMisplacedEvidence(
  graph: { document: EvidenceRecord; nodes: EvidenceRecord[]; relationships: EvidenceRecord[] },
  text: string,
): string[] {
  const points = Array.from(text);
  const wrong: string[] = [];
  for (const record of [graph.document, ...graph.nodes, ...graph.relationships]) {
    const evidence = String(record.evidence ?? '');
    const name = record.id ?? `${record.from} -${record.type}-> ${record.to}`;
    if (!evidence) wrong.push(`${name}: no evidence`);
    else if (typeof record.evidenceStart === 'number') {
      const found = points.slice(record.evidenceStart, record.evidenceStart + Array.from(evidence).length).join('');
      if (found !== evidence) wrong.push(`${name}: at ${record.evidenceStart} the text says "${found}", not "${evidence}"`);
    } else if (!text.includes(evidence)) wrong.push(`${name}: "${evidence}" is not in the text`);
  }
  return wrong;
}

/** How many records of a draft carry evidence, so a test can say it checked some. */
export function countEvidence(graph: { nodes: unknown[]; relationships: unknown[] }): number {
  return 1 + graph.nodes.length + graph.relationships.length;
}
