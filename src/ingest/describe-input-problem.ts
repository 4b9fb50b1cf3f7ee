import { type InputProblem, MAX_INPUT_BYTES } from './input-problem.ts';

// Words both audiences share: what is wrong with the input itself, named by its file or field.
function describeInput(problem: Exclude<InputProblem, { code: 'invalid-option' }>): string {
  const { source } = problem;
  switch (problem.code) {
    case 'too-large':
      return `${source} is ${problem.bytes.toLocaleString('en')} bytes; a report must be at most ${problem.limit.toLocaleString('en')} bytes (5 MB)`;
    case 'empty':
      return `${source} is empty; a report needs its text`;
    case 'binary':
      return `${source} is a binary file${problem.kind ? ` (${problem.kind})` : ''}, not a report: give its text, web page, PDF or Word .docx`;
    case 'unsupported-format':
      return `${source} is ${problem.format}, which the extractor does not read: save it as .docx, PDF, a web page or text`;
    case 'unknown-encoding':
      return `${source} is text in no encoding the extractor knows (UTF-8, UTF-16, GB18030/GBK/GB2312, Big5)${problem.guess ? `; it looks like ${problem.guess}` : ''}: save it as UTF-8`;
    case 'no-chinese':
      return `${source} has no Chinese text; the extractor reads Chinese reports`;
    case 'empty-page':
      return `${source} is a web page with no text`;
    case 'no-article':
      return `${source} is a web page whose article could not be found (only menus, links and short blocks): save the article's own page, or copy its text`;
    case 'pdf-encrypted':
      return `${source} is an encrypted PDF; open it and save a copy without a password`;
    case 'pdf-scanned':
      return `${source} is a PDF with no text layer (${problem.pages} page${problem.pages === 1 ? '' : 's'} of images, a scan?); run OCR on it first`;
    case 'unreadable':
      return `${source} cannot be read as ${problem.format}: ${problem.reason}`;
  }
}

/** One line for the command line: options are named as its flags (`--date`). */
export function describeProblemForCommandLine(problem: InputProblem): string {
  if (problem.code === 'invalid-option') return `--${problem.field} must be ${problem.expected}, got "${problem.value}"`;
  return describeInput(problem);
}

/** One sentence for the API: fields are named as the body's (`"date"`). */
export function describeProblemForApi(problem: InputProblem): string {
  if (problem.code === 'invalid-option') return `"${problem.field}" must be ${problem.expected}, got "${problem.value}"`;
  return describeInput(problem);
}

/** Whether a problem is the input's size, which the API answers with 413. */
export function isTooLarge(problem: InputProblem): boolean {
  return problem.code === 'too-large';
}

/** The limit as a sentence, for callers that refuse a body before reading it. */
export const INPUT_LIMIT_WORDS = `a report must be at most ${MAX_INPUT_BYTES.toLocaleString('en')} bytes (5 MB)`;
