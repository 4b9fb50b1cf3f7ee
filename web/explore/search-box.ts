import { createElement } from './create-element.ts';
import { createLabelChip } from './create-label-chip.ts';
import { type SearchHit, searchEntities } from './explorer-api.ts';

/** The elements of the search box and what to do with the hit someone picks. */
export interface SearchBoxOptions {
  form: HTMLFormElement;
  input: HTMLInputElement;
  results: HTMLElement;
  onPick(hit: SearchHit): void;
  onError(error: unknown): void;
}

const TYPING_PAUSE_MS = 250;

/** Searches as one types (after a short pause) or on Enter, and lists the hits to pick from. */
export function createSearchBox(options: SearchBoxOptions): void {
  const { form, input, results } = options;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const close = () => {
    results.hidden = true;
    results.replaceChildren();
  };
  const run = async () => {
    clearTimeout(timer);
    const text = input.value.trim();
    const ticket = ++latest;
    if (text === '') return close();
    try {
      const hits = await searchEntities(text);
      // A slower answer to an earlier text must not replace the answer to the latest one.
      if (ticket !== latest) return;
      results.replaceChildren(...(hits.length ? hits.map(renderHit) : [createElement('li', { className: 'muted' }, `Nothing found for “${text}”`)]));
      results.hidden = false;
    } catch (error) {
      options.onError(error);
    }
  };
  const renderHit = (hit: SearchHit) =>
    createElement(
      'li',
      {},
      createElement(
        'button',
        {
          type: 'button',
          onclick: () => {
            close();
            options.onPick(hit);
          },
        },
        createLabelChip(hit.label),
        createElement('span', { className: 'hit-name', lang: 'zh' }, hit.name),
        hit.nameEn ? createElement('span', { className: 'hit-name-en' }, hit.nameEn) : null,
      ),
    );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
}
