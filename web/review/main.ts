/**
 * The review page: extract a report's text into a draft graph, check and correct it with the text on
 * screen and every entity's evidence highlighted, validate it as the loader does, then load it into the
 * graph or download it for seed/. The draft survives a reload (local storage); the admin token does not
 * (memory only).
 */
import { STORED_ENUM_VALUES } from '../../src/graph-model/stored-values.ts';
import { describeDecision, signDecisions } from '../../src/review/decision-log.ts';
import { replayDecisions } from '../../src/review/replay-decisions.ts';
import { createElement } from '../shared/create-element.ts';
import { createLabelChip } from '../shared/create-label-chip.ts';
import { ENTITY_LABELS } from '../shared/label-styles.ts';
import {
  AdminError,
  checkGraph,
  describeOrigin,
  type ExistingDocument,
  type Extraction,
  extractReport,
  extractReportFile,
  loadGraph,
  type ReportOrigin,
  reextractReport,
} from './admin-api.ts';
import { type CodePointIndex, indexCodePoints, locateEvidence } from './code-points.ts';
import {
  addEntity,
  allRecords,
  createDraftState,
  DraftEditError,
  type DraftState,
  exportGraph,
  findRecord,
  isFlagged,
  placeProblems,
  recordName,
  type SeedProblem,
  setDecision,
  undecidedRecords,
} from './draft-model.ts';
import { type DraftSession, openDraftStore, type ReportInput } from './draft-store.ts';
import { searchGraphEntities } from './graph-entities.ts';
import { createNewEntityForm } from './new-entity-form.ts';
import { MAX_REPORT_BYTES, readReportFile } from './read-report-file.ts';
import { createRecordEditor, type DraftEdit, describeSelection } from './record-editor.ts';
import { createRecordList } from './record-list.ts';
import { createReportQueue } from './report-queue.ts';
import { createTextView, type Highlight, type TextSelection } from './text-view.ts';
import '../shared/cjk-fonts.css';
import '../shared/page-base.css';
import './review.css';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const elements = {
  tokenForm: byId<HTMLFormElement>('token-form'),
  tokenInput: byId<HTMLInputElement>('token-input'),
  tokenSet: byId('token-set'),
  source: byId('source'),
  sourceForm: byId<HTMLFormElement>('source-form'),
  text: byId<HTMLTextAreaElement>('report-text'),
  file: byId<HTMLInputElement>('report-file'),
  title: byId<HTMLInputElement>('report-title'),
  date: byId<HTMLInputElement>('report-date'),
  url: byId<HTMLInputElement>('report-url'),
  publisher: byId<HTMLInputElement>('report-publisher'),
  kind: byId<HTMLSelectElement>('report-kind'),
  extract: byId<HTMLButtonElement>('extract-button'),
  summary: byId('draft-summary'),
  draftTitle: byId('draft-title'),
  discardConfirm: byId('discard-confirm'),
  message: byId('message'),
  workspace: byId('workspace'),
  counts: byId('counts'),
  undo: byId<HTMLButtonElement>('undo-button'),
  load: byId<HTMLButtonElement>('load-button'),
  loaded: byId('loaded'),
  unplaced: byId('unplaced-problems'),
  textSelection: byId('text-selection'),
  addFromSelection: byId<HTMLButtonElement>('add-from-selection'),
  status: byId('status'),
  reviewer: byId<HTMLInputElement>('reviewer-name'),
  existingOffer: byId('existing-offer'),
  existingText: byId('existing-text'),
  loadGuard: byId('load-guard'),
  loadGuardText: byId('load-guard-text'),
  reextraction: byId('reextraction'),
  reextractionBody: byId('reextraction-body'),
};
const REVIEWER_KEY = 'ecokg.reviewer';

const store = openDraftStore();
// The admin token lives in this variable only: never in storage, gone when the tab reloads or closes.
let token: string | null = null;
let problems: { byKey: Map<string, SeedProblem[]>; unplaced: SeedProblem[] } = { byKey: new Map(), unplaced: [] };
let validity: 'unchecked' | 'checking' | 'valid' | 'invalid' = 'unchecked';
let validationTicket = 0;
let validationTimer: ReturnType<typeof setTimeout> | undefined;
let selection: TextSelection | null = null;
let editingNew = false;
let indexed: { text: string; index: CodePointIndex } | undefined;
// Shown once Load was pressed with records still undecided, until they are decided or the draft changes.
let guardShown = false;
// What the editor panel shows now: the draft's state, the record, and the loader's problems with it.
let editorShows: { state: DraftState; key: string; problems: string } | undefined;

