import { createElement } from './create-element.ts';
import { styleOfLabel } from './label-styles.ts';

/** A small badge naming a label, in the label's colours. */
export function createLabelChip(label: string): HTMLElement {
  const chip = createElement('span', { className: 'chip', textContent: label });
  const style = styleOfLabel(label);
  // Set through the CSSOM: the Content-Security-Policy forbids inline style attributes, not this.
  chip.style.backgroundColor = style.color;
  chip.style.color = style.textColor;
  return chip;
}
