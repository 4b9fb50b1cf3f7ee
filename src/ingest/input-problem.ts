/** The largest report the extractor accepts, in bytes of the file as it comes: a long work report is a few hundred kilobytes. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** A document fact the caller may give (a CLI flag, a field of the API's body). */
export type OptionField = 'title' | 'date' | 'url' | 'publisher' | 'kind';

/**
 * Why an input cannot be extracted, as data: a code, the file or field it concerns and the facts that explain
 * it. The command line and the API word it each in their own terms (describe-input-problem.ts).
 */
export type InputProblem =
  | { code: 'too-large'; source: string; bytes: number; limit: number }
  | { code: 'empty'; source: string }
  | { code: 'binary'; source: string; kind?: string }
  | { code: 'unsupported-format'; source: string; format: string }
  | { code: 'unknown-encoding'; source: string; guess?: string }
  | { code: 'no-chinese'; source: string }
  | { code: 'empty-page'; source: string }
  | { code: 'no-article'; source: string }
  | { code: 'pdf-encrypted'; source: string }
  | { code: 'pdf-scanned'; source: string; pages: number }
  | { code: 'unreadable'; source: string; format: string; reason: string }
  | { code: 'invalid-option'; field: OptionField; value: string; expected: string };

/** The code of an input problem. */
export type InputProblemCode = InputProblem['code'];

/** An input the extractor refuses; `problem` says why, and the message is a plain default for logs. */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly problem: InputProblem;

  constructor(problem: InputProblem) {
    super(`input refused: ${JSON.stringify(problem)}`);
    this.problem = problem;
  }
}
