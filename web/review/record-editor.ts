import { RELATIONSHIP_RULES } from '../../src/seed/seed-schema.ts';
import { createElement } from '../shared/create-element.ts';
import { createLabelChip } from '../shared/create-label-chip.ts';
import { type CodePointIndex, findOccurrences, locateEvidence } from './code-points.ts';
import {
  addEntity,
  addRelation,
  changeLabel,
  type DraftRecord,
  type DraftState,
  entityName,
  findById,
  isFlagged,
  isLeftOut,
  linkToExisting,
  recordLabel,
  recordName,
  removeRelation,
  type SeedProblem,
  type SeedRelationshipData,
  setDecision,
  setEvidence,
  setField,
} from './draft-model.ts';
import { createFieldControl } from './field-controls.ts';
import { type GraphEntity, toDraftEntity } from './graph-entities.ts';
import { DOCUMENT_FIELDS, DRAFT_LABELS, type FieldSpec, fieldsOfLabel, propertiesOfType } from './seed-fields.ts';
import type { TextSelection } from './text-view.ts';

/** An entity of the graph found by search, to link a record to or to end a relation at. */
export type ExistingEntity = GraphEntity;

/** An edit of the draft: a function from one state to the next (or to the next and a record to show). */
export type DraftEdit = (state: DraftState) => DraftState | { state: DraftState; key: string };

/** What the editor asks of the page. */
export interface RecordEditorEvents {
  /** Applies an edit (one step to undo); `done` is said in the status line. */
  apply(edit: DraftEdit, done: string): void;
  /** Shows another record. */
  choose(key: string): void;
  /** Finds entities of these labels in the graph. */
  search(text: string, labels: readonly string[]): Promise<ExistingEntity[]>;
}

/** What the editor shows a record with. */
export interface EditorContext {
  state: DraftState;
  text: string;
  index: CodePointIndex;
  /** The loader's problems with this record. */
  problems: readonly SeedProblem[];
  selection: TextSelection | null;
}

/** The panel beside the text: one record, all it says and every way to change it. */
export interface RecordEditor {
  show(key: string, context: EditorContext): void;
  /** Replaces the panel with other content (the new-entity form, a message). */
  replace(...content: Array<Node | string>): void;
  /** Brings the controls that use the text's selection in step with it. */
  setSelection(selection: TextSelection | null): void;
}

/**
 * Renders into `container`. When the focus is in the panel as it redraws (someone pressed one of its
 * controls), it stays on the same control if that is still there, else it goes to the heading.
 */
export function createRecordEditor(container: HTMLElement, events: RecordEditorEvents): RecordEditor {
  let selection: TextSelection | null = null;
  const replace = (...content: Array<Node | string>) => {
    const focused = document.activeElement instanceof HTMLElement && container.contains(document.activeElement) ? document.activeElement : null;
    const key = focused?.dataset.focusKey;
    container.replaceChildren(...content);
    syncSelection();
    if (!focused) return;
    const same = key === undefined ? null : container.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(key)}"]`);
    (same ?? container.querySelector<HTMLElement>('h2'))?.focus();
  };
  const syncSelection = () => {
    for (const button of container.querySelectorAll<HTMLButtonElement>('button.uses-selection')) button.disabled = selection === null;
    for (const note of container.querySelectorAll<HTMLElement>('.selection-note')) note.replaceChildren(...describeSelection(selection));
    for (const note of container.querySelectorAll<HTMLElement>('.relation-evidence'))
      note.replaceChildren(...describeRelationEvidence(selection, note.dataset.fallback ?? ''));
  };

  return {
    show(key, context) {
      const state = context.state;
      const record = [state.document, ...state.entities, ...state.relations].find((candidate) => candidate.key === key);
      if (!record) {
        replace(createElement('p', { className: 'muted' }, 'Choose a record in the list or a highlight in the text.'));
        return;
      }
      selection = context.selection;
      replace(...renderRecord(record, { ...context, currentSelection: () => selection }, events));
    },
    replace,
    setSelection(next) {
      selection = next;
      syncSelection();
    },
  };
}

/** What the selection note says: the words and where they are, or how to select some. */
export function describeSelection(selection: TextSelection | null): Array<Node | string> {
  if (!selection) return ['Select words in the text to use them here.'];
  const shown = selection.text.length > 30 ? `${selection.text.slice(0, 30)}…` : selection.text;
  return ['Selected: “', createElement('span', { lang: 'zh-Hans' }, shown), `” (characters ${selection.start}–${selection.end})`];
}

