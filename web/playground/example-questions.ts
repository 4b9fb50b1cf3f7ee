/** One of the example questions of examples/questions/, bundled into the page at build time. */
export interface ExampleQuestion {
  /** The file's name, e.g. 01-precise-pollution-discussants.graphql. */
  file: string;
  /** The first comment line: what the query answers. */
  question: string;
  /** The second comment line: what it returns on the seed. */
  answer: string;
  /** The whole file, comments included, as it goes into the editor. */
  query: string;
}

const files = import.meta.glob<string>('../../examples/questions/*.graphql', { query: '?raw', import: 'default', eager: true });

/** The example questions in file order (01 to 10). */
export const EXAMPLE_QUESTIONS: readonly ExampleQuestion[] = Object.entries(files)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([path, query]) => {
    const [question = '', answer = ''] = query.split('\n', 2).map((line) => line.replace(/^#\s*/, ''));
    return { file: path.slice(path.lastIndexOf('/') + 1), question, answer, query };
  });
