import { ID_PATTERN } from '../../src/graph-model/entity-ids.ts';
import { ID_PREFIX, type NodeLabel } from '../../src/seed/seed-schema.ts';
import { createElement } from '../shared/create-element.ts';
import { type CodePointIndex, findOccurrences } from './code-points.ts';
import { type DraftState, type SeedNodeData, uniqueId } from './draft-model.ts';
import { createFieldControl } from './field-controls.ts';
import { guessEntity } from './guess-entity.ts';
import { DRAFT_LABELS, fieldsOfLabel } from './seed-fields.ts';
import type { TextSelection } from './text-view.ts';

/** What the form needs: the draft (for free ids), the text, and the words selected when it opened. */
export interface NewEntityOptions {
  state: DraftState;
  text: string;
  index: CodePointIndex;
  words: TextSelection | null;
  onAdd(data: SeedNodeData): void;
  onCancel(): void;
}

// pinyin-pro and the extractor's own naming rules (name-in-pinyin.ts, name-in-english.ts) are only needed here:
// loaded on first use.
type Naming = typeof import('../../src/extract/name-in-pinyin.ts') & Pick<typeof import('../../src/extract/name-in-english.ts'), 'placeCoreEnglish'>;
let naming: Promise<Naming> | undefined;
const loadNaming = () => {
  naming ??= Promise.all([import('../../src/extract/name-in-pinyin.ts'), import('../../src/extract/name-in-english.ts')]).then(
    ([pinyin, english]) => ({ ...pinyin, placeCoreEnglish: english.placeCoreEnglish }),
  );
  return naming;
};

// The level a place's last character names, for a first guess the reviewer can change.
const LEVEL_WORDS: Array<[RegExp, string, string]> = [
  [/省$/, 'province', '省'],
  [/市$/, 'city', '市'],
  [/[县区]$/, 'county', ''],
  [/流域$/, 'river-basin', ''],
];

/**
 * The form that adds an entity the extractor missed: the words it stands on (selected in the text, or typed
 * and found), its label, the fields the label needs, and an id. Pinyin, English name and id are filled in
 * the way the extractor names new entities, until the reviewer types their own.
 */