/** Which words a relation added now stands on: those selected in the text, else the record's own evidence. */
function describeRelationEvidence(selection: TextSelection | null, fallback: string): Array<Node | string> {
  if (selection) {
    return [
      'Its evidence: “',
      createElement('span', { lang: 'zh-Hans' }, selection.text),
      `”, the words selected in the text (characters ${selection.start}–${selection.end}).`,
    ];
  }
  return [
    'Its evidence: this record’s own words, “',
    createElement('span', { lang: 'zh-Hans' }, fallback),
    '”. Select words in the text to use others.',
  ];
}

// What the parts of the panel read: the context, and the selection as it is when a button is pressed.
interface PanelContext extends EditorContext {
  currentSelection(): TextSelection | null;
}

function renderRecord(record: DraftRecord, context: PanelContext, events: RecordEditorEvents): HTMLElement[] {
  const { state } = context;
  const parts: HTMLElement[] = [renderHeader(record, state), renderDecision(record, state, events), renderNotes(record)];
  if (context.problems.length > 0) parts.push(renderProblems(context.problems));
  parts.push(renderFields(record, state, events));
  parts.push(renderEvidence(record, context, events));
  if (record.kind === 'entity') {
    parts.push(renderLink(record.key, record.data.label, events));
    parts.push(renderRelations(record.data.id, state, events));
    parts.push(renderAddRelation(record, context, events));
  }
  return parts;
}

function focusable<T extends HTMLElement>(element: T, key: string): T {
  element.dataset.focusKey = key;
  return element;
}

function button(text: string, key: string, onclick: () => void, className = ''): HTMLButtonElement {
  return focusable(createElement('button', { type: 'button', className, onclick }, text), key);
}

// A button that reads as a link, with mixed content; one inline span, since the button is a flex box whose
// items would read as separate words.
function linkButton(key: string, onclick: () => void, ...content: Array<Node | string | null>): HTMLButtonElement {
  return focusable(createElement('button', { type: 'button', className: 'link', onclick }, createElement('span', {}, ...content)), key);
}

function renderHeader(record: DraftRecord, state: DraftState): HTMLElement {
  const label = recordLabel(record);
  const status = isLeftOut(state, record) && record.decision !== 'rejected' ? 'left out: an end of it is rejected' : record.decision;
  return createElement(
    'header',
    {},
    createElement(
      'p',
      { className: 'kind' },
      createLabelChip(record.kind === 'relation' ? 'Relation' : label),
      record.kind === 'relation' ? ` ${label}` : '',
    ),
    createElement('h2', { tabIndex: -1, lang: 'zh-Hans' }, recordName(state, record)),
    record.kind === 'relation' ? null : createElement('p', { className: 'muted' }, createElement('code', {}, String(record.data.id))),
    createElement(
      'p',
      { className: `decision ${status.split(':')[0]?.replace(' ', '-')}` },
      `Decision: ${status}${record.added ? ' (added by hand)' : ''}`,
    ),
  );
}

function renderDecision(record: DraftRecord, state: DraftState, events: RecordEditorEvents): HTMLElement {
  const name = recordName(state, record);
  const decide = (decision: 'open' | 'accepted' | 'rejected', verb: string) => () =>
    events.apply((current) => setDecision(current, record.key, decision), `${verb} ${name}`);
  return createElement(
    'div',
    { className: 'actions' },
    button('Accept (A)', 'accept', decide('accepted', 'Accepted'), 'accept'),
    record.kind === 'document' ? null : button('Reject (R)', 'reject', decide('rejected', 'Rejected'), 'reject'),
    record.decision === 'open' ? null : button('Reopen', 'reopen', decide('open', 'Reopened')),
    record.kind === 'relation'
      ? button('Remove', 'remove', () => events.apply((current) => removeRelation(current, record.key), `Removed ${name}`))
      : null,
  );
}

