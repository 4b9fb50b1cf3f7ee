import { createElement } from '../shared/create-element.ts';
import { createLabelChip } from '../shared/create-label-chip.ts';
import { ENTITY_LABELS } from '../shared/label-styles.ts';
import { findListboxMove } from '../shared/listbox-move.ts';
import { scrollWithin } from '../shared/scroll-within.ts';
import type { GraphNode } from './explorer-api.ts';

/** What the list asks of the page. */
export interface NodeListEvents {
  /** Enter, Space, a click or a tap on an entry: the same as tapping the node in the drawing. */
  onActivate(id: string): void;
  /** The keyboard focus moved to an entry, or left the list (null), so the drawing can show where it is. */
  onFocusNode(id: string | null): void;
}

/** The elements the list fills in. */
export interface NodeListElements {
  /** The listbox itself. */
  list: HTMLElement;
  /** Where the number of entries goes. */
  count: HTMLElement;
  /** Shown instead of the list while nothing is drawn. */
  empty: HTMLElement;
}

/** What is drawn, as the list needs it. */
export interface DrawnNodes {
  nodes: readonly GraphNode[];
  /** The entity the view is centred on: it comes first. */
  centerId: string | null;
  isExpanded(id: string): boolean;
}

/**
 * The drawn nodes as a list beside the canvas: the drawing's text alternative, and the way to reach every
 * node from the keyboard. One entry is in the tab order at a time (the selected node's, else the first);
 * ↑ ↓ Home End PageUp PageDown move between entries, Enter or Space activates one.
 */
export interface NodeList {
  /** Makes the list hold exactly the nodes drawn now; entries that stay keep their place and any focus. */
  update(drawn: DrawnNodes): void;
  /** Marks the node whose details are shown (null: none) and scrolls the list, not the page, to it. */
  select(id: string | null): void;
  /** Moves the keyboard focus to a node's entry. */
  focus(id: string): void;
}

// Chinese names sort by their pinyin, as in a Chinese index.
const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

/** Fills `elements.list` with the drawn nodes and keeps it in step as the drawing changes. */
export function createNodeList(elements: NodeListElements, events: NodeListEvents): NodeList {
  const { list } = elements;
  const entries = new Map<string, HTMLLIElement>();
  let selected: string | null = null;

  const idOf = (entry: Element | null) => (entry instanceof HTMLElement ? (entry.closest<HTMLElement>('[role="option"]')?.dataset.id ?? null) : null);
  const ordered = () => [...list.querySelectorAll<HTMLLIElement>('[role="option"]')];
  // Exactly one entry can be reached with Tab: the one just focused, else the selected one, else the first.
  const setTabStop = (id: string | null) => {
    const stop = (id !== null && entries.get(id)) || ordered()[0];
    for (const entry of entries.values()) entry.tabIndex = entry === stop ? 0 : -1;
  };
  const focusEntry = (entry: HTMLLIElement | undefined) => {
    if (!entry) return;
    setTabStop(entry.dataset.id ?? null);
    entry.focus();
  };

  list.addEventListener('keydown', (event) => {
    const all = ordered();
    const at = all.indexOf(document.activeElement as HTMLLIElement);
    if (at < 0) return;
    const target = findListboxMove(event.key, at, all.length);
    if (target !== undefined) {
      event.preventDefault();
      focusEntry(all[target]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      const id = idOf(all[at] ?? null);
      if (id) events.onActivate(id);
    }
  });
  list.addEventListener('click', (event) => {
    const id = idOf(event.target as Element);
    if (id === null) return;
    setTabStop(id);
    events.onActivate(id);
  });
  list.addEventListener('focusin', (event) => {
    const id = idOf(event.target as Element);
    if (id !== null) setTabStop(id);
    events.onFocusNode(id);
  });
  list.addEventListener('focusout', (event) => {
    if (!list.contains(event.relatedTarget as Node | null)) {
      setTabStop(selected);
      events.onFocusNode(null);
    }
  });

  return {
    update(drawn) {
      const order = sortForReading(drawn.nodes, drawn.centerId);
      const keep = new Set(order.map((node) => node.id));
      for (const [id, entry] of entries) {
        if (keep.has(id)) continue;
        entry.remove();
        entries.delete(id);
      }
      // Puts each entry in its place, moving only those out of place: when an expansion adds nodes, entries
      // already listed keep their order, so only the new ones move in and the focus stays where it is.
      let cursor = list.firstElementChild;
      for (const node of order) {
        let entry = entries.get(node.id);
        if (!entry) {
          entry = renderEntry(node);
          entries.set(node.id, entry);
        }
        entry.classList.toggle('expanded', drawn.isExpanded(node.id));
        if (entry === cursor) cursor = cursor.nextElementSibling;
        else list.insertBefore(entry, cursor);
      }
      elements.count.textContent = order.length ? `(${order.length})` : '';
      list.hidden = order.length === 0;
      elements.empty.hidden = order.length > 0;
      if (selected !== null && !entries.has(selected)) selected = null;
      if (!list.contains(document.activeElement)) setTabStop(selected);
    },
    select(id) {
      selected = id;
      for (const [entryId, entry] of entries) entry.setAttribute('aria-selected', String(entryId === id));
      if (!list.contains(document.activeElement)) setTabStop(id);
      const entry = id === null ? undefined : entries.get(id);
      if (entry) scrollWithin(list, entry);
    },
    focus(id) {
      focusEntry(entries.get(id));
    },
  };
}

/** The centre first, then by label in the legend's order, then by name. */
function sortForReading(nodes: readonly GraphNode[], centerId: string | null): GraphNode[] {
  const rank = (node: GraphNode) => {
    const at = (ENTITY_LABELS as readonly string[]).indexOf(node.label);
    return node.id === centerId ? -1 : at < 0 ? ENTITY_LABELS.length : at;
  };
  return [...nodes].sort((a, b) => rank(a) - rank(b) || collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

function renderEntry(node: GraphNode): HTMLLIElement {
  // The spaces between the parts keep them apart in the entry's accessible name.
  const entry = createElement(
    'li',
    { role: 'option', tabIndex: -1 },
    createElement('span', { className: 'node-name', lang: 'zh-Hans' }, node.name),
    ' ',
    createElement(
      'span',
      { className: 'node-meta' },
      createLabelChip(node.label),
      // Before the English name, which the list's width may cut short.
      createElement('span', { className: 'expanded-mark' }, ' expanded ·'),
      node.nameEn ? ` ${node.nameEn}` : null,
    ),
  );
  entry.dataset.id = node.id;
  entry.setAttribute('aria-selected', 'false');
  return entry;
}