export function createNewEntityForm(options: NewEntityOptions): HTMLElement {
  const { state, text, index } = options;
  const values: Record<string, unknown> = {};
  const typed = new Set<string>();
  // The label the words most likely name, until the reviewer picks one.
  let label: NodeLabel = guessEntity(options.words?.text.trim() ?? '').label;
  let places: Array<{ start: number; end: number }> = [];

  const wordsInput = createElement('input', { type: 'text', id: 'new-words', lang: 'zh-Hans', value: options.words?.text ?? '' });
  const placeSelect = createElement('select', { id: 'new-place' });
  const labelSelect = createElement(
    'select',
    { id: 'new-label' },
    ...DRAFT_LABELS.map((name) => createElement('option', { value: name, selected: name === label }, name)),
  );
  const idInput = createElement('input', { type: 'text', id: 'new-id', value: '' });
  const fields = createElement('div', { className: 'new-fields' });
  const message = createElement('p', { className: 'error', role: 'alert' });

  const words = () => wordsInput.value.trim();
  const refreshPlaces = () => {
    places = findOccurrences(text, index, words());
    const wanted = options.words && options.words.text === words() ? options.words.start : undefined;
    placeSelect.replaceChildren(
      ...(places.length === 0
        ? [createElement('option', { value: '' }, words() ? 'Not in the text' : 'Select or type the words first')]
        : places.map((place, at) =>
            createElement(
              'option',
              { value: String(at), selected: place.start === wanted, lang: 'zh-Hans' },
              `${place.start}: …${text.slice(index.toUnits(Math.max(place.start - 8, 0)), index.toUnits(Math.min(place.end + 8, index.length))).replace(/\s+/g, ' ')}…`,
            ),
          )),
    );
  };
  // Fills what the reviewer has not typed: name from the words, pinyin, English name, kind or level and id by the
  // extractor's rules and tables; a guess made for another label goes.
  const fillDefaults = async () => {
    const name = words();
    const nameField = label === 'Statement' ? 'text' : 'name';
    if (!typed.has(nameField)) values[nameField] = name;
    const guess = guessEntity(name);
    const fits = guess.label === label;
    const { personPinyin, placePinyin, pinyinToEnglish, pinyinSlug, phraseSlug, placeCoreEnglish } = await loadNaming();
    const level = LEVEL_WORDS.find(([pattern]) => pattern.test(name));
    if (!typed.has('pinyin')) {
      if (label === 'Person') values.pinyin = name ? personPinyin(name) : '';
      else if (label === 'Region') values.pinyin = name ? placePinyin(name, level?.[2] || undefined) : '';
      else delete values.pinyin;
    }
    if (label === 'Region' && !typed.has('level')) values.level = fits && guess.level ? guess.level : level?.[1];
    if ((label === 'Organization' || label === 'Policy') && !typed.has('kind')) values.kind = fits ? guess.kind : undefined;
    if (!typed.has('nameEn')) {
      if (fits && guess.known) values.nameEn = guess.known.nameEn;
      else if (label === 'Person' || label === 'Region') values.nameEn = values.pinyin ? pinyinToEnglish(String(values.pinyin)) : '';
      else if (fits && guess.english && guess.place)
        values.nameEn = guess.english.replace(/\{(place|org)\}/, placeCoreEnglish(guess.place.replace(/[省市县]$/, '')));
      // An English name guessed for another label (a person's pinyin) is no name of this one.
      else delete values.nameEn;
    }
    // An id the reviewer is typing (or has typed) is theirs: a guess that arrives late must not overwrite it.
    if (!typed.has('id') && document.activeElement !== idInput) {
      const slug =
        typeof values.pinyin === 'string' && values.pinyin
          ? pinyinSlug(values.pinyin)
          : fits && guess.place && guess.slug
            ? `${phraseSlug(guess.place.replace(/[省市县]$/, ''))}-${guess.slug}`
            : typeof values.nameEn === 'string' && /[a-z]/i.test(values.nameEn)
              ? values.nameEn
                  .toLowerCase()
                  .replace(/[^a-z0-9]+/g, '-')
                  .replace(/^-+|-+$/g, '')
              : phraseSlug(name);
      idInput.value = slug ? uniqueId(state, `${ID_PREFIX[label]}:${slug}`) : '';
    }
    renderFields();
  };
  const renderFields = () => {
    const focusedKey =
      document.activeElement instanceof HTMLElement && fields.contains(document.activeElement) ? document.activeElement.dataset.focusKey : undefined;
    fields.replaceChildren(
      ...fieldsOfLabel(label).map((spec) =>
        createFieldControl(spec, values[spec.name], 'new', (value) => {
          typed.add(spec.name);
          values[spec.name] = value;
          if (spec.name === 'nameEn' || spec.name === 'pinyin') void fillDefaults();
        }),
      ),
    );
    if (focusedKey) fields.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusedKey)}"]`)?.focus();
  };

  wordsInput.addEventListener('input', () => {
    refreshPlaces();
    if (!typed.has('label')) {
      label = guessEntity(words()).label;
      labelSelect.value = label;
    }
    void fillDefaults();
  });
  labelSelect.addEventListener('change', () => {
    label = labelSelect.value as NodeLabel;
    typed.add('label');
    // Fields of the old label that the new one has keep their values; the rest go.
    const allowed = new Set(fieldsOfLabel(label).map((spec) => spec.name));
    for (const key of Object.keys(values)) if (!allowed.has(key)) delete values[key];
    void fillDefaults();
  });
  idInput.addEventListener('input', () => typed.add('id'));
  refreshPlaces();
  void fillDefaults();

  const form = createElement(
    'form',
    { className: 'new-entity', ariaLabel: 'New entity' },
    createElement('h2', { tabIndex: -1 }, 'New entity'),
    createElement('p', { className: 'muted' }, 'It stands on these words of the text; they become its evidence.'),
    createElement('div', { className: 'field' }, createElement('label', { htmlFor: 'new-words' }, 'Words as the text writes them'), wordsInput),
    createElement('div', { className: 'field' }, createElement('label', { htmlFor: 'new-place' }, 'Where'), placeSelect),
    createElement('div', { className: 'field' }, createElement('label', { htmlFor: 'new-label' }, 'Label'), labelSelect),
    fields,
    createElement('div', { className: 'field' }, createElement('label', { htmlFor: 'new-id' }, 'Id (kind:slug)'), idInput),
    message,
    createElement(
      'div',
      { className: 'actions' },
      createElement('button', { type: 'submit', className: 'accept' }, 'Add entity'),
      createElement('button', { type: 'button', onclick: () => options.onCancel() }, 'Cancel'),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const place = places[Number(placeSelect.value)];
    if (!place || placeSelect.value === '') {
      message.textContent = 'The words are not in the text: select them in the text, or type them exactly as it writes them.';
      wordsInput.focus();
      return;
    }
    if (!ID_PATTERN.test(idInput.value)) {
      message.textContent = 'The id must look like kind:slug, in lower-case letters, digits and dashes.';
      idInput.focus();
      return;
    }
    const defined = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== ''));
    options.onAdd({ ...defined, id: idInput.value, label, evidence: words(), evidenceStart: place.start });
  });
  return form;
}
