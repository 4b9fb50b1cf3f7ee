/**
 * `node bench/real-reports/rebuild-text.ts ID COPY_FILE [TEXTS_FOLDER]`: puts one real report's text back on this
 * machine from a copy of its search excerpt (the texts are not in git; README.md, "How the texts were found").
 * COPY_FILE holds the excerpt as the `pages` search returned it, whole or already cut, as plain text or as the
 * JSON string of the search answer (quotes and escapes included, which keeps every space and line break). The script looks in it for
 * the run of exactly `chars` characters whose SHA-256 is the one sources.json keeps, also with the half-width
 * punctuation the stored pages print (a copy made by hand often turns `,` back into `，`), and writes that run to
 * TEXTS_FOLDER/<split>/<id>.txt (default /work/real-reports). When no run matches, it says how far the copy is off:
 * its length against the entry's, and which gold strings it lacks, which is where a copying slip usually sits.
 * Exits 1 when nothing matched. Written by hand: a window over one string and a hash per position.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GoldFile, listGoldStrings, type SourceEntry } from './check-gold.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const DEFAULT_TEXTS = '/work/real-reports';

/** The stored pages print these marks in half width (README.md, "Note on characters"). */
const TO_HALF_WIDTH: Record<string, string> = { '，': ',', '：': ':', '；': ';', '？': '?', '！': '!', '（': '(', '）': ')' };

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The run of `length` code points of `copy` whose SHA-256 is `expected`, or undefined. */
export function findTextInCopy(copy: string, length: number, expected: string): string | undefined {
  const variants = [copy, [...copy].map((c) => TO_HALF_WIDTH[c] ?? c).join('')];
  for (const variant of variants) {
    const points = [...variant];
    for (let start = 0; start + length <= points.length; start += 1) {
      const run = points.slice(start, start + length).join('');
      if (sha256(run) === expected) return run;
    }
  }
  return undefined;
}

function main(id: string | undefined, copyFile: string | undefined, textsFolder: string): number {
  if (!id || !copyFile) {
    console.error('usage: node bench/real-reports/rebuild-text.ts ID COPY_FILE [TEXTS_FOLDER]');
    return 2;
  }
  const sources = JSON.parse(readFileSync(path.join(HERE, 'sources.json'), 'utf8')) as SourceEntry[];
  const entry = sources.find((s) => s.id === id);
  if (!entry) {
    console.error(`rebuild-text: no entry "${id}" in sources.json`);
    return 2;
  }
  const raw = readFileSync(copyFile, 'utf8').replace(/\n$/, '');
  const copy = raw.startsWith('"') ? (JSON.parse(raw) as string) : raw;
  const text = findTextInCopy(copy, entry.chars, entry.sha256);
  if (text !== undefined) {
    const target = path.join(textsFolder, entry.split, `${entry.id}.txt`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
    console.log(`ok ${entry.split}/${entry.id}.txt (${entry.chars} characters)`);
    return 0;
  }
  const gold = JSON.parse(readFileSync(path.join(HERE, 'gold', `${entry.id}.gold.json`), 'utf8')) as GoldFile;
  const lacking = listGoldStrings(gold).filter(({ value }) => !copy.includes(value));
  console.log(`no match for ${entry.id}: the copy has ${[...copy].length} characters, the text ${entry.chars}`);
  for (const { field, value } of lacking) console.log(`  the copy lacks ${field} "${value}"`);
  return 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv[2], process.argv[3], process.argv[4] ?? DEFAULT_TEXTS);
}
