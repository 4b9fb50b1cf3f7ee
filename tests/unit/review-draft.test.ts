import { describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/ingest/input-problem.ts';
import { indexCodePoints, locateEvidence } from '../../web/review/code-points.ts';
import { addEntity, createDraftState, exportGraph, placeProblems, rename, type SeedGraph, setDecision } from '../../web/review/draft-model.ts';
import { MAX_REPORT_BYTES, ReportFileError, readReportFile } from '../../web/review/read-report-file.ts';

// A draft as POST /admin/extract answers it, cut down to what these tests need (test data: fictional names).
const TEXT = '𠀀东岚省生态环境厅厅长韩立军出席会议。';
const GRAPH: SeedGraph = {
  document: { id: 'document:review-draft-test', name: '东岚省生态环境厅', evidence: '东岚省生态环境厅', evidenceStart: 1 },
  nodes: [
    { id: 'region:donglan', label: 'Region', name: '东岚省', evidence: '东岚省', evidenceStart: 1, review: 'place not in the division dataset' },
    { id: 'organization:donglan-dee', label: 'Organization', name: '东岚省生态环境厅', evidence: '东岚省生态环境厅', evidenceStart: 1 },
    { id: 'person:han-lijun', label: 'Person', name: '韩立军', evidence: '厅长韩立军', evidenceStart: 9 },
  ],
  relationships: [
    { type: 'LOCATED_IN', from: 'organization:donglan-dee', to: 'region:donglan', evidence: '东岚省生态环境厅', evidenceStart: 1 },
    {
      type: 'SPEAKS_FOR',
      from: 'person:han-lijun',
      to: 'organization:donglan-dee',
      properties: { title: '厅长' },
      evidence: '厅长韩立军',
      evidenceStart: 9,
    },
  ],
};

describe('the review page’s draft', () => {
  it('takes reports up to the extractor’s own limit', () => {
    expect(MAX_REPORT_BYTES).toBe(MAX_INPUT_BYTES);
  });

  it('counts evidence offsets in code points, as the loader does, past a character outside the BMP', () => {
    const index = indexCodePoints(TEXT);
    expect(locateEvidence(TEXT, index, '韩立军', undefined)).toEqual({ start: 11, end: 14 });
    expect([...TEXT].slice(11, 14).join('')).toBe('韩立军');
    expect(index.toUnits(11)).toBe(12);
    // An offset the text does not bear out is not found, rather than found elsewhere.
    expect(locateEvidence(TEXT, index, '韩立军', 3)).toBeUndefined();
  });

  it('leaves a rejected entity out of the graph it exports, with the relations that touch it, and drops the review notes the reviewer answered', () => {
    let state = createDraftState(GRAPH);
    state = setDecision(state, 'e1', 'rejected');
    state = setDecision(state, 'e2', 'accepted');
    state = rename(state, 'e3', '韩立军同志');
    const { graph, nodeKeys, relationshipKeys } = exportGraph(state);
    expect(graph.document.textFile).toBe('report.txt');
    expect(graph.nodes.map((node) => node.id)).toEqual(['organization:donglan-dee', 'person:han-lijun']);
    expect(graph.nodes[1]!.name).toBe('韩立军同志');
    expect(graph.relationships.map((relation) => relation.type)).toEqual(['SPEAKS_FOR']);
    expect(nodeKeys).toEqual(['e2', 'e3']);
    expect(relationshipKeys).toEqual(['r5']);
    // The draft it came from is untouched: every edit makes a new state.
    expect(createDraftState(GRAPH).entities[2]!.data.name).toBe('韩立军');
  });

  it('puts each of the loader’s problems beside the record it names, though rejected records shift the places', () => {
    let state = setDecision(createDraftState(GRAPH), 'e1', 'rejected');
    state = addEntity(state, { id: 'event:meeting', label: 'Event', name: '会议', evidence: '会议', evidenceStart: 16 }).state;
    const exported = exportGraph(state);
    const placed = placeProblems(
      [
        { record: 'event:meeting (nodes[2])', field: 'nameEn', message: 'Required' },
        { record: 'person:han-lijun -SPEAKS_FOR-> organization:donglan-dee (relationships[0])', field: 'title', message: 'x' },
        { record: 'document:review-draft-test', field: 'publishedAt', message: 'Required' },
        { record: 'the posted graph', field: '', message: 'not JSON' },
      ],
      exported,
    );
    expect([...placed.byKey.keys()].sort()).toEqual(['document', 'e6', 'r5']);
    expect(placed.unplaced.map((problem) => problem.message)).toEqual(['not JSON']);
  });

  it('refuses a file over 5 MB and an empty one in one sentence each, and sends any other as it is, for the service to read', async () => {
    const file = (content: string | Uint8Array<ArrayBuffer>, name = 'report.txt') => new File([content], name, { type: 'text/plain' });
    await expect(readReportFile(file(new Uint8Array(MAX_REPORT_BYTES + 1), 'huge.txt'))).rejects.toThrow(
      new ReportFileError('huge.txt is 5,242,881 bytes; a report can be at most 5 MB (5,242,880 bytes), so it was not read.'),
    );
    await expect(readReportFile(file(new Uint8Array(0), 'blank.txt'))).rejects.toThrow('blank.txt is empty');
    // Any other file goes to the service as it is, in base64: GBK, a PDF, a picture the service will refuse.
    const gbk = new Uint8Array([0xc9, 0xfa, 0xcc, 0xac, 0xbb, 0xb7, 0xbe, 0xb3]);
    await expect(readReportFile(file(gbk, 'gbk.txt'))).resolves.toEqual({ name: 'gbk.txt', data: Buffer.from(gbk).toString('base64') });
    const large = new Uint8Array(200_000).map((_, i) => i % 251);
    await expect(readReportFile(file(large, 'large.pdf'))).resolves.toEqual({ name: 'large.pdf', data: Buffer.from(large).toString('base64') });
  });
});
