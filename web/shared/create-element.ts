type Child = Node | string | null | undefined | false;

/**
 * Creates an element with properties and children. Text goes in through text nodes, never as HTML, so
 * names and excerpts from the API cannot inject markup.
 */
export function createElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = Object.assign(document.createElement(tag), props);
  for (const child of children) if (child) element.append(child);
  return element;
}
