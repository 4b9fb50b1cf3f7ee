import { styleOfLabel } from '../shared/label-styles.ts';
import type { CodePointIndex } from './code-points.ts';

/** One record's evidence to mark in the text, in code points. */
export interface Highlight {
  key: string;
  label: string;
  start: number;
  end: number;
  /** The extractor asked for a look and no decision is made yet: underlined. */
  flagged: boolean;
}

/** Words the reviewer selected in the text, in code points, trimmed of surrounding white space. */
export interface TextSelection {
  text: string;
  start: number;
  end: number;
}

/** What the text reports to the page. */
export interface TextViewEvents {
  /** A highlight was clicked: the records under it, innermost first. */
  onPick(keys: string[]): void;
  /** The selection inside the text changed (null: none, or outside the text). */
  onSelect(selection: TextSelection | null): void;
}

/** The report's text with the records' evidence marked in their labels' colours. */
export interface TextView {
  /** Draws the text with these highlights; `current` (a record's evidence, any kind) gets an outline. */
  render(options: {
    text: string;
    index: CodePointIndex;
    highlights: Highlight[];
    current: { key: string; start: number; end: number } | null;
  }): void;
  /** Scrolls the text (not the page) to the current record's evidence. */
  revealCurrent(): void;
}

/**
 * Renders into `container` (which must hold nothing else, so its text is exactly the report's). Overlapping
 * evidence is cut into segments; each takes the colour of its innermost record and a line in the colour of
 * the one around it. Clicking a segment picks the records under it, innermost first; a selection made with
 * the pointer (or the keyboard, with caret browsing) is reported in code points, as evidence offsets count.
 */
export function createTextView(container: HTMLElement, events: TextViewEvents): TextView {
  let index: CodePointIndex | undefined;
  let text = '';
  // What was drawn last: drawing the same again would only take away the words the reader has selected.
  let drawn = '';

  container.addEventListener('click', (event) => {
    const mark = (event.target as Element).closest<HTMLElement>('mark[data-keys]');
    if (!mark || !container.contains(mark)) return;
    // A click that ends a selection is a selection, not a pick.
    if (!(document.getSelection()?.isCollapsed ?? true)) return;
    events.onPick((mark.dataset.keys ?? '').split(' ').filter(Boolean));
  });
  document.addEventListener('selectionchange', () => events.onSelect(readSelection()));

  const unitOffset = (node: Node, offset: number) => {
    const range = document.createRange();
    range.setStart(container, 0);
    range.setEnd(node, offset);
    return range.toString().length;
  };
  const readSelection = (): TextSelection | null => {
    const selection = document.getSelection();
    if (!index || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
    let start = unitOffset(range.startContainer, range.startOffset);
    let end = unitOffset(range.endContainer, range.endOffset);
    while (start < end && /\s/.test(text[start] ?? '')) start += 1;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
    if (start >= end) return null;
    return { text: text.slice(start, end), start: index.toCodePoints(start), end: index.toCodePoints(end) };
  };

  return {
    render(options) {
      const signature = JSON.stringify([options.text.length, options.highlights, options.current]);
      if (options.text === text && signature === drawn) return;
      drawn = signature;
      ({ index, text } = options);
      const toUnits = options.index.toUnits;
      const spans = options.highlights.map((highlight) => ({ ...highlight, from: toUnits(highlight.start), to: toUnits(highlight.end) }));
      const current = options.current && { key: options.current.key, from: toUnits(options.current.start), to: toUnits(options.current.end) };
      const cuts = new Set([0, text.length]);
      for (const span of spans) cuts.add(span.from).add(span.to);
      if (current) cuts.add(current.from).add(current.to);
      const points = [...cuts].filter((at) => at >= 0 && at <= text.length).sort((a, b) => a - b);
      // Sorted by start, a sweep keeps the spans open at each segment without testing every span.
      spans.sort((a, b) => a.from - b.from);
      const fragment = document.createDocumentFragment();
      let next = 0;
      let open: typeof spans = [];
      for (let i = 0; i < points.length - 1; i += 1) {
        const from = points[i] as number;
        const to = points[i + 1] as number;
        open = open.filter((span) => span.to > from);
        while (next < spans.length && (spans[next]?.from ?? Infinity) <= from) {
          const span = spans[next++]!;
          if (span.to > from) open.push(span);
        }
        const piece = text.slice(from, to);
        const isCurrent = current !== null && current.from <= from && to <= current.to;
        if (open.length === 0 && !isCurrent) {
          fragment.append(piece);
          continue;
        }
        // Innermost first: the shortest span, then the one that starts later.
        const under = [...open].sort((a, b) => a.to - a.from - (b.to - b.from) || b.from - a.from);
        const mark = document.createElement('mark');
        mark.textContent = piece;
        mark.dataset.keys = under.map((span) => span.key).join(' ');
        const inner = under[0];
        if (inner) {
          const style = styleOfLabel(inner.label);
          // Through the CSSOM: the page's Content-Security-Policy forbids style attributes, not this.
          mark.style.backgroundColor = style.color;
          mark.style.color = style.textColor;
          const outer = under[1];
          if (outer) mark.style.boxShadow = `inset 0 -3px 0 ${styleOfLabel(outer.label).borderColor}`;
          if (inner.flagged) mark.classList.add('flagged');
        } else mark.classList.add('plain');
        if (isCurrent) mark.classList.add('current');
        fragment.append(mark);
      }
      container.replaceChildren(fragment);
    },
    revealCurrent() {
      const first = container.querySelector<HTMLElement>('mark.current');
      if (!first) return;
      const box = first.getBoundingClientRect();
      const frame = container.getBoundingClientRect();
      if (box.top < frame.top || box.bottom > frame.bottom) container.scrollTop += box.top - frame.top - frame.height / 3;
    },
  };
}