function renderNotes(record: DraftRecord): HTMLElement {
  const { confidence, review, rule } = record.data;
  const rows: Array<[string, string]> = [];
  if (typeof confidence === 'number') rows.push(['Confidence', `${Math.round(confidence * 100)}%`]);
  rows.push(['Review', isFlagged(record) ? String(review) : 'nothing flagged']);
  if (rule !== undefined) rows.push(['Rule', String(rule)]);
  return createElement(
    'dl',
    { className: 'notes' },
    ...rows.flatMap(([term, value]) => [
      createElement('dt', {}, term),
      // Review reasons quote the text now and then (两 candidates for 生态环境厅).
      createElement('dd', term === 'Review' ? { lang: 'zh-Hans' } : {}, value),
    ]),
  );
}

function renderProblems(problems: readonly SeedProblem[]): HTMLElement {
  return createElement(
    'section',
    { className: 'problems', ariaLabel: 'Problems the loader finds' },
    createElement('h3', {}, `Problems the loader finds (${problems.length})`),
    createElement(
      'ul',
      {},
      ...problems.map((problem) =>
        createElement('li', {}, createElement('code', {}, problem.field), ': ', createElement('span', { lang: 'zh-Hans' }, problem.message)),
      ),
    ),
  );
}

function renderFields(record: DraftRecord, state: DraftState, events: RecordEditorEvents): HTMLElement {
  const name = recordName(state, record);
  const commit = (field: string) => (value: unknown) =>
    events.apply((current) => setField(current, record.key, field, value), `Changed ${field} of ${name}`);
  const controls: HTMLElement[] = [];
  let specs: readonly FieldSpec[];
  if (record.kind === 'entity') {
    const labelId = `edit-${record.key}-label`;
    const select = focusable(
      createElement(
        'select',
        { id: labelId },
        ...DRAFT_LABELS.map((label) => createElement('option', { value: label, selected: label === record.data.label }, label)),
      ),
      labelId,
    );
    select.addEventListener('change', () =>
      events.apply((current) => changeLabel(current, record.key, select.value as (typeof DRAFT_LABELS)[number]), `${name} is now a ${select.value}`),
    );
    controls.push(createElement('div', { className: 'field' }, createElement('label', { htmlFor: labelId }, 'Label'), select));
    specs = fieldsOfLabel(record.data.label);
  } else if (record.kind === 'document') specs = DOCUMENT_FIELDS;
  else {
    controls.push(
      createElement(
        'p',
        { className: 'ends' },
        endButton(state, record.data.from, events),
        ` ${record.data.type} `,
        endButton(state, record.data.to, events),
      ),
    );
    specs = [];
    for (const spec of propertiesOfType(record.data.type)) {
      controls.push(createFieldControl(spec, record.data.properties?.[spec.name], `edit-${record.key}`, commit(`properties.${spec.name}`)));
    }
  }
  for (const spec of specs) controls.push(createFieldControl(spec, record.data[spec.name], `edit-${record.key}`, commit(spec.name)));
  return createElement('section', { className: 'fields', ariaLabel: 'Fields' }, createElement('h3', {}, 'Fields'), ...controls);
}

function endButton(state: DraftState, id: string, events: RecordEditorEvents): HTMLElement {
  const end = findById(state, id);
  if (!end) return createElement('span', { className: 'error' }, `${id} (not in the draft)`);
  return linkButton(
    `end:${end.key}`,
    () => events.choose(end.key),
    createLabelChip(recordLabel(end)),
    ' ',
    createElement('span', { lang: 'zh-Hans' }, entityName(end.data)),
  );
}

function renderEvidence(record: DraftRecord, context: PanelContext, events: RecordEditorEvents): HTMLElement {
  const { data } = record;
  const where = locateEvidence(context.text, context.index, String(data.evidence ?? ''), data.evidenceStart as number | undefined);
  const name = recordName(context.state, record);
  const set = (words: TextSelection) =>
    events.apply((current) => setEvidence(current, record.key, words.text, words.start), `Evidence of ${name} set`);
  const finder = createWordsFinder(context, `evidence-${record.key}`, 'Set evidence', set);
  return createElement(
    'section',
    { className: 'evidence-section', ariaLabel: 'Evidence' },
    createElement('h3', {}, 'Evidence'),
    createElement(
      'figure',
      { className: 'evidence' },
      createElement('blockquote', { lang: 'zh-Hans' }, String(data.evidence ?? '')),
      createElement('figcaption', {}, where ? `Characters ${where.start}–${where.end} (code points)` : 'Not found in the text at the offset given'),
    ),
    createElement('p', { className: 'selection-note muted' }),
    focusable(
      createElement('button', {
        type: 'button',
        className: 'uses-selection',
        textContent: 'Use the selected words as evidence',
        onclick: () => {
          const chosen = context.currentSelection();
          if (chosen) set(chosen);
        },
      }),
      'use-selection',
    ),
    finder,
  );
}

