import { trimLine } from './compose-report-text.ts';
import type { NodeLike } from './read-page-facts.ts';

// Elements that start and end a paragraph of the text; a <br> or a table row ends a line inside one.
const BLOCKS = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE CENTER DD DIV DL DT FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION TABLE UL'.split(
    ' ',
  ),
);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IFRAME', 'BUTTON', 'SELECT', 'TEXTAREA']);
/** The paragraphs of an element's text, each a list of lines, with whitespace laid out as a browser shows it. */
export function readHtmlParagraphs(root: NodeLike): string[][] {
  const paragraphs: string[][] = [];
  let lines: string[] = [];
  let line = '';
  const endLine = () => {
    const cleaned = cleanLine(line);
    if (cleaned) lines.push(cleaned);
    line = '';
  };
  const endParagraph = () => {
    endLine();
    if (lines.length > 0) paragraphs.push(lines);
    lines = [];
  };
  const walk = (node: NodeLike) => {
    if (node.nodeType === 3) {
      line += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 || SKIPPED.has(node.nodeName)) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'BR') return endLine();
    const block = BLOCKS.has(name);
    if (block) endParagraph();
    for (const child of node.childNodes) walk(child);
    if (name === 'TD' || name === 'TH') line += ' ';
    if (name === 'TR') endLine();
    if (block) endParagraph();
  };
  walk(root);
  endParagraph();
  return paragraphs;
}

// Whitespace as a browser lays it out: runs collapse to one space, and a line break of the source between two
// Chinese characters disappears (CSS Text's segment-break rule), since Chinese puts no space between words.
function cleanLine(raw: string): string {
  const wide = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]';
  return trimLine(
    raw
      .replace(/\u00a0/g, ' ')
      .replace(new RegExp(`(${wide})[ \\t\\r]*\\n[ \\t\\r\\n]*(?=${wide})`, 'gu'), '$1')
      .replace(/[ \t\r\n]+/g, ' '),
  );
}