const list = createRecordList(byId('record-list'), { onChoose: (key) => choose(key) });
const textView = createTextView(byId('report-view'), {
  onPick(keys) {
    const selected = store.draft()?.selected;
    const at = selected ? keys.indexOf(selected) : -1;
    // A second click on the same place goes to the record around the one shown.
    choose(keys[at >= 0 ? (at + 1) % keys.length : 0] as string);
  },
  onSelect(next) {
    // Focus moving into a form of the editor (the relation being filled in) collapses the text's selection; the
    // words stay selected for that form until other words of the text are chosen.
    if (next === null && selection !== null && byId('editor').contains(document.activeElement)) return;
    selection = next;
    elements.textSelection.replaceChildren(...describeSelection(next));
    elements.addFromSelection.disabled = next === null;
    editor.setSelection(next);
  },
});
const editor = createRecordEditor(byId('editor'), { apply, choose, search: searchGraphEntities });
const queue = createReportQueue(byId<HTMLOListElement>('report-queue'), {
  extract: async (file) => extractReportFile(token ?? '', await readReportFile(file), readSourceForm()),
  canOpen: () => store.draft() === null,
  open: openExtraction,
  announce: setStatus,
  refuse: showError,
});

elements.kind.replaceChildren(
  createElement('option', { value: '' }, '(let the extractor decide)'),
  ...Object.values(STORED_ENUM_VALUES.DocumentKind).map((kind) => createElement('option', { value: kind }, kind)),
);
byId('legend').replaceChildren(
  ...ENTITY_LABELS.map((label) => createElement('li', {}, createLabelChip(label))),
  createElement('li', { className: 'legend-flagged' }, createElement('mark', { className: 'flagged plain' }, 'underlined'), ': to review'),
);
wireInputs();
wireToolbar();
wireOffers();
document.addEventListener('keydown', onShortcut);
fillSourceForm(store.input());
elements.reviewer.value = readReviewer();
render();
if (store.draft()) setStatus('Your draft is back as you left it. Enter the admin token to check or load it.');
// /review?document=<id> opens a loaded report drafted again, its decisions replayed (the explorer links here).
const requested = new URLSearchParams(window.location.search).get('document');
if (requested && !store.draft()) setStatus(`Enter the admin token to open ${requested} for review.`);

/** Shows what the store holds: the report form or the draft's summary, and the workspace. */
function render(): void {
  const draft = store.draft();
  queue.render();
  elements.sourceForm.hidden = draft !== null;
  elements.summary.hidden = draft === null;
  elements.workspace.hidden = draft === null;
  elements.tokenForm.hidden = token !== null;
  elements.tokenSet.hidden = token === null;
  if (!draft) return;
  const { state } = draft;
  const index = indexOf(draft.text);
  const origin = describeOrigin(state.document.data.origin as ReportOrigin | undefined);
  elements.draftTitle.replaceChildren(
    'Reviewing ',
    createElement('span', { lang: 'zh-Hans' }, String(state.document.data.name)),
    ` (${state.document.data.publishedAt ?? 'no date'})${origin ? `, from ${origin}` : ''}.`,
  );
  const records = allRecords(state);
  const flagged = records.filter(isFlagged);
  const rejected = records.filter((record) => record.decision === 'rejected').length;
  const problemCount = [...problems.byKey.values()].reduce((sum, found) => sum + found.length, 0) + problems.unplaced.length;
  const check = {
    unchecked: token ? 'not checked yet' : 'enter the admin token to check it',
    checking: 'checking…',
    valid: 'the loader accepts it',
    invalid: `${problemCount} problem${problemCount === 1 ? '' : 's'} to fix before loading`,
  }[validity];
  elements.counts.textContent = `${state.entities.length} entities, ${state.relations.length} relations; ${flagged.length} to review, ${
    flagged.filter((record) => record.decision !== 'open').length
  } decided; ${rejected} rejected. Check: ${check}.`;
  elements.counts.dataset.validity = validity;
  elements.undo.disabled = !store.canUndo();
  elements.unplaced.hidden = problems.unplaced.length === 0;
  elements.unplaced.replaceChildren(
    ...problems.unplaced.map((problem) => createElement('li', {}, `${problem.record}, ${problem.field}: ${problem.message}`)),
  );
  renderLoaded(draft.loadedAs);
  renderExisting(draft.existing);
  renderReextraction(draft);
  renderGuard(state);
  list.update({ state, problems: problems.byKey, selected: draft.selected });

  const highlights: Highlight[] = [];
  for (const record of [state.document, ...state.entities]) {
    if (record.decision === 'rejected') continue;
    const where = locateEvidence(draft.text, index, String(record.data.evidence ?? ''), record.data.evidenceStart as number | undefined);
    const label = record.kind === 'document' ? 'Document' : record.data.label;
    if (where) highlights.push({ key: record.key, label, ...where, flagged: isFlagged(record) && record.decision === 'open' });
  }
  const current = draft.selected ? findRecord(state, draft.selected) : undefined;
  const currentAt =
    current && locateEvidence(draft.text, index, String(current.data.evidence ?? ''), current.data.evidenceStart as number | undefined);
  textView.render({ text: draft.text, index, highlights, current: current && currentAt ? { key: current.key, ...currentAt } : null });
  const shown = { state, key: draft.selected ?? '', problems: JSON.stringify(problems.byKey.get(draft.selected ?? '') ?? []) };
  // The editor is drawn again only when what it shows changed: a check of the draft coming back must not wipe a form
  // the reviewer is filling in (a relation's type and other end, a search).
  if (!editingNew && (shown.state !== editorShows?.state || shown.key !== editorShows.key || shown.problems !== editorShows.problems)) {
    editorShows = shown;
    editor.show(shown.key, { state, text: draft.text, index, problems: problems.byKey.get(shown.key) ?? [], selection });
  }
}