/**
 * A keyboard way to point at words without selecting them: type the words, pick one of the places they
 * occur (with the words around it), and press the button.
 */
export function createWordsFinder(
  context: { text: string; index: CodePointIndex },
  idPrefix: string,
  action: string,
  onPick: (words: TextSelection) => void,
  initial = '',
): HTMLElement {
  const inputId = `${idPrefix}-words`;
  const selectId = `${idPrefix}-place`;
  const input = focusable(createElement('input', { type: 'text', id: inputId, lang: 'zh-Hans', value: initial }), inputId);
  const select = focusable(createElement('select', { id: selectId }), selectId);
  const submit = focusable(createElement('button', { type: 'submit' }, action), `${idPrefix}-submit`);
  let places: Array<{ start: number; end: number }> = [];
  const refresh = () => {
    places = findOccurrences(context.text, context.index, input.value.trim());
    select.replaceChildren(
      ...(places.length === 0
        ? [createElement('option', { value: '' }, input.value.trim() ? 'Not in the text' : 'Type the words first')]
        : places.map((place, at) => createElement('option', { value: String(at), lang: 'zh-Hans' }, contextOf(context, place)))),
    );
    submit.disabled = places.length === 0;
  };
  input.addEventListener('input', refresh);
  refresh();
  const form = createElement(
    'form',
    { className: 'words-finder' },
    createElement('div', { className: 'field' }, createElement('label', { htmlFor: inputId }, 'Words as the text writes them'), input),
    createElement('div', { className: 'field' }, createElement('label', { htmlFor: selectId }, 'Where'), select),
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const place = places[Number(select.value)];
    if (place) onPick({ text: input.value.trim(), ...place });
  });
  return createElement('details', { className: 'finder' }, createElement('summary', {}, 'Or find the words by typing them'), form);
}

function contextOf(context: { text: string; index: CodePointIndex }, place: { start: number; end: number }): string {
  const from = context.index.toUnits(Math.max(place.start - 8, 0));
  const to = context.index.toUnits(Math.min(place.end + 8, context.index.length));
  return `${place.start}: …${context.text.slice(from, to).replace(/\s+/g, ' ')}…`;
}

function renderLink(key: string, label: string, events: RecordEditorEvents): HTMLElement {
  const inputId = `link-${key}`;
  const { form, input, results, status } = searchForm(inputId, `Find a ${label} the graph already has`);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    status.textContent = 'Searching…';
    events.search(text, [label]).then(
      (hits) => {
        status.textContent =
          hits.length === 0 ? `No ${label} in the graph matches “${text}”.` : `${hits.length} found; linking gives this record the one’s id.`;
        results.replaceChildren(
          ...hits.map((hit) =>
            createElement(
              'li',
              {},
              linkButton(
                `link-hit:${hit.id}`,
                () => events.apply((current) => linkToExisting(current, key, hit), `Linked to ${hit.id}`),
                ...describeHit('Link to ', hit),
              ),
            ),
          ),
        );
      },
      (error: unknown) => {
        status.textContent = `The search failed: ${error instanceof Error ? error.message : String(error)}`;
      },
    );
  });
  return createElement(
    'section',
    { className: 'link-section', ariaLabel: 'Link to an entity of the graph' },
    createElement('h3', {}, 'Same as an entity of the graph?'),
    form,
    status,
    results,
  );
}

/**
 * A hit as a button reads it: the name, the English name and the id, then what tells it apart from another of the
 * same name: the words of the first report that names it, and how many reports do.
 */
function describeHit(verb: string, hit: ExistingEntity): Array<Node | string> {
  const mention = hit.firstMention;
  return [
    verb,
    createElement('span', { lang: 'zh-Hans' }, hit.name),
    hit.nameEn ? ` (${hit.nameEn})` : '',
    ', ',
    createElement('code', {}, hit.id),
    mention ? ': “' : '',
    mention ? createElement('span', { lang: 'zh-Hans' }, mention.excerpt.length > 30 ? `${mention.excerpt.slice(0, 30)}…` : mention.excerpt) : '',
    mention ? `” (${mention.publishedAt}${hit.reports > 1 ? `, and ${hit.reports - 1} more report${hit.reports === 2 ? '' : 's'}` : ''})` : '',
  ];
}

