import stringWidth from 'string-width';

/**
 * A plain-text table, columns padded by their width on a terminal (a Chinese character takes two columns);
 * columns listed in `right` are aligned right (figures).
 */
export function formatTable(header: string[], rows: string[][], options: { right?: number[] } = {}): string {
  const widths = header.map((cell, i) => Math.max(stringWidth(cell), ...rows.map((row) => stringWidth(row[i] ?? ''))));
  const pad = (cell: string, i: number) => {
    const fill = ' '.repeat(widths[i]! - stringWidth(cell));
    return options.right?.includes(i) ? fill + cell : cell + fill;
  };
  const line = (row: string[]) => row.map(pad).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