function renderLoaded(documentId: string | null): void {
  elements.loaded.hidden = documentId === null;
  if (documentId === null) return;
  elements.loaded.replaceChildren(
    'Loaded into the graph as ',
    createElement('code', {}, documentId),
    '. ',
    createElement('a', { href: `/explore?id=${encodeURIComponent(documentId).replaceAll('%3A', ':')}` }, 'Open the document in the explorer'),
    ' ',
    createElement(
      'button',
      { type: 'button', id: 'reextract-button', onclick: () => void reextract(documentId) },
      'Re-extract with the current extractor',
    ),
  );
}

/** The offer made when the report is in the graph already: open the loaded version, or replace it. */
function renderExisting(existing: readonly ExistingDocument[]): void {
  const [first] = existing;
  elements.existingOffer.hidden = first === undefined;
  if (!first) return;
  const how = first.matches.map((match) => ({ id: 'the same id', text: 'the same text', url: 'the same URL' })[match]).join(' and ');
  elements.existingText.replaceChildren(
    'It was loaded as ',
    createElement('code', {}, first.id),
    ' (“',
    createElement('span', { lang: 'zh-Hans' }, first.name),
    `”, ${first.publishedAt}), with ${how}, and keeps ${first.decisions} review decision${first.decisions === 1 ? '' : 's'}. Loading this draft as it is would make a second copy, so it will not load until you choose.`,
  );
  byId<HTMLButtonElement>('open-loaded').disabled = !first.extracted;
}

/** What a re-extraction changed against the loaded version, and the decisions that no longer apply. */
function renderReextraction(draft: DraftSession): void {
  const found = draft.reextraction;
  elements.reextraction.hidden = found === null;
  if (!found) return;
  const { added, removed, changed } = found.changes;
  const total = found.applied + found.stale.length;
  const list = (title: string, items: Array<Node | string>[]) =>
    items.length === 0
      ? null
      : createElement(
          'details',
          { open: items.length <= 12 },
          createElement('summary', {}, `${title} (${items.length})`),
          createElement('ul', {}, ...items.map((content) => createElement('li', {}, ...content))),
        );
  const entry = (record: { label: string; name: string; record: string; fields?: string[] }): Array<Node | string> => [
    `${record.label} `,
    createElement('span', { lang: 'zh-Hans' }, record.name),
    ` (${record.record})`,
    record.fields ? `: ${record.fields.join(', ')}` : '',
  ];
  elements.reextractionBody.replaceChildren(
    createElement(
      'p',
      {},
      `Against the loaded version: ${added.length} added, ${removed.length} removed, ${changed.length} changed. ${found.applied} of ${total} earlier decisions replayed${
        found.stale.length > 0 ? `; ${found.stale.length} no longer appl${found.stale.length === 1 ? 'ies' : 'y'}` : ''
      }. Loading replaces the loaded version.`,
    ),
    list('Added', added.map(entry)) ?? '',
    list('Removed', removed.map(entry)) ?? '',
    list('Changed', changed.map(entry)) ?? '',
    list(
      'Decisions that no longer apply',
      found.stale.map(({ decision, reason }) => [createElement('span', { lang: 'zh-Hans' }, describeDecision(decision)), `: ${reason}`]),
    ) ?? '',
  );
}

