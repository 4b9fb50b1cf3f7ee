/**
 * The review page's calls to the service's admin API (POST /admin/extract, POST /admin/documents with and
 * without ?check=true), each failure turned into one sentence a reviewer can act on. The bearer token is
 * passed in by the caller, who keeps it in memory only.
 */

import type { VersionChanges } from '../../src/review/compare-versions.ts';
import type { StaleDecision } from '../../src/review/replay-decisions.ts';
import type { ExistingDocument } from '../../src/seed/document-identity.ts';
import type { ReviewDecision } from '../../src/seed/review-decision.ts';
import { describeExtractError } from './describe-extract-error.ts';
import type { SeedGraph, SeedProblem } from './draft-model.ts';
import type { ReportFileBody } from './read-report-file.ts';

export type { ExistingDocument };

/** What the reviewer gives about the report besides its text. */
export interface ReportFacts {
  title: string;
  date: string;
  url: string;
  publisher: string;
  kind: string;
}

/** What a draft was made from: the file, its format and encoding (the document block's `origin`). */
export interface ReportOrigin {
  file: string;
  format: 'text' | 'html' | 'pdf' | 'docx';
  encoding?: string;
  pages?: number;
  bytes: number;
}

/** What POST /admin/extract answers. */
export interface Extraction {
  graph: SeedGraph;
  /** The text the offsets refer to (a web page's article, a PDF's or a .docx's text). */
  text: string;
  origin: ReportOrigin;
  summary: { review?: unknown[] } & Record<string, unknown>;
  /** The documents of the graph this report already is: the page offers to open or replace the loaded version. */
  existing: ExistingDocument[];
}

/** What POST /admin/documents/<id>/reextract answers: a loaded report drafted again, with its decisions to replay. */
export interface Reextraction {
  documentId: string;
  text: string;
  graph: SeedGraph;
  decisions: ReviewDecision[];
  applied: number;
  stale: StaleDecision[];
  changes: VersionChanges;
  undecided: number;
}

/** What a successful load wrote. */
export interface LoadResult {
  documentId: string;
  nodes: number;
  relationships: number;
  status: 'loaded' | 'replaced' | 'unchanged';
}

/** A failed admin call: the sentence to show, and, for an invalid graph, the loader's problems. */
export class AdminError extends Error {
  override readonly name = 'AdminError';
  readonly status: number;
  readonly code: string | undefined;
  readonly problems: SeedProblem[];
  /** The request field the error is about (`date`), when the service names one. */
  readonly field: string | undefined;
  /** For DOCUMENT_EXISTS: the copy the graph holds. */
  readonly existing: ExistingDocument[];

  constructor(message: string, options: { status: number; code?: string; problems?: SeedProblem[]; field?: string; existing?: ExistingDocument[] }) {
    super(message);
    this.status = options.status;
    this.code = options.code;
    this.problems = options.problems ?? [];
    this.field = options.field;
    this.existing = options.existing ?? [];
  }
}

/** Drafts a graph from a report's text; nothing is written. */
export async function extractReport(token: string, text: string, facts: ReportFacts): Promise<Extraction> {
  const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
  const body = {
    text,
    title: optional(facts.title),
    date: optional(facts.date),
    url: optional(facts.url),
    publisher: optional(facts.publisher),
    kind: optional(facts.kind),
  };
  return (await call(token, '/admin/extract', body, 'extract the report')) as Extraction;
}

/** Drafts a graph from a report file (text, web page, PDF or .docx, sent as base64); nothing is written. */
export async function extractReportFile(token: string, file: ReportFileBody, facts: Partial<ReportFacts> = {}): Promise<Extraction> {
  const optional = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());
  const body = {
    file,
    title: optional(facts.title),
    date: optional(facts.date),
    url: optional(facts.url),
    publisher: optional(facts.publisher),
    kind: optional(facts.kind),
  };
  return (await call(token, '/admin/extract', body, 'extract the report', file.name)) as Extraction;
}