// A search field with its button, the list of hits and a line saying how the search went.
function searchForm(inputId: string, labelText: string) {
  const input = focusable(createElement('input', { type: 'search', id: inputId, lang: 'zh-Hans' }), inputId);
  const results = createElement('ul', { className: 'link-results' });
  const status = createElement('p', { className: 'muted', role: 'status' });
  const form = createElement(
    'form',
    { className: 'link-form' },
    createElement('label', { htmlFor: inputId }, labelText),
    createElement('div', { className: 'inline' }, input, focusable(createElement('button', { type: 'submit' }, 'Search'), `${inputId}-submit`)),
  );
  return { form, input, results, status };
}

function renderRelations(id: string, state: DraftState, events: RecordEditorEvents): HTMLElement {
  const touching = state.relations.filter((relation) => relation.data.from === id || relation.data.to === id);
  return createElement(
    'section',
    { className: 'relations-section', ariaLabel: 'Relations' },
    createElement('h3', {}, `Relations (${touching.length})`),
    touching.length === 0
      ? createElement('p', { className: 'muted' }, 'None yet.')
      : createElement(
          'ul',
          { className: 'relations' },
          ...touching.map((relation) => {
            const outgoing = relation.data.from === id;
            const other = findById(state, outgoing ? relation.data.to : relation.data.from);
            const qualifier = relation.data.properties?.title ?? relation.data.properties?.role;
            const status = isLeftOut(state, relation) ? ' (left out)' : relation.decision === 'accepted' ? ' (accepted)' : '';
            return createElement(
              'li',
              {},
              linkButton(
                `relation:${relation.key}`,
                () => events.choose(relation.key),
                `${outgoing ? '→' : '←'} ${relation.data.type}`,
                typeof qualifier === 'string' ? ' (' : null,
                typeof qualifier === 'string' ? createElement('span', { lang: 'zh-Hans' }, qualifier) : null,
                typeof qualifier === 'string' ? ')' : null,
                ' ',
                createElement('span', { lang: 'zh-Hans' }, other ? entityName(other.data) : '?'),
                status,
              ),
              ' ',
              button('Remove', `remove:${relation.key}`, () =>
                events.apply((current) => removeRelation(current, relation.key), `Removed ${relation.data.type} of ${entityName(other?.data ?? {})}`),
              ),
            );
          }),
        ),
  );
}

/** The relation types that may start or end at a label, as RELATIONSHIP_RULES allows. */
function relationChoices(label: string): Array<{ value: string; type: string; outgoing: boolean; others: readonly string[] }> {
  return Object.entries(RELATIONSHIP_RULES).flatMap(([type, rule]) => [
    ...((rule.from as readonly string[]).includes(label)
      ? [{ value: `out:${type}`, type, outgoing: true, others: rule.to as readonly string[] }]
      : []),
    ...((rule.to as readonly string[]).includes(label)
      ? [{ value: `in:${type}`, type, outgoing: false, others: rule.from as readonly string[] }]
      : []),
  ]);
}

