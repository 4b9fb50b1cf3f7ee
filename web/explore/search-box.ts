import { createElement } from '../shared/create-element.ts';
import { createLabelChip } from '../shared/create-label-chip.ts';
import { type SearchHit, searchEntities } from './explorer-api.ts';

/** The elements of the search box and what to do with the hit someone picks. */
export interface SearchBoxOptions {
  form: HTMLFormElement;
  /** The text field; index.html makes it a combobox controlling `results`. */
  input: HTMLInputElement;
  /** The listbox of hits under the field. */
  results: HTMLElement;
  onPick(hit: SearchHit): void;
  onError(error: unknown): void;
}

const TYPING_PAUSE_MS = 250;

/**
 * Searches as one types (after a short pause) or on Enter, and lists the hits to pick from, as the ARIA
 * combobox pattern has it: focus stays in the field, ↓ and ↑ move through the hits (the field names the
 * current one in aria-activedescendant), Enter picks it, Escape closes the list; a click or tap picks too.
 */
export function createSearchBox(options: SearchBoxOptions): void {
  const { form, input, results } = options;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let hits: SearchHit[] = [];
  let active = -1;

  const choices = () => [...results.querySelectorAll<HTMLElement>('[role="option"]:not([aria-disabled="true"])')];
  // -1 is no hit; the field keeps the focus either way.
  const setActive = (index: number) => {
    const all = choices();
    active = index;
    for (const [i, option] of all.entries()) option.setAttribute('aria-selected', String(i === active));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const open = (children: HTMLElement[]) => {
    results.replaceChildren(...children);
    results.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(-1);
  };
  const close = () => {
    results.hidden = true;
    results.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    hits = [];
    active = -1;
  };
  const pick = (hit: SearchHit) => {
    close();
    options.onPick(hit);
  };
  const run = async () => {
    clearTimeout(timer);
    const text = input.value.trim();
    const ticket = ++latest;
    if (text === '') return close();
    try {
      const found = await searchEntities(text);
      // A slower answer to an earlier text must not replace the answer to the latest one.
      if (ticket !== latest) return;
      hits = found;
      open(
        hits.length
          ? hits.map(renderHit)
          : [createElement('li', { role: 'option', className: 'muted', ariaDisabled: 'true' }, `Nothing found for “${text}”`)],
      );
    } catch (error) {
      options.onError(error);
    }
  };
  const renderHit = (hit: SearchHit, index: number) =>
    createElement(
      'li',
      { id: `search-hit-${index}`, role: 'option', ariaSelected: 'false', onclick: () => pick(hit) },
      createLabelChip(hit.label),
      ' ',
      createElement('span', { className: 'hit-name', lang: 'zh-Hans' }, hit.name),
      hit.nameEn ? ' ' : null,
      hit.nameEn ? createElement('span', { className: 'hit-name-en' }, hit.nameEn) : null,
    );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const hit = hits[active];
    if (hit && !results.hidden) pick(hit);
    else void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  input.addEventListener('keydown', (event) => {
    const count = results.hidden ? 0 : choices().length;
    if (event.key === 'Escape' && !results.hidden) {
      event.preventDefault();
      close();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && count > 0) {
      event.preventDefault();
      // Both ends wrap around; ↑ from the field goes to the last hit.
      setActive(event.key === 'ArrowDown' ? (active + 1) % count : (Math.max(active, 0) - 1 + count) % count);
    } else if (event.key === 'ArrowDown' && input.value.trim() !== '') {
      // ↓ on a closed list opens it, as in the browser's own address bar.
      event.preventDefault();
      void run();
    }
  });
  // The hits close when the pointer or the focus goes elsewhere.
  document.addEventListener('pointerdown', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  // Pressing on a hit must not take the focus from the field, or the list would close before the click.
  results.addEventListener('mousedown', (event) => event.preventDefault());
}