/** How a draft's origin reads for a person: “a web page in GB18030”, “a PDF of 3 pages”. */
export function describeOrigin(origin: ReportOrigin | undefined): string {
  if (!origin) return '';
  const encoding = origin.encoding && origin.encoding !== 'utf-8' ? ` in ${origin.encoding.toUpperCase()}` : '';
  const format = {
    text: `a text file${encoding}`,
    html: `a web page${encoding}`,
    pdf: `a PDF of ${origin.pages ?? '?'} page${origin.pages === 1 ? '' : 's'}`,
    docx: 'a Word .docx',
  }[origin.format];
  return origin.file === 'text' ? `pasted text${origin.format === 'html' ? ' (a web page)' : ''}` : `${origin.file}, ${format}`;
}

/** Validates the reviewed graph as the loader does, writing nothing; throws with the problems when it is invalid. */
export async function checkGraph(token: string, graph: SeedGraph, text: string): Promise<void> {
  await call(token, '/admin/documents?check=true', { graph, text }, 'check the draft');
}

/**
 * Loads the reviewed graph into the graph with its decision log, in one transaction; `replace` replaces the copy of
 * the report the graph holds (else the service refuses a report it holds already, DOCUMENT_EXISTS).
 */
export async function loadGraph(
  token: string,
  draft: { graph: SeedGraph; text: string; decisions: ReviewDecision[]; replace: boolean },
): Promise<LoadResult> {
  const body = { graph: draft.graph, text: draft.text, decisions: draft.decisions, replace: draft.replace };
  const answer = (await call(token, '/admin/documents', body, 'load the draft')) as { loaded: LoadResult };
  return answer.loaded;
}

/** Drafts a loaded report again with the extractor as it is now; its decisions come back to replay. */
export async function reextractReport(token: string, documentId: string): Promise<Reextraction> {
  return (await call(token, `/admin/documents/${encodeURIComponent(documentId)}/reextract`, {}, 're-extract the report')) as Reextraction;
}

async function call(token: string, path: string, body: unknown, what: string, name = 'The text'): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
  } catch {
    throw new AdminError(`Could not reach the service to ${what}: is it running? Nothing was changed.`, { status: 0 });
  }
  const answer = (await response.json().catch(() => null)) as {
    errors?: Array<{
      message: string;
      extensions?: { code?: string; reason?: string; field?: string; problems?: SeedProblem[]; existing?: ExistingDocument[] };
    }>;
  } | null;
  if (response.ok && answer) return answer;
  const error = answer?.errors?.[0];
  const code = error?.extensions?.code;
  const refused = describeExtractError(error?.extensions?.reason, { name, field: error?.extensions?.field, message: error?.message });
  throw new AdminError(refused ?? explain(response.status, code, error?.message, what, error?.extensions?.field), {
    status: response.status,
    code,
    problems: error?.extensions?.problems,
    field: error?.extensions?.field,
    existing: error?.extensions?.existing,
  });
}

// One sentence per failure, saying what happened to the draft and what to do, in the page's words.
function explain(status: number, code: string | undefined, message: string | undefined, what: string, field?: string): string {
  if (status === 401)
    return 'The service refused the admin token. Enter the right one (the service’s ADMIN_TOKEN) and try again; your draft is kept.';
  if (status === 404) return 'This service has no admin API (it runs without ADMIN_TOKEN), so it cannot extract or load reports.';
  if (status === 413) return 'The report is too large: a report can be at most 5 MB.';
  if (status === 503 || code === 'SERVICE_UNAVAILABLE') {
    return `The graph database is not answering, so the service could not ${what} and nothing was written. Your draft is kept; try again once it is back.`;
  }
  if (field === 'date') {
    return 'The text states no date of publication: fill in “Published on” above and run the extraction again.';
  }
  if (code === 'DOCUMENT_EXISTS') return `This report is already in the graph; nothing was written. ${message ?? ''}`.trim();
  if (code === 'BAD_USER_INPUT' && message?.startsWith('Seed validation failed')) {
    return `The draft has problems the loader refuses (listed beside their records); nothing was written.`;
  }
  if (message) return `The service could not ${what}: ${message}`;
  return `The service could not ${what} (HTTP ${status}); nothing was written.`;
}
