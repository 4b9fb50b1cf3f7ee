/**
 * Writes the questions of docs/questions.md from examples/questions/*.graphql, so the page shows exactly the
 * questions the playground preloads and a test runs. `npm run docs`; a test fails when the page is stale.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const START = '<!-- questions:start -->';
const END = '<!-- questions:end -->';

/** Renders the questions section: each file's two comment lines as its title and answer, then the query. */
export async function renderQuestionsSection(): Promise<string> {
  const folder = new URL('examples/questions/', root);
  const files = (await readdir(folder)).filter((file) => file.endsWith('.graphql')).sort();
  const blocks = await Promise.all(
    files.map(async (file, index) => {
      const lines = (await readFile(new URL(file, folder), 'utf8')).trimEnd().split('\n');
      const comments = lines.filter((line) => line.startsWith('#')).map((line) => line.replace(/^#\s*/, ''));
      const query = lines
        .filter((line) => !line.startsWith('#'))
        .join('\n')
        .trim();
      return `**${index + 1}. ${comments[0] ?? file}**\n${comments[1] ?? ''}\n\n\`\`\`graphql\n${query}\n\`\`\``;
    }),
  );
  return `${START}\n${blocks.join('\n\n')}\n${END}`;
}

/** Where the questions are shown, between the markers. */
export const QUESTIONS_PAGE = 'docs/questions.md';

/** Replaces the section between the markers of the questions page's text. */
export function replaceQuestionsSection(page: string, section: string): string {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${QUESTIONS_PAGE} lacks the ${START} … ${END} markers`);
  return `${page.slice(0, start)}${section}${page.slice(end + END.length)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const pageUrl = new URL(QUESTIONS_PAGE, root);
  await writeFile(pageUrl, replaceQuestionsSection(await readFile(pageUrl, 'utf8'), await renderQuestionsSection()));
  console.log(`updated the questions of ${QUESTIONS_PAGE}`);
}
