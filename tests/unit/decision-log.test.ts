import { describe, expect, it } from 'vitest';
import { describeDecision, signDecisions } from '../../src/review/decision-log.ts';
import {
  addEntity,
  addRelation,
  changeLabel,
  createDraftState,
  type DraftState,
  exportGraph,
  findByAnchor,
  removeRelation,
  rename,
  type SeedGraph,
  setDecision,
  setEvidence,
  undecidedRecords,
} from '../../src/review/draft-model.ts';
import { replayDecisions } from '../../src/review/replay-decisions.ts';

// A draft as POST /admin/extract answers it, cut down (test data: fictional names, tests/fixtures/reports/README.md).
const TEXT = '东岚省委书记周启航、东岚省生态环境厅厅长韩立军出席会议。会议提出区域限批。';
const GRAPH: SeedGraph = {
  document: { id: 'document:decision-log-test', name: '东岚省', evidence: '东岚省', evidenceStart: 0, rule: 'document/facts' },
  nodes: [
    {
      id: 'region:donglan',
      label: 'Region',
      name: '东岚省',
      evidence: '东岚省',
      evidenceStart: 0,
      rule: 'region/unknown-place',
      review: 'place not in the dataset',
    },
    {
      id: 'person:zhou-qihang',
      label: 'Person',
      name: '周启航',
      evidence: '书记周启航',
      evidenceStart: 4,
      rule: 'person/titled',
      review: 'no body for 书记',
    },
    {
      id: 'organization:donglan-dee',
      label: 'Organization',
      name: '东岚省生态环境厅',
      evidence: '东岚省生态环境厅',
      evidenceStart: 10,
      rule: 'organization/local-body',
    },
    { id: 'person:han-lijun', label: 'Person', name: '韩立军', evidence: '厅长韩立军', evidenceStart: 18, rule: 'person/titled' },
  ],
  relationships: [
    {
      type: 'SPEAKS_FOR',
      from: 'person:han-lijun',
      to: 'organization:donglan-dee',
      properties: { title: '厅长' },
      evidence: '厅长韩立军',
      evidenceStart: 18,
      rule: 'relation/title',
    },
    {
      type: 'LOCATED_IN',
      from: 'organization:donglan-dee',
      to: 'region:donglan',
      evidence: '东岚省生态环境厅',
      evidenceStart: 10,
      rule: 'relation/place',
    },
  ],
};

/** The key of the entity of this name, as the page would pick it. */
function keyOf(state: DraftState, name: string): string {
  const record = state.entities.find((candidate) => candidate.data.name === name);
  if (!record) throw new Error(`no entity ${name}`);
  return record.key;
}

/** A review of the draft: what an analyst does on the page, one edit after another. */
function review(graph: SeedGraph): DraftState {
  let state = createDraftState(graph);
  state = setDecision(state, keyOf(state, '东岚省'), 'accepted');
  state = rename(state, keyOf(state, '周启航'), '周启航同志');
  state = changeLabel(state, keyOf(state, '周启航同志'), 'Statement');
  state = setDecision(state, keyOf(state, '韩立军'), 'rejected');
  state = setEvidence(state, keyOf(state, '东岚省生态环境厅'), '东岚省生态环境厅厅长', 10);
  const added = addEntity(state, {
    id: 'policy:regional-approval-restriction',
    label: 'Policy',
    name: '区域限批',
    nameEn: 'Regional suspension of project approvals',
    kind: 'mechanism',
    evidence: '区域限批',
    evidenceStart: 32,
  });
  state = addRelation(added.state, {
    type: 'IMPLEMENTS',
    from: 'region:donglan',
    to: 'policy:regional-approval-restriction',
    evidence: '会议提出区域限批',
    evidenceStart: 28,
  }).state;
  return removeRelation(state, state.relations.find((relation) => relation.data.type === 'LOCATED_IN')!.key);
}