/** The guard against loading records nobody decided: their count, the way to the next one, and the way past it. */
function renderGuard(state: DraftState): void {
  const undecided = undecidedRecords(state).length;
  if (undecided === 0) guardShown = false;
  elements.loadGuard.hidden = !guardShown;
  elements.loadGuardText.textContent = `${undecided} record${undecided === 1 ? '' : 's'} flagged for review ${
    undecided === 1 ? 'is' : 'are'
  } still undecided: accept or reject each before loading, or load them as they are and keep them flagged for a later review.`;
}

function indexOf(text: string): CodePointIndex {
  if (indexed?.text !== text) indexed = { text, index: indexCodePoints(text) };
  return indexed.index;
}

/** Shows a record: in the list, in the text and in the editor. */
function choose(key: string): void {
  editingNew = false;
  store.select(key);
  render();
  textView.revealCurrent();
}

/** Applies an edit as one step to undo, says what it did, and checks the draft again. */
function apply(edit: DraftEdit, done: string): void {
  const draft = store.draft();
  if (!draft) return;
  try {
    const result = edit(draft.state);
    const edited = 'nextKey' in result ? result : result.state;
    // Each decision is signed as it is made: who (the name given above) and when.
    const next = { ...edited, decisions: signDecisions(edited.decisions, reviewerName()) };
    store.apply(next);
    if (!('nextKey' in result)) {
      editingNew = false;
      store.select(result.key);
    }
    setStatus(`${done}.${storageNote()}`);
    clearMessage();
    validity = 'unchecked';
    render();
    if (!('nextKey' in result)) textView.revealCurrent();
    scheduleValidation();
  } catch (error) {
    if (!(error instanceof DraftEditError)) throw error;
    showError(error.message);
  }
}

function storageNote(): string {
  const problem = store.storageProblem();
  return problem ? ` ${problem}` : '';
}

function wireInputs(): void {
  const facts: Array<[keyof ReportInput, HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement]> = [
    ['text', elements.text],
    ['title', elements.title],
    ['date', elements.date],
    ['url', elements.url],
    ['publisher', elements.publisher],
    ['kind', elements.kind],
  ];
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  elements.reviewer.addEventListener('input', () => {
    try {
      localStorage.setItem(REVIEWER_KEY, elements.reviewer.value.trim());
    } catch {
      // Without storage the name lasts as long as the tab.
    }
  });
  // A message about the text (there is none, it is too large) is answered by typing or pasting some.
  elements.text.addEventListener('input', () => {
    if (elements.message.dataset.about === 'text') clearMessage();
  });
  elements.date.addEventListener('input', () => {
    if (elements.message.dataset.about === 'date') clearMessage();
  });
  for (const [field, control] of facts) {
    control.addEventListener('input', () => {
      clearTimeout(saveTimer);
      // Typing a long text would store it on every key; a short pause is soon enough to survive a reload.
      saveTimer = setTimeout(() => store.setInput({ [field]: control.value, ...(field === 'text' && { fileName: '' }) }), 300);
    });
  }
  const queueFiles = (files: File[]) => {
    if (files.length === 0) return;
    if (!token) return needToken('open the files');
    clearMessage();
    queue.add(files);
  };
  elements.file.addEventListener('change', () => {
    queueFiles([...(elements.file.files ?? [])]);
    // The same files can be chosen again after a fix.
    elements.file.value = '';
  });
  // Files dropped anywhere on the report section join the queue, as if opened with the picker.
  elements.source.addEventListener('dragover', (event) => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    elements.source.classList.add('dropping');
  });
  elements.source.addEventListener('dragleave', () => elements.source.classList.remove('dropping'));
  elements.source.addEventListener('drop', (event) => {
    event.preventDefault();
    elements.source.classList.remove('dropping');
    queueFiles([...(event.dataTransfer?.files ?? [])]);
  });
  elements.sourceForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void runExtraction();
  });
  elements.tokenForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = elements.tokenInput.value.trim();
    if (!value) {
      showError('Type the admin token first: the ADMIN_TOKEN the service was started with.');
      elements.tokenInput.focus();
      return;
    }
    token = value;
    elements.tokenInput.value = '';
    clearMessage();
    setStatus('Admin token set for this tab.');
    render();
    byId<HTMLButtonElement>('token-forget').focus();
    if (store.draft()) scheduleValidation(0);
    else if (requested) void reextract(requested);
  });
  byId('token-forget').addEventListener('click', () => {
    token = null;
    validity = 'unchecked';
    render();
    setStatus('The admin token is forgotten.');
    elements.tokenInput.focus();
  });
}

