/**
 * The text a reader gives for a report, whatever its format: the title on the first line, then each paragraph
 * after a blank line, a paragraph's own line breaks kept (a byline under a heading), one line break at the end.
 * It is the layout of the team's plain reports, so a page, a PDF or a .docx of a report gives the same
 * report.txt, and so the same draft, as the report's plain text.
 */
export function composeReportText(title: string, paragraphs: readonly (readonly string[])[]): string {
  const blocks = paragraphs.map((lines) => lines.join('\n')).filter((block) => block !== '');
  return `${[title, ...blocks].filter((block) => block !== '').join('\n\n')}\n`;
}

// Leading and trailing blanks of a line, ideographic spaces and no-break spaces among them (Chinese
// paragraphs are indented with two ideographic spaces, or &nbsp;&nbsp; on older sites).
const EDGE_BLANKS = /^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g;

/** A line as a report holds it: no indent, no trailing blanks. */
export function trimLine(line: string): string {
  return line.replace(EDGE_BLANKS, '');
}