describe('the decision log', () => {
  it('names each record by its label, rule, evidence span and name as extracted, never by its id', () => {
    // Spans count code points of the text, as evidence offsets do.
    expect([...TEXT].slice(32, 36).join('')).toBe('区域限批');
    const state = review(GRAPH);
    expect(state.decisions.map((decision) => [decision.action, decision.record])).toEqual([
      ['decide', 'Region|region/unknown-place|0-3|东岚省'],
      ['set-field', 'Person|person/titled|4-9|周启航'],
      ['relabel', 'Person|person/titled|4-9|周启航'],
      ['decide', 'Person|person/titled|18-23|韩立军'],
      ['set-evidence', 'Organization|organization/local-body|10-18|东岚省生态环境厅'],
      ['add-entity', 'Policy|review/added|32-36|区域限批'],
      ['add-relation', 'IMPLEMENTS|review/added|28-36|东岚省→区域限批'],
      ['remove-relation', 'LOCATED_IN|relation/place|10-18|东岚省生态环境厅→东岚省'],
    ]);
    expect(state.decisions.map(describeDecision)).toContain('rejected 韩立军');
    // The relation added names its ends by their anchors too.
    expect(state.decisions[6]).toMatchObject({ from: 'Region|region/unknown-place|0-3|东岚省', to: 'Policy|review/added|32-36|区域限批' });
  });

  it('gives every decision not yet signed the reviewer’s name and the time, and leaves signed ones alone', () => {
    const at = new Date('2026-03-02T09:30:00Z');
    const [first, ...rest] = signDecisions(review(GRAPH).decisions, '王分析', at);
    expect(first).toMatchObject({ by: '王分析', at: '2026-03-02T09:30:00.000Z' });
    expect(signDecisions([first!, ...rest], '另一人', new Date())[0]).toEqual(first);
  });

  it('replayed on a fresh draft of the same text, gives the very graph the review gave', () => {
    const reviewed = review(GRAPH);
    const replay = replayDecisions(createDraftState(GRAPH), reviewed.decisions);
    expect(replay.stale).toEqual([]);
    expect(replay.applied).toBe(reviewed.decisions.length);
    expect(exportGraph(replay.state).graph).toEqual(exportGraph(reviewed).graph);
    expect(replay.state.decisions).toEqual(reviewed.decisions);
  });

  it('replayed on a later extractor’s draft, follows its records whatever ids it gives them, and names the decisions that no longer find theirs', () => {
    const reviewed = review(GRAPH);
    // The later extractor: other generated ids, 韩立军 no longer found, a new record, and 区域限批 found by a policy rule.
    const later: SeedGraph = structuredClone(GRAPH);
    later.nodes = later.nodes
      .filter((node) => node.name !== '韩立军')
      .map((node) => (node.name === '周启航' ? { ...node, id: 'person:zhou-qihang-2' } : node));
    later.nodes.push(
      { id: 'event:meeting', label: 'Event', name: '会议', evidence: '会议', evidenceStart: 25, rule: 'event/meeting', review: 'no dates' },
      { id: 'policy:qu-yu-xian-pi', label: 'Policy', name: '区域限批', evidence: '区域限批', evidenceStart: 32, rule: 'policy/shape', kind: 'plan' },
    );
    later.relationships = later.relationships.filter((relation) => relation.type !== 'SPEAKS_FOR');
    const replay = replayDecisions(createDraftState(later), reviewed.decisions);

    expect(replay.stale.map(({ decision }) => describeDecision(decision))).toEqual(['rejected 韩立军']);
    expect(replay.stale[0]!.reason).toMatch(/^The draft has no record “韩立军” \(Person, person\/titled, 18-23\)$/);
    const graph = exportGraph(replay.state).graph;
    // The rename and the new label follow 周启航 under the id the later extractor gave him.
    expect(graph.nodes.find((node) => node.label === 'Statement')).toMatchObject({ id: 'statement:zhou-qihang-2', text: '周启航同志' });
    // The policy the reviewer added is the one the extractor now finds: one node, with the reviewer's id and fields.
    expect(graph.nodes.filter((node) => node.name === '区域限批')).toEqual([
      expect.objectContaining({ id: 'policy:regional-approval-restriction', kind: 'mechanism', rule: 'policy/shape' }),
    ]);
    expect(graph.relationships.map((relation) => `${relation.from} -${relation.type}-> ${relation.to}`)).toEqual([
      'region:donglan -IMPLEMENTS-> policy:regional-approval-restriction',
    ]);
    // What nobody decided yet is left to the reviewer: the statement the review relabelled but never accepted, and the new event.
    expect(undecidedRecords(replay.state).map((record) => record.data.name ?? record.data.text)).toEqual(['周启航同志', '会议']);
    // Decisions made on the replayed draft find the records of the policy by either anchor.
    expect(findByAnchor(replay.state, 'Policy|review/added|32-36|区域限批')?.data.id).toBe('policy:regional-approval-restriction');
  });
});