function fillSourceForm(input: ReportInput): void {
  elements.text.value = input.text;
  elements.title.value = input.title;
  elements.date.value = input.date;
  elements.url.value = input.url;
  elements.publisher.value = input.publisher;
  elements.kind.value = input.kind;
}

function readSourceForm(): ReportInput {
  const input = {
    text: elements.text.value,
    title: elements.title.value,
    date: elements.date.value,
    url: elements.url.value,
    publisher: elements.publisher.value,
    kind: elements.kind.value,
  };
  store.setInput(input);
  return store.input();
}

/** Asks the token's owner for it, in one sentence, and takes them to the field. */
function needToken(what: string): void {
  showError(`Enter the admin token first (the service’s ADMIN_TOKEN), then ${what}.`);
  render();
  elements.tokenInput.focus();
}

async function runExtraction(): Promise<void> {
  const input = readSourceForm();
  if (input.text.trim() === '') {
    showError('There is no text to extract: paste the report’s text or open its .txt file.', 'text');
    elements.text.focus();
    return;
  }
  if (new TextEncoder().encode(input.text).byteLength > MAX_REPORT_BYTES) {
    showError('The text is over 5 MB; a report can be at most 5 MB.', 'text');
    return;
  }
  if (!token) return needToken('run the extraction');
  elements.extract.disabled = true;
  setStatus('Extracting… (a long report takes a few seconds)');
  clearMessage();
  try {
    openExtraction(await extractReport(token, input.text, input));
  } catch (error) {
    if (!(error instanceof AdminError)) throw error;
    failed(error, 'The extraction did not run');
    if (error.field === 'date') {
      elements.message.dataset.about = 'date';
      elements.date.focus();
    }
  } finally {
    elements.extract.disabled = false;
  }
}

/**
 * Starts reviewing a draft the service made, from a pasted text or a queued file; when the graph holds the report
 * already, the page offers to open the loaded version or to replace it instead of loading a copy.
 */
function openExtraction(extraction: Extraction): void {
  const state = createDraftState(extraction.graph);
  store.startDraft(extraction.text, state, { existing: extraction.existing });
  const flagged = allRecords(state).filter(isFlagged).length;
  const there = extraction.existing[0];
  startReview(
    state,
    `Extracted ${state.entities.length} entities and ${state.relations.length} relations from ${describeOrigin(extraction.origin)}; ${flagged} to review.${
      there ? ` This report is in the graph already as ${there.id}: choose below what to do with it.` : ''
    }${storageNote()}`,
  );
  if (there) byId<HTMLButtonElement>(there.extracted ? 'open-loaded' : 'replace-loaded').focus();
}

/** Shows a new draft from its first record to review, and checks it as the loader will. */
function startReview(state: DraftState, said: string): void {
  problems = { byKey: new Map(), unplaced: [] };
  validity = 'unchecked';
  guardShown = false;
  editingNew = false;
  const first = allRecords(state).find((record) => isFlagged(record) && record.decision === 'open') ?? state.document;
  store.select(first.key);
  clearMessage();
  setStatus(said);
  render();
  list.focus(first.key);
  scheduleValidation(0);
}

/** Says why an admin call failed, in the message and the status line; a refused token is forgotten. */
function failed(error: AdminError, what: string): void {
  if (error.status === 401) token = null;
  showError(error.message);
  setStatus(`${what}: see the message above.`);
  render();
  if (error.status === 401) elements.tokenInput.focus();
}

