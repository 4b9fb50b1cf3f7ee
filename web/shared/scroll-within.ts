/**
 * Scrolls a list so that one of its entries is in view, moving only the list: scrollIntoView would scroll the page
 * too, and on a phone take the reader away from what they are looking at.
 */
export function scrollWithin(list: HTMLElement, entry: HTMLElement): void {
  const top = entry.offsetTop;
  const bottom = top + entry.offsetHeight;
  if (top < list.scrollTop) list.scrollTop = top;
  else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
}
