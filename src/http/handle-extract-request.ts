import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphGateway } from '../db/graph-gateway.ts';
import { EcokgError, ErrorCode } from '../errors/error-codes.ts';
import type { Extractor } from '../extract/extract-report.ts';
import type { KnownGraph } from '../extract/known-graph.ts';
import { describeProblemForApi } from '../ingest/describe-input-problem.ts';
import { draftReport } from '../ingest/draft-report.ts';
import { InputError, MAX_INPUT_BYTES } from '../ingest/input-problem.ts';
import { type GivenDocumentOptions, readDocumentOptions } from '../ingest/read-document-options.ts';
import { type ReportInput, readReportInput, readReportText } from '../ingest/read-report-input.ts';
import type { Logger } from '../logging/create-logger.ts';
import { findExistingDocuments } from '../seed/existing-documents.ts';
import { nodesOf } from '../seed/seed-graph.ts';
import { checksumText } from '../seed/validate-seed.ts';
import { readBody, sendErrors, sendJson } from './http-responses.ts';

// A file of 5 MB arrives as base64 (4 characters for 3 bytes); the rest of the JSON body is small.
const MAX_EXTRACT_BODY_BYTES = Math.ceil((MAX_INPUT_BYTES * 4) / 3) + 1024 * 1024;
// The graph's entities change only when a document is loaded; reading them once a minute is fresh enough.
const KNOWN_GRAPH_TTL_MS = 60_000;
const BODY_SHAPE =
  'The body must be {"text": <the report>} or {"file": {"name": <file name>, "data": <its bytes in base64>}}, with "title"?, "date"?: "YYYY-MM-DD", "url"?, "publisher"?, "kind"?';

/** A body that is not the endpoint's shape; its message says what the shape is. */
class BodyShapeError extends Error {
  override readonly name = 'BodyShapeError';
}

/** Creates the handler of `POST /admin/extract`, which keeps one extractor over the running graph's entities. */
export function createExtractRequestHandler(options: { gateway: GraphGateway; logger: Logger }) {
  const { extractor, extractorBeside } = createDraftExtractors(options.gateway);

  /**
   * `POST /admin/extract` with `{text}` or `{file: {name, data}}` (a text, web page, PDF or .docx in base64)
   * and `title?, date?, url?, publisher?, kind?`: the draft graph in the seed format, the text it refers to,
   * what it was made from, a summary, and the documents of the graph this report already is (`existing`: same
   * text, URL or id), resolved against the running graph; nothing is written.
   */
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = await readBody(request, MAX_EXTRACT_BODY_BYTES);
    if (body === 'too-large') {
      response.setHeader('Connection', 'close');
      sendErrors(response, 413, ErrorCode.PAYLOAD_TOO_LARGE, `A report must be at most ${MAX_INPUT_BYTES} bytes (5 MB)`, { reason: 'too-large' });
      return;
    }
    let posted: unknown;
    try {
      posted = JSON.parse(body.toString('utf8'));
    } catch (error) {
      sendErrors(response, 400, ErrorCode.BAD_REQUEST, `Malformed JSON body: ${(error as Error).message}`);
      return;
    }
    try {
      const request = readRequest(posted);
      const documentOptions = readDocumentOptions(request.options);
      const input = await request.read();
      let draft = draftReport((await extractor()).extractor, input, documentOptions);
      // One report, one document: the page offers to open the loaded version, or to replace it, instead of a copy.
      const existing = await findExistingDocuments(options.gateway, {
        id: draft.graph.document.id,
        textChecksum: checksumText(draft.text),
        url: typeof draft.graph.document.url === 'string' ? draft.graph.document.url : null,
      });
      if (existing.length > 0) draft = draftReport(await extractorBeside(existing.map((copy) => copy.id)), input, documentOptions);
      options.logger.info(
        {
          documentId: draft.graph.document.id,
          nodes: nodesOf(draft.graph).length,
          review: draft.summary.review.length,
          format: draft.origin.format,
          existing: existing.length,
        },
        'draft extracted',
      );
      sendJson(response, 200, { graph: draft.graph, text: draft.text, origin: draft.origin, summary: draft.summary, existing });
    } catch (error) {
      sendExtractError(response, error);
    }
  };
}