/**
 * Drafts a loaded report again with the extractor as it is now, replays its decisions on the new draft, and shows
 * what changed against the loaded version; loading the draft then replaces the loaded version.
 */
async function reextract(documentId: string): Promise<void> {
  if (!token) return needToken(`re-extract ${documentId}`);
  setStatus(`Re-extracting ${documentId}… (a long report takes a few seconds)`);
  clearMessage();
  try {
    const found = await reextractReport(token, documentId);
    const replay = replayDecisions(createDraftState(found.graph), found.decisions);
    store.startDraft(found.text, replay.state, {
      replaces: documentId,
      reextraction: { documentId, applied: found.applied, stale: found.stale, changes: found.changes },
    });
    const { added, removed, changed } = found.changes;
    startReview(
      replay.state,
      `Re-extracted ${documentId}: ${added.length} added, ${removed.length} removed, ${changed.length} changed; ${found.applied} earlier decisions replayed, ${found.stale.length} no longer appl${found.stale.length === 1 ? 'ies' : 'y'}; ${found.undecided} to review.${storageNote()}`,
    );
  } catch (error) {
    if (!(error instanceof AdminError)) throw error;
    failed(error, `${documentId} was not re-extracted`);
  }
}

function wireOffers(): void {
  byId('open-loaded').addEventListener('click', () => {
    const there = store.draft()?.existing[0];
    if (there) void reextract(there.id);
  });
  byId('replace-loaded').addEventListener('click', () => {
    const there = store.draft()?.existing[0];
    if (!there) return;
    store.setReplaces(there.id);
    clearMessage();
    setStatus(`Loading this draft will replace ${there.id}; its earlier decisions give way to yours.`);
    render();
    elements.load.focus();
  });
  byId('next-undecided').addEventListener('click', () => moveToReview(1));
  byId('load-flagged').addEventListener('click', () => void load({ keepFlagged: true }));
}

function scheduleValidation(delay = 600): void {
  clearTimeout(validationTimer);
  if (!token || !store.draft()) return;
  validationTimer = setTimeout(() => void validate(), delay);
}

/** Checks the draft with the loader's validation (POST /admin/documents?check=true) and places its problems. */
async function validate(): Promise<boolean> {
  const draft = store.draft();
  if (!draft) return false;
  if (!token) {
    needToken('check the draft');
    return false;
  }
  const ticket = ++validationTicket;
  const exported = exportGraph(draft.state);
  validity = 'checking';
  render();
  try {
    await checkGraph(token, exported.graph, draft.text);
    if (ticket !== validationTicket) return false;
    problems = { byKey: new Map(), unplaced: [] };
    validity = 'valid';
    render();
    return true;
  } catch (error) {
    if (!(error instanceof AdminError)) throw error;
    if (ticket !== validationTicket) return false;
    if (error.problems.length > 0) {
      problems = placeProblems(error.problems, exported);
      validity = 'invalid';
    } else {
      validity = 'unchecked';
      if (error.status === 401) token = null;
      showError(error.message);
    }
    render();
    return false;
  }
}

function wireToolbar(): void {
  elements.undo.addEventListener('click', undo);
  byId('validate-button').addEventListener('click', async () => {
    clearTimeout(validationTimer);
    if (await validate()) setStatus('The loader accepts the draft as it is.');
    else if (validity === 'invalid') showProblemsMessage('to fix');
  });
  elements.load.addEventListener('click', () => void load());
  byId('download-graph').addEventListener('click', () => {
    const draft = store.draft();
    if (draft) download('graph.json', `${JSON.stringify(exportGraph(draft.state).graph, null, 2)}\n`, 'application/json');
  });
  byId('download-text').addEventListener('click', () => {
    const draft = store.draft();
    if (draft) download('report.txt', draft.text, 'text/plain');
  });
  byId('discard-button').addEventListener('click', () => {
    elements.discardConfirm.hidden = false;
    byId('discard-no').focus();
  });
  byId('discard-no').addEventListener('click', () => {
    elements.discardConfirm.hidden = true;
    byId('discard-button').focus();
  });
  byId('discard-yes').addEventListener('click', () => {
    store.discard();
    guardShown = false;
    elements.discardConfirm.hidden = true;
    problems = { byKey: new Map(), unplaced: [] };
    validity = 'unchecked';
    editingNew = false;
    fillSourceForm(store.input());
    clearMessage();
    render();
    setStatus('The draft is discarded.');
    elements.text.focus();
  });
  const openNewEntity = (words: TextSelection | null) => {
    const draft = store.draft();
    if (!draft) return;
    editingNew = true;
    // The form takes the panel: the record shows again when it closes.
    editorShows = undefined;
    editor.replace(
      createNewEntityForm({
        state: draft.state,
        text: draft.text,
        index: indexOf(draft.text),
        words,
        onAdd: (data) => apply((state) => addEntity(state, data), `Added ${String(data.name ?? data.text)}`),
        onCancel: () => {
          editingNew = false;
          render();
        },
      }),
    );
    byId('editor').querySelector<HTMLElement>('h2')?.focus();
  };
  elements.addFromSelection.addEventListener('click', () => openNewEntity(selection));
  byId('add-entity').addEventListener('click', () => openNewEntity(null));
  elements.addFromSelection.disabled = true;
  elements.textSelection.replaceChildren(...describeSelection(null));
}

