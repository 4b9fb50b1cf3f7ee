import { createElement } from '../shared/create-element.ts';
import { createLabelChip } from '../shared/create-label-chip.ts';
import { findListboxMove } from '../shared/listbox-move.ts';
import { scrollWithin } from '../shared/scroll-within.ts';
import { type DraftRecord, type DraftState, isFlagged, isLeftOut, recordLabel, recordName } from './draft-model.ts';

/** What the list asks of the page. */
export interface RecordListEvents {
  /** A record was chosen: with ↑ ↓ (the selection follows the focus), a click, Enter or Space. */
  onChoose(key: string): void;
}

/** The records of the draft as one listbox: those to review first, then the document and entities, then relations. */
export interface RecordList {
  /** Redraws the list for this state, the problems found per record, and the selected record. */
  update(options: { state: DraftState; problems: ReadonlyMap<string, unknown[]>; selected: string | null }): void;
  /** Moves the keyboard focus to a record's entry. */
  focus(key: string): void;
  /** The keys in the order the list shows them. */
  order(): string[];
}

/**
 * Fills `list` (a role="listbox") with three groups. One entry is in the tab order at a time (the selected
 * record's); ↑ ↓ Home End PageUp PageDown move and choose, as a listbox whose selection follows the focus.
 */
export function createRecordList(list: HTMLElement, events: RecordListEvents): RecordList {
  let keys: string[] = [];
  const entries = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  const keyOf = (element: Element | null) =>
    element instanceof HTMLElement ? (element.closest<HTMLElement>('[role="option"]')?.dataset.key ?? null) : null;

  list.addEventListener('keydown', (event) => {
    const all = entries();
    const at = all.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    const target = findListboxMove(event.key, at, all.length);
    if (target !== undefined) {
      event.preventDefault();
      const key = keyOf(all[target] ?? null);
      if (key) {
        events.onChoose(key);
        focusKey(key);
      }
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const key = keyOf(all[at] ?? null);
      if (key) events.onChoose(key);
    }
  });
  list.addEventListener('click', (event) => {
    const key = keyOf(event.target as Element);
    if (key) events.onChoose(key);
  });

  const focusKey = (key: string) => {
    const entry = list.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (!entry) return;
    for (const other of entries()) other.tabIndex = other === entry ? 0 : -1;
    entry.focus();
    scrollWithin(list, entry);
  };

  return {
    update({ state, problems, selected }) {
      const hadFocus = list.contains(document.activeElement);
      const records = [state.document, ...state.entities, ...state.relations];
      const flagged = records.filter(isFlagged);
      const entities = records.filter((record) => !isFlagged(record) && record.kind !== 'relation');
      const relations = records.filter((record) => !isFlagged(record) && record.kind === 'relation');
      const decided = flagged.filter((record) => record.decision !== 'open').length;
      const group = (id: string, title: string, members: DraftRecord[]) =>
        members.length === 0
          ? null
          : createElement(
              'div',
              { role: 'group', className: 'record-group' },
              createElement('div', { id, className: 'group-heading', role: 'presentation' }, title),
              ...members.map((record) => renderEntry(state, record, problems.get(record.key)?.length ?? 0, record.key === selected)),
            );
      const groups = [
        group('group-review', `To review (${flagged.length}, ${decided} decided)`, flagged),
        group('group-entities', `Document and entities (${entities.length})`, entities),
        group('group-relations', `Relations (${relations.length})`, relations),
      ];
      for (const element of groups) element?.setAttribute('aria-labelledby', (element.firstElementChild as HTMLElement).id);
      list.replaceChildren(...groups.filter((element): element is HTMLDivElement => element !== null));
      keys = entries().map((entry) => entry.dataset.key as string);
      const stop = (selected !== null && list.querySelector<HTMLElement>(`[data-key="${CSS.escape(selected)}"]`)) || entries()[0];
      if (stop) stop.tabIndex = 0;
      if (hadFocus && stop) stop.focus();
      if (stop && selected !== null) scrollWithin(list, stop);
    },
    focus: focusKey,
    order: () => keys,
  };
}

function renderEntry(state: DraftState, record: DraftRecord, problemCount: number, selected: boolean): HTMLElement {
  const leftOut = isLeftOut(state, record);
  const status =
    record.decision === 'rejected' ? 'rejected' : leftOut ? 'left out' : record.decision === 'accepted' ? 'accepted' : record.added ? 'added' : '';
  // The spaces keep the parts apart in the entry's accessible name.
  const entry = createElement(
    'div',
    { role: 'option', tabIndex: -1, id: `record-${record.key}`, className: `record ${record.decision}${leftOut ? ' left-out' : ''}` },
    createElement('span', { className: 'record-name', lang: 'zh-Hans' }, recordName(state, record)),
    ' ',
    createElement(
      'span',
      { className: 'record-meta' },
      createLabelChip(recordLabel(record)),
      status ? ' ' : null,
      status ? createElement('span', { className: `badge ${status.replace(' ', '-')}` }, status) : null,
      problemCount > 0 ? ' ' : null,
      problemCount > 0 ? createElement('span', { className: 'badge problem' }, `${problemCount} problem${problemCount === 1 ? '' : 's'}`) : null,
    ),
  );
  entry.dataset.key = record.key;
  entry.setAttribute('aria-selected', String(selected));
  return entry;
}