// A body of the wrong shape and an unreadable input are the client's (400, or 413 for a file too large, with the reason
// and field), a database out of reach is 503; anything else is a bug, left to the server's error handling.
function sendExtractError(response: ServerResponse, error: unknown): void {
  if (error instanceof BodyShapeError) {
    sendErrors(response, 400, ErrorCode.BAD_USER_INPUT, error.message, { reason: 'body-shape' });
    return;
  }
  if (error instanceof InputError) {
    const { problem } = error;
    const tooLarge = problem.code === 'too-large';
    sendErrors(response, tooLarge ? 413 : 400, tooLarge ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.BAD_USER_INPUT, describeProblemForApi(problem), {
      reason: problem.code,
      ...('field' in problem && { field: problem.field }),
    });
    return;
  }
  if (error instanceof EcokgError) {
    sendErrors(response, 503, error.code, error.message);
    return;
  }
  throw error;
}

// One extractor over the running graph's entities, read again once a minute, and one for drafting a report the graph
// holds already as its first draft was.
function createDraftExtractors(gateway: GraphGateway) {
  let cached: { extractor: Extractor; known: KnownGraph; at: number } | undefined;
  const extractor = async (): Promise<{ extractor: Extractor; known: KnownGraph }> => {
    if (cached && performance.now() - cached.at < KNOWN_GRAPH_TTL_MS) return cached;
    // Loaded on the first request: the segmenter and pinyin tables cost the service's start-up nothing.
    const [{ createExtractor }, { loadKnownGraphFromNeo4j }] = await Promise.all([
      import('../extract/extract-report.ts'),
      import('../extract/known-graph.ts'),
    ]);
    const known = await loadKnownGraphFromNeo4j(gateway, 'the running graph');
    cached = { extractor: createExtractor({ known }), known, at: performance.now() };
    return cached;
  };
  // A report the graph holds already is drafted as its first draft was: without the entities only it names.
  const extractorBeside = async (loaded: readonly string[]): Promise<Extractor> => {
    const [{ createExtractor }, { knownGraphWithout }] = await Promise.all([
      import('../extract/extract-report.ts'),
      import('../review/reextract-document.ts'),
    ]);
    return createExtractor({ known: await knownGraphWithout(gateway, (await extractor()).known, loaded) });
  };
  return { extractor, extractorBeside };
}

// The body's shape: a text or a file, and the document facts as strings.
function readRequest(posted: unknown): { options: GivenDocumentOptions; read: () => Promise<ReportInput> } {
  if (typeof posted !== 'object' || posted === null || Array.isArray(posted)) throw new BodyShapeError(BODY_SHAPE);
  const body = posted as Record<string, unknown>;
  const optional = (field: keyof GivenDocumentOptions): string | undefined => {
    const value = body[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw new BodyShapeError(`"${field}" must be a string`);
    return value;
  };
  const options = {
    title: optional('title'),
    date: optional('date'),
    url: optional('url'),
    publisher: optional('publisher'),
    kind: optional('kind'),
  };
  if (typeof body.text === 'string' && body.file === undefined) {
    const text = body.text;
    return { options, read: async () => readReportText(text, 'text') };
  }
  const file = body.file as Record<string, unknown> | undefined;
  if (body.text === undefined && typeof file === 'object' && file !== null && typeof file.name === 'string' && typeof file.data === 'string') {
    const { name, data } = file as { name: string; data: string };
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) throw new BodyShapeError('"file.data" must be the file\'s bytes in base64');
    return { options, read: () => readReportInput({ bytes: Buffer.from(data, 'base64'), name: name.trim() || 'file' }) };
  }
  throw new BodyShapeError(BODY_SHAPE);
}