/**
 * Checks the draft, then loads it: nothing loads while the loader would find a problem, while records flagged for
 * review are undecided (unless the reviewer chose to keep them flagged), or while the report is in the graph already
 * and the reviewer has not chosen to replace it.
 */
async function load(options: { keepFlagged?: boolean } = {}): Promise<void> {
  const draft = store.draft();
  if (!draft) return;
  if (!token) return needToken('load the draft');
  clearTimeout(validationTimer);
  elements.load.disabled = true;
  setStatus('Checking the draft as the loader does…');
  try {
    if (!(await validate())) {
      if (validity === 'invalid') showProblemsMessage('remain');
      return;
    }
    if (!mayLoad(draft, options)) return;
    setStatus('Loading into the graph…');
    const exported = exportGraph(draft.state);
    const loaded = await loadGraph(token, {
      graph: exported.graph,
      text: draft.text,
      decisions: signDecisions(draft.state.decisions, reviewerName()),
      replace: draft.replaces !== null,
    });
    store.markLoaded(loaded.documentId);
    guardShown = false;
    clearMessage();
    const how = loaded.status === 'replaced' ? `Replaced the loaded version of ${loaded.documentId}` : `Loaded ${loaded.documentId}`;
    const undecided = options.keepFlagged ? undecidedRecords(draft.state).length : 0;
    const kept = undecided > 0 ? `; ${undecided} record${undecided === 1 ? '' : 's'} kept flagged for review` : '';
    setStatus(`${how}: ${loaded.nodes} nodes and ${loaded.relationships} relationships, with ${draft.state.decisions.length} decisions${kept}.`);
    render();
    elements.loaded.querySelector('a')?.focus();
  } catch (error) {
    if (!(error instanceof AdminError)) throw error;
    if (error.problems.length > 0) {
      problems = placeProblems(error.problems, exportGraph(draft.state));
      validity = 'invalid';
    }
    if (error.code === 'DOCUMENT_EXISTS') {
      // Loaded by someone else meanwhile, or the draft predates the check: the same offer as after extracting.
      store.setExisting(error.existing);
      failed(
        new AdminError('Nothing was loaded: this report is in the graph already. Open the loaded version for review, or replace it.', error),
        'Not loaded',
      );
      return;
    }
    failed(error, 'Not loaded');
  } finally {
    elements.load.disabled = false;
  }
}

/**
 * Whether the draft may load as the reviewer asked: records flagged for review must be decided (unless the reviewer
 * chose to keep them flagged), and a report the graph holds already must be replaced by choice, never copied.
 */
function mayLoad(draft: DraftSession, options: { keepFlagged?: boolean }): boolean {
  const undecided = undecidedRecords(draft.state).length;
  if (undecided > 0 && !options.keepFlagged) {
    guardShown = true;
    render();
    showError(
      `Nothing was loaded: ${undecided} record${undecided === 1 ? '' : 's'} flagged for review ${undecided === 1 ? 'is' : 'are'} still undecided.`,
    );
    setStatus('Not loaded: decide the records still flagged for review, or load them kept flagged.');
    byId<HTMLButtonElement>('next-undecided').focus();
    return false;
  }
  if (draft.existing.length > 0) {
    showError('Nothing was loaded: this report is in the graph already. Open the loaded version for review, or replace it.');
    setStatus('Not loaded: the report is in the graph already.');
    byId<HTMLButtonElement>(draft.existing[0]?.extracted ? 'open-loaded' : 'replace-loaded').focus();
    return false;
  }
  return true;
}

