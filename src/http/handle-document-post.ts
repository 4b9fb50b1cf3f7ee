import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { GraphGateway } from '../db/graph-gateway.ts';
import { EcokgError, ErrorCode } from '../errors/error-codes.ts';
import type { Logger } from '../logging/create-logger.ts';
import { DocumentExistsError, describeExisting, findExistingDocuments } from '../seed/existing-documents.ts';
import { type LoadOutcome, loadSeedDocuments } from '../seed/load-seed.ts';
import { type ReviewDecision, reviewDecisionSchema } from '../seed/review-decision.ts';
import { type PreparedDocument, SeedValidationError, validateSeedSource } from '../seed/validate-seed.ts';
import { readBody, sendErrors, sendJson } from './http-responses.ts';

/** The largest document an admin may post: a report's text and its curated graph. */
export const MAX_ADMIN_BODY_BYTES = 8 * 1024 * 1024;

// What a client posts to /admin/documents, before it is checked.
interface PostedDocument {
  graph?: unknown;
  text?: unknown;
  date?: unknown;
  replace?: unknown;
  decisions?: unknown;
}

/**
 * Creates the handler of `POST /admin/documents`: the posted graph and text validated exactly as `npm run seed`
 * validates a folder, then written in one transaction (or, with `?check=true`, only validated). Every refusal is one
 * error naming what to send instead; nothing is written unless the whole document is valid.
 */
export function createDocumentPostHandler(options: { gateway: GraphGateway; logger: Logger }) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const posted = await readPostedDocument(request, response);
    if (!posted) return;
    // A draft whose text printed no date needs its date confirmed ("date": YYYY-MM-DD) before it checks or loads.
    const result = await validateSeedSource({
      file: 'the posted graph',
      graph: posted.graph,
      readText: async () => posted.text,
      date: typeof posted.date === 'string' ? posted.date : undefined,
      requireConfirmedDate: true,
    });
    if (result.document && posted.decisions) result.document.decisions = posted.decisions;
    // The review page checks a draft as the loader will before it offers to load it: the same validation, no write.
    if (new URL(request.url ?? '/', 'http://admin').searchParams.get('check') === 'true') {
      if (!result.document) sendProblems(response, new SeedValidationError(result.problems));
      else await sendCheckedDocument(response, options.gateway, result.document);
      return;
    }
    try {
      if (!result.document) throw new SeedValidationError(result.problems);
      await loadPostedDocument(request, response, { ...options, document: result.document, replace: posted.replace === true });
    } catch (error) {
      if (error instanceof DocumentExistsError) {
        sendJson(response, 409, {
          errors: [
            {
              message: `${describeExisting(error.existing)}; nothing was written. Post again with "replace": true to replace it.`,
              extensions: { code: ErrorCode.DOCUMENT_EXISTS, existing: error.existing },
            },
          ],
        });
        return;
      }
      if (error instanceof EcokgError) {
        sendErrors(response, 503, error.code, error.message);
        return;
      }
      if (!(error instanceof SeedValidationError)) throw error;
      sendProblems(response, error);
    }
  };
}

// The body as {graph, text, date?, replace?, decisions?}, or undefined once the error saying what is wrong has been sent.
async function readPostedDocument(
  request: IncomingMessage,
  response: ServerResponse,
): Promise<{ graph: unknown; text: string; date?: unknown; replace?: boolean; decisions?: ReviewDecision[] } | undefined> {
  const body = await readBody(request, MAX_ADMIN_BODY_BYTES);
  if (body === 'too-large') {
    response.setHeader('Connection', 'close');
    sendErrors(response, 413, ErrorCode.PAYLOAD_TOO_LARGE, `A document must be at most ${MAX_ADMIN_BODY_BYTES} bytes`);
    return undefined;
  }
  let posted: PostedDocument;
  try {
    posted = JSON.parse(body.toString('utf8')) as PostedDocument;
  } catch (error) {
    sendErrors(response, 400, ErrorCode.BAD_REQUEST, `Malformed JSON body: ${(error as Error).message}`);
    return undefined;
  }
  if (typeof posted !== 'object' || posted === null || typeof posted.text !== 'string' || posted.graph === undefined) {
    sendErrors(response, 400, ErrorCode.BAD_USER_INPUT, 'The body must be {"graph": <graph.json content>, "text": <the document text>}');
    return undefined;
  }
  const decisions = readPostedDecisions(posted.decisions);
  if (typeof decisions === 'string' || (posted.replace !== undefined && typeof posted.replace !== 'boolean')) {
    sendErrors(response, 400, ErrorCode.BAD_USER_INPUT, typeof decisions === 'string' ? decisions : 'replace must be true or false');
    return undefined;
  }
  return { graph: posted.graph, text: posted.text, date: posted.date, replace: posted.replace as boolean | undefined, decisions };
}

// ?check=true: the counts the load would write, and the reports already in the graph that it would replace.
async function sendCheckedDocument(response: ServerResponse, gateway: GraphGateway, prepared: PreparedDocument): Promise<void> {
  const { document, nodes, relationships } = prepared;
  // The page says before loading that the report is there already, and offers to replace it.
  const existing = await findExistingDocuments(gateway, {
    id: document.id,
    textChecksum: String(document.properties.textChecksum),
    url: document.properties.url as string | undefined,
  }).catch(() => []);
  sendJson(response, 200, {
    valid: true,
    documentId: document.id,
    nodes: nodes.length + 1,
    relationships: relationships.length + nodes.length,
    unreviewed: document.properties.unreviewedCount,
    existing,
  });
}

// One transaction; a report the graph holds already is refused (DocumentExistsError) unless the client asked to replace it.
async function loadPostedDocument(
  request: IncomingMessage,
  response: ServerResponse,
  options: { gateway: GraphGateway; logger: Logger; document: PreparedDocument; replace: boolean },
): Promise<void> {
  const { document } = options;
  let outcome: LoadOutcome = { status: 'loaded' };
  const summary = await loadSeedDocuments(options.gateway, [document], {
    existing: options.replace ? 'replace' : 'refuse',
    onDocument: (_doc, _counts, done) => {
      outcome = done;
    },
  });
  // The request's own logger, so the line carries its request id.
  (request.log ?? options.logger).info({ documentId: document.document.id, ...summary, ...outcome }, 'document added through the admin API');
  sendJson(response, 200, { loaded: { documentId: document.document.id, ...summary, ...outcome } });
}

// 400 with every problem as {record, field, message}, so a client can show each beside its record.
function sendProblems(response: ServerResponse, error: SeedValidationError): void {
  sendJson(response, 400, {
    errors: [
      {
        message: error.message,
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          problems: error.problems.map(({ record, field, message, code }) =>
            code === 'DATE_UNCONFIRMED'
              ? { record, field, message: `${message}: send "date": "YYYY-MM-DD" with the graph`, code }
              : { record, field, message },
          ),
        },
      },
    ],
  });
}

// The decision log a load brings with it: absent, or a list of decisions as the review page makes them.
function readPostedDecisions(value: unknown): ReviewDecision[] | undefined | string {
  if (value === undefined) return undefined;
  const parsed = z.array(reviewDecisionSchema).safeParse(value);
  if (parsed.success) return parsed.data as ReviewDecision[];
  const issue = parsed.error.issues[0]!;
  return `decisions${issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('')}: ${issue.message}`;
}
