/**
 * Where the review page keeps its work: the report as entered, the draft under review with its undo
 * history, and, in the browser's local storage, a copy that survives a reload of the tab. The admin token is
 * never part of it: the page keeps that in memory only.
 */
import { anchorOfEntity, anchorOfRelation, DOCUMENT_ANCHOR } from '../../src/review/decision-log.ts';
import type { ExistingDocument, Reextraction, ReportFacts } from './admin-api.ts';
import type { DraftState } from './draft-model.ts';

/** The report as entered: its text and what the reviewer says about it. */
export interface ReportInput extends ReportFacts {
  text: string;
  /** The file the text came from, when it came from one. */
  fileName: string;
}

/** A draft under review: the text its offsets refer to, and its records. */
export interface DraftSession {
  text: string;
  state: DraftState;
  /** The record the reviewer is on. */
  selected: string | null;
  /** The document's id once loaded into the graph. */
  loadedAs: string | null;
  /** The document of the graph this draft will replace when loaded: the reviewer chose to. */
  replaces: string | null;
  /** The documents of the graph the report already is, while the reviewer has not chosen what to do. */
  existing: ExistingDocument[];
  /** For a draft made by re-extracting a loaded report: what it changes and which decisions no longer apply. */
  reextraction: Pick<Reextraction, 'documentId' | 'applied' | 'stale' | 'changes'> | null;
}

/** What a new draft starts with besides its text and records. */
export interface DraftStart {
  replaces?: string | null;
  existing?: ExistingDocument[];
  reextraction?: DraftSession['reextraction'];
}

/** The page's work, as stored. */
export interface StoredReview {
  version: 1;
  input: ReportInput;
  draft: DraftSession | null;
}

/** The work and its history, stored on every change. */
export interface DraftStore {
  input(): ReportInput;
  draft(): DraftSession | null;
  setInput(input: Partial<ReportInput>): void;
  /** Starts a draft from an extraction; the earlier draft and its history go. */
  startDraft(text: string, state: DraftState, start?: DraftStart): void;
  /** Says which document of the graph the draft replaces (null: none), and that the reviewer has chosen. */
  setReplaces(documentId: string | null): void;
  /** Says which documents of the graph the report already is, for the reviewer to choose what to do. */
  setExisting(existing: ExistingDocument[]): void;
  /** Replaces the records with an edited state, remembering the one before for undo. */
  apply(state: DraftState): void;
  undo(): boolean;
  canUndo(): boolean;
  select(key: string | null): void;
  markLoaded(documentId: string): void;
  /** Forgets the draft and the report entered, here and in storage. */
  discard(): void;
  /** Why the last change could not be stored across a reload (null when it was). */
  storageProblem(): string | null;
}

const STORAGE_KEY = 'ecokg.review';
const HISTORY_LIMIT = 200;
const EMPTY_INPUT: ReportInput = { text: '', fileName: '', title: '', date: '', url: '', publisher: '', kind: '' };

/** Opens the store, reading what an earlier visit of this browser left; anything unreadable starts afresh. */
export function openDraftStore(storage: Storage = window.localStorage): DraftStore {
  let stored = read(storage);
  const history: DraftState[] = [];
  let problem: string | null = null;

  const save = () => {
    try {
      storage.setItem(STORAGE_KEY, JSON.stringify(stored));
      problem = null;
    } catch (error) {
      problem =
        error instanceof DOMException && error.name === 'QuotaExceededError'
          ? 'This draft is too large for the browser’s storage: it will not survive a reload. Download it to keep it.'
          : `The draft could not be stored (${String(error)}): it will not survive a reload.`;
    }
  };

  return {
    input: () => stored.input,
    draft: () => stored.draft,
    setInput(input) {
      stored = { ...stored, input: { ...stored.input, ...input } };
      save();
    },
    startDraft(text, state, start = {}) {
      history.length = 0;
      stored = {
        ...stored,
        draft: {
          text,
          state,
          selected: null,
          loadedAs: null,
          replaces: start.replaces ?? null,
          existing: start.existing ?? [],
          reextraction: start.reextraction ?? null,
        },
      };
      save();
    },
    setExisting(existing) {
      if (!stored.draft) return;
      stored = { ...stored, draft: { ...stored.draft, existing, replaces: null } };
      save();
    },
    setReplaces(documentId) {
      if (!stored.draft) return;
      stored = { ...stored, draft: { ...stored.draft, replaces: documentId, existing: [] } };
      save();
    },
    apply(state) {
      if (!stored.draft) return;
      history.push(stored.draft.state);
      if (history.length > HISTORY_LIMIT) history.shift();
      stored = { ...stored, draft: { ...stored.draft, state } };
      save();
    },
    undo() {
      const previous = history.pop();
      if (!previous || !stored.draft) return false;
      stored = { ...stored, draft: { ...stored.draft, state: previous } };
      save();
      return true;
    },
    canUndo: () => history.length > 0,
    select(key) {
      if (!stored.draft || stored.draft.selected === key) return;
      stored = { ...stored, draft: { ...stored.draft, selected: key } };
      save();
    },
    markLoaded(documentId) {
      if (!stored.draft) return;
      // Loaded, the draft is the graph's version: loading it again replaces it rather than making a copy.
      stored = { ...stored, draft: { ...stored.draft, loadedAs: documentId, replaces: documentId, existing: [] } };
      save();
    },
    discard() {
      history.length = 0;
      stored = { version: 1, input: EMPTY_INPUT, draft: null };
      try {
        storage.removeItem(STORAGE_KEY);
      } catch {
        // Nothing stored, nothing to remove.
      }
    },
    storageProblem: () => problem,
  };
}

function read(storage: Storage): StoredReview {
  try {
    const raw = storage.getItem(STORAGE_KEY);
    const parsed = raw === null ? null : (JSON.parse(raw) as StoredReview);
    if (parsed?.version === 1 && parsed.input)
      return { version: 1, input: { ...EMPTY_INPUT, ...parsed.input }, draft: upgrade(parsed.draft ?? null) };
  } catch {
    // A copy from another version of the page, or cut short: start afresh rather than fail.
  }
  return { version: 1, input: EMPTY_INPUT, draft: null };
}

// A draft stored by the page before decisions were logged: its records get anchors from what they hold now, and its
// decisions, which nobody logged, start an empty log.
function upgrade(draft: DraftSession | null): DraftSession | null {
  if (!draft?.state) return null;
  const { state } = draft;
  if (!Array.isArray(state.decisions)) {
    state.decisions = [];
    state.document.anchor = DOCUMENT_ANCHOR;
    for (const record of state.entities) record.anchor ??= anchorOfEntity(record.data);
    for (const record of state.relations) record.anchor ??= anchorOfRelation(record.data, { from: record.data.from, to: record.data.to });
  }
  return { ...draft, replaces: draft.replaces ?? null, existing: draft.existing ?? [], reextraction: draft.reextraction ?? null };
}