function showProblemsMessage(what: 'to fix' | 'remain'): void {
  const reportDocument = store.draft()?.state.document;
  if (reportDocument?.data.dateUnconfirmed) {
    // The loader's words name its command-line flag; a reviewer has the document record's date field.
    showError('The report prints no date of publication, so its draft carries a placeholder: set “Published on” of the document, then load.');
    choose(reportDocument.key);
    document.getElementById('edit-document-publishedAt')?.focus();
    return;
  }
  const count = [...problems.byKey.values()].reduce((sum, found) => sum + found.length, 0) + problems.unplaced.length;
  const records = problems.byKey.size;
  showError(
    `${count} problem${count === 1 ? '' : 's'} ${what === 'remain' ? (count === 1 ? 'remains' : 'remain') : 'to fix'} in ${records} record${records === 1 ? '' : 's'} (marked in the list); ${
      what === 'remain' ? 'nothing was loaded' : 'the loader would refuse the draft'
    }.`,
  );
  const first = store.draft() && list.order().find((key) => problems.byKey.has(key));
  if (first) choose(first);
}

function undo(): void {
  if (!store.undo()) {
    setStatus('Nothing to undo.');
    return;
  }
  editingNew = false;
  setStatus('Undone.');
  validity = 'unchecked';
  render();
  scheduleValidation();
}

function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }));
  const link = createElement('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  setStatus(`Saved ${name}.`);
}

// Keys that act on the chosen record from anywhere but a field one types in.
function onShortcut(event: KeyboardEvent): void {
  const draft = store.draft();
  if (!draft || event.defaultPrevented || event.altKey) return;
  const target = event.target as HTMLElement;
  const typing = target.closest('input, textarea, select, [contenteditable="true"]') !== null;
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && !event.shiftKey && !typing) {
    event.preventDefault();
    undo();
    return;
  }
  if (typing || event.ctrlKey || event.metaKey) return;
  const key = event.key.toLowerCase();
  const selected = draft.selected ? findRecord(draft.state, draft.selected) : undefined;
  if ((key === 'a' || key === 'r') && selected) {
    event.preventDefault();
    if (key === 'r' && selected.kind === 'document') {
      showError('The document itself cannot be rejected; discard the draft instead.');
      return;
    }
    const decision = key === 'a' ? 'accepted' : 'rejected';
    apply(
      (state: DraftState) => setDecision(state, selected.key, decision),
      `${key === 'a' ? 'Accepted' : 'Rejected'} ${recordName(draft.state, selected)}`,
    );
    if (list.order().includes(selected.key) && byId('record-list').contains(document.activeElement)) list.focus(selected.key);
  } else if (key === 'n' || key === 'p') {
    event.preventDefault();
    moveToReview(key === 'n' ? 1 : -1);
  }
}

/** Goes to the next (or previous) record still to review, wrapping around. */
function moveToReview(step: 1 | -1): void {
  const draft = store.draft();
  if (!draft) return;
  const order = list.order();
  const undecided = new Set(undecidedRecords(draft.state).map((record) => record.key));
  const open = (key: string) => undecided.has(key);
  const from = draft.selected ? order.indexOf(draft.selected) : -1;
  for (let i = 1; i <= order.length; i += 1) {
    const key = order[(((from + step * i) % order.length) + order.length) % order.length] as string;
    if (open(key)) {
      choose(key);
      list.focus(key);
      return;
    }
  }
  setStatus('Every record flagged for review is decided.');
}

function setStatus(text: string): void {
  elements.status.textContent = text;
}

/** Shows a message; `about` names the field whose next edit answers it (the text, the date). */
function showError(text: string, about = ''): void {
  elements.message.textContent = text;
  elements.message.dataset.about = about;
}

function clearMessage(): void {
  elements.message.textContent = '';
  elements.message.dataset.about = '';
}

function readReviewer(): string {
  try {
    return localStorage.getItem(REVIEWER_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Who signs the decisions made in this tab. */
function reviewerName(): string {
  return elements.reviewer.value.trim() || 'an unnamed reviewer';
}