function renderAddRelation(record: DraftRecord & { kind: 'entity' }, context: PanelContext, events: RecordEditorEvents): HTMLElement {
  const { state } = context;
  const choices = relationChoices(record.data.label);
  const prefix = `add-relation-${record.key}`;
  const typeSelect = focusable(
    createElement(
      'select',
      { id: `${prefix}-type` },
      ...choices.map((choice) => createElement('option', { value: choice.value }, `${choice.outgoing ? 'this →' : '→ this'} ${choice.type}`)),
    ),
    `${prefix}-type`,
  );
  const otherSelect = focusable(createElement('select', { id: `${prefix}-other`, lang: 'zh-Hans' }), `${prefix}-other`);
  const properties = createElement('div', { className: 'relation-properties' });
  const values: Record<string, unknown> = {};
  const refresh = () => {
    const choice = choices.find((candidate) => candidate.value === typeSelect.value);
    const candidates = [state.document, ...state.entities].filter(
      (candidate) => candidate.key !== record.key && candidate.decision !== 'rejected' && choice?.others.includes(recordLabel(candidate)),
    );
    otherSelect.replaceChildren(
      ...(candidates.length === 0
        ? [createElement('option', { value: '' }, 'No record of the draft fits')]
        : candidates.map((candidate) =>
            createElement('option', { value: candidate.key }, `${entityName(candidate.data)} (${recordLabel(candidate)})`),
          )),
    );
    for (const key of Object.keys(values)) delete values[key];
    properties.replaceChildren(
      ...propertiesOfType(choice?.type ?? '').map((spec) =>
        createFieldControl(spec, undefined, prefix, (value) => {
          values[spec.name] = value;
        }),
      ),
    );
  };
  typeSelect.addEventListener('change', refresh);
  refresh();
  const evidenceNote = createElement(
    'p',
    { className: 'relation-evidence' },
    ...describeRelationEvidence(context.currentSelection(), record.data.evidence),
  );
  evidenceNote.dataset.fallback = record.data.evidence;
  const form = createElement(
    'form',
    { className: 'add-relation' },
    createElement('div', { className: 'field' }, createElement('label', { htmlFor: `${prefix}-type` }, 'Relation'), typeSelect),
    createElement('div', { className: 'field' }, createElement('label', { htmlFor: `${prefix}-other` }, 'Other end'), otherSelect),
    properties,
    evidenceNote,
    focusable(createElement('button', { type: 'submit' }, 'Add relation'), `${prefix}-submit`),
  );
  const chosenType = () => choices.find((candidate) => candidate.value === typeSelect.value);
  // The relation as the form says it, to the entity with `otherId`: its evidence the selected words, else the record's.
  const relationTo = (choice: (typeof choices)[number], otherId: string): SeedRelationshipData => {
    const words = context.currentSelection() ?? { text: record.data.evidence, start: record.data.evidenceStart ?? 0 };
    const defined = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== ''));
    return {
      type: choice.type,
      from: choice.outgoing ? record.data.id : otherId,
      to: choice.outgoing ? otherId : record.data.id,
      ...(Object.keys(defined).length > 0 && { properties: defined }),
      evidence: words.text,
      evidenceStart: words.start,
    };
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const choice = chosenType();
    const other = [state.document, ...state.entities].find((candidate) => candidate.key === otherSelect.value);
    if (!choice || !other) return;
    const data = relationTo(choice, String(other.data.id));
    events.apply((current) => addRelation(current, data), `Added ${choice.type} between ${entityName(record.data)} and ${entityName(other.data)}`);
  });

  // The other end may be an entity of the graph the draft does not have: it joins the draft (its evidence the first
  // place this text names it) together with the relation, as one step to undo.
  const graph = searchForm(`${prefix}-graph`, 'Or an entity of the graph the draft does not have');
  graph.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const choice = chosenType();
    const text = graph.input.value.trim();
    if (!choice || !text) return;
    graph.status.textContent = 'Searching…';
    events
      .search(
        text,
        choice.others.filter((label) => label !== 'Document'),
      )
      .then(
        (hits) => {
          graph.status.textContent = hits.length === 0 ? `Nothing in the graph matches “${text}” for ${choice.type}.` : `${hits.length} found.`;
          graph.results.replaceChildren(
            ...hits.map((hit) =>
              createElement(
                'li',
                {},
                linkButton(
                  `relate-hit:${hit.id}`,
                  () =>
                    events.apply(
                      (current) => {
                        const present = findById(current, hit.id);
                        const withEnd =
                          present && present.decision !== 'rejected'
                            ? current
                            : addEntity(current, toDraftEntity(hit, context.text, context.index)).state;
                        return addRelation(withEnd, relationTo(choice, hit.id));
                      },
                      `Added ${choice.type} between ${entityName(record.data)} and ${hit.name} of the graph`,
                    ),
                  ...describeHit('Relate to ', hit),
                ),
              ),
            ),
          );
        },
        (error: unknown) => {
          graph.status.textContent = `The search failed: ${error instanceof Error ? error.message : String(error)}`;
        },
      );
  });
  return createElement(
    'section',
    { className: 'add-relation-section', ariaLabel: 'Add a relation' },
    createElement('h3', {}, 'Add a relation'),
    form,
    graph.form,
    graph.status,
    graph.results,
  );
}
