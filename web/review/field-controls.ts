import { createElement } from '../shared/create-element.ts';
import type { FieldSpec } from './seed-fields.ts';

/** What a field control reports: the field's new value, undefined to remove it. */
export type CommitField = (value: unknown) => void;

// The English labels of fields whose names say little on their own.
const FIELD_LABELS: Record<string, string> = {
  name: 'Name (as the text writes it)',
  nameEn: 'English name',
  text: 'Words (as the text writes them)',
  aliases: 'Aliases (comma-separated)',
  indicator: 'Indicator',
  indicatorEn: 'Indicator in English',
  unitEn: 'Unit in English',
  period: 'Period (ISO 8601: 2019, 2019-01/2019-11)',
  periodText: 'Period as the text writes it',
  changeUnit: 'Unit of the change',
  titleEn: 'Title in English',
  roleEn: 'Role in English',
  publishedAt: 'Published on',
  eventDate: 'Date of the event',
  startDate: 'Start date',
  endDate: 'End date',
  url: 'URL',
};

/** Fields whose values are Chinese text, marked lang="zh-Hans" for screen readers and the CJK fonts. */
const CHINESE_FIELDS = new Set(['name', 'text', 'aliases', 'indicator', 'unit', 'periodText', 'changeUnit', 'title', 'role', 'publisher']);

/** The English label of a field. */
export function fieldLabel(name: string): string {
  return FIELD_LABELS[name] ?? name.charAt(0).toUpperCase() + name.slice(1).replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
}

/**
 * One labelled control for a field, committing on change (so one edit is one step to undo): text, number,
 * date, a list as comma-separated text, a choice of the enum's values, or a check box. An emptied field
 * is removed when the loader allows it to be absent, null when it allows null, and left empty otherwise,
 * for the validation to name.
 */
export function createFieldControl(spec: FieldSpec, value: unknown, idPrefix: string, commit: CommitField): HTMLElement {
  const id = `${idPrefix}-${spec.name}`;
  const label = createElement(
    'label',
    { htmlFor: id },
    fieldLabel(spec.name),
    spec.required ? createElement('span', { className: 'required' }, ' (required)') : null,
  );
  const empty = () => (spec.nullable ? null : spec.required ? '' : undefined);
  let control: HTMLInputElement | HTMLSelectElement;
  switch (spec.kind) {
    case 'boolean': {
      const box = createElement('input', { type: 'checkbox', id, checked: value === true });
      box.addEventListener('change', () => commit(box.checked ? true : spec.required ? false : undefined));
      const wrapper = createElement('div', { className: 'field checkbox-field' }, box, ' ', label);
      wrapper.dataset.field = spec.name;
      box.dataset.focusKey = id;
      return wrapper;
    }
    case 'enum': {
      const select = createElement(
        'select',
        { id },
        createElement('option', { value: '' }, spec.required ? 'Choose…' : '(none)'),
        ...(spec.options ?? []).map((option) => createElement('option', { value: option, selected: option === value }, option)),
      );
      select.addEventListener('change', () => commit(select.value === '' ? empty() : select.value));
      control = select;
      break;
    }
    case 'number': {
      const input = createElement('input', { type: 'number', id, step: 'any', value: typeof value === 'number' ? String(value) : '' });
      input.addEventListener('change', () => commit(input.value.trim() === '' ? (spec.nullable ? null : undefined) : Number(input.value)));
      control = input;
      break;
    }
    case 'list': {
      const input = createElement('input', { type: 'text', id, value: Array.isArray(value) ? value.join(', ') : '' });
      input.addEventListener('change', () => {
        const items = input.value
          .split(/[,，、]/)
          .map((item) => item.trim())
          .filter(Boolean);
        commit(items.length > 0 ? items : undefined);
      });
      control = input;
      break;
    }
    default: {
      const input = createElement('input', { type: spec.kind === 'date' ? 'date' : 'text', id, value: typeof value === 'string' ? value : '' });
      input.addEventListener('change', () => commit(input.value.trim() === '' ? empty() : input.value.trim()));
      control = input;
    }
  }
  if (CHINESE_FIELDS.has(spec.name)) control.lang = 'zh-Hans';
  control.dataset.focusKey = id;
  const field = createElement('div', { className: 'field' }, label, control);
  field.dataset.field = spec.name;
  return field;
}
