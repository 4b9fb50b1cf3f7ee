import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { GraphGateway } from '../db/graph-gateway.ts';
import { EcokgError, ErrorCode } from '../errors/error-codes.ts';
import { DOCUMENT_ID_PATTERN } from '../graph-model/entity-ids.ts';
import type { Logger } from '../logging/create-logger.ts';
import { DocumentExistsError, describeExisting, findExistingDocuments } from '../seed/existing-documents.ts';
import { type LoadOutcome, loadSeedDocuments } from '../seed/load-seed.ts';
import { removeDocument } from '../seed/remove-document.ts';
import { type ReviewDecision, reviewDecisionSchema } from '../seed/review-decision.ts';
import { SeedValidationError, validateSeedSource } from '../seed/validate-seed.ts';
import { createExtractRequestHandler } from './handle-extract-request.ts';
import { createReextractRequestHandler } from './handle-reextract-request.ts';
import { readBody, sendErrors, sendJson } from './http-responses.ts';

/** The largest document an admin may post: a report's text and its curated graph. */
export const MAX_ADMIN_BODY_BYTES = 8 * 1024 * 1024;

/** Handles /admin/* requests; resolves false for paths it does not serve. */
export type AdminHandler = (request: IncomingMessage, response: ServerResponse, pathname: string) => Promise<boolean>;

/**
 * The write path of the service: `POST /admin/documents` adds a report (its curated graph and text, and the review's
 * `decisions`) to the graph, validated exactly as `npm run seed` validates a folder and written in one transaction; a
 * report the graph holds already is refused with 409 DOCUMENT_EXISTS unless `"replace": true` (with `?check=true`
 * it only validates: the problems, or `{valid: true, existing}`, and nothing written);
 * `POST /admin/documents/<id>/reextract` drafts a loaded report again and replays its decisions (nothing written);
 * `DELETE /admin/documents/<id>` takes one out again, as `npm run seed -- --remove` does; `POST /admin/extract`
 * drafts a graph from a report's text and writes nothing (see handle-extract-request.ts). Both need `Authorization: Bearer <ADMIN_TOKEN>`, compared in constant time; without a configured token
 * the endpoint does not exist.
 */
export function createAdminHandler(options: { token: string; gateway: GraphGateway; logger: Logger }): AdminHandler {
  const expected = digest(options.token);
  const extract = createExtractRequestHandler(options);
  const reextract = createReextractRequestHandler(options);
  return async (request, response, pathname) => {
    if (!pathname.startsWith('/admin/')) return false;
    if (!isAuthorized(request.headers.authorization, expected)) {
      response.setHeader('WWW-Authenticate', 'Bearer');
      sendErrors(response, 401, ErrorCode.UNAUTHENTICATED, 'This endpoint needs Authorization: Bearer <ADMIN_TOKEN>');
      return true;
    }
    const reextraction = /^\/admin\/documents\/([^/]+)\/reextract$/.exec(pathname);
    if (reextraction && request.method === 'POST') {
      await reextract(response, decodeURIComponent(reextraction[1]!));
      return true;
    }
    const removal = /^\/admin\/documents\/([^/]+)$/.exec(pathname);
    if (removal && request.method === 'DELETE') {
      await removeDocumentFor(response, { gateway: options.gateway, logger: options.logger, documentId: decodeURIComponent(removal[1]!) });
      return true;
    }
    if (pathname === '/admin/extract' && request.method === 'POST') {
      await extract(request, response);
      return true;
    }
    if (pathname !== '/admin/documents' || request.method !== 'POST') {
      sendErrors(
        response,
        404,
        ErrorCode.NOT_FOUND,
        'The admin API has four endpoints: POST /admin/documents, DELETE /admin/documents/<id>, POST /admin/documents/<id>/reextract and POST /admin/extract',
      );
      return true;
    }
    const body = await readBody(request, MAX_ADMIN_BODY_BYTES);
    if (body === 'too-large') {
      response.setHeader('Connection', 'close');
      sendErrors(response, 413, ErrorCode.PAYLOAD_TOO_LARGE, `A document must be at most ${MAX_ADMIN_BODY_BYTES} bytes`);
      return true;
    }
    let posted: { graph?: unknown; text?: unknown; date?: unknown; replace?: unknown; decisions?: unknown };
    try {
      posted = JSON.parse(body.toString('utf8')) as typeof posted;
    } catch (error) {
      sendErrors(response, 400, ErrorCode.BAD_REQUEST, `Malformed JSON body: ${(error as Error).message}`);
      return true;
    }
    if (typeof posted !== 'object' || posted === null || typeof posted.text !== 'string' || posted.graph === undefined) {
      sendErrors(response, 400, ErrorCode.BAD_USER_INPUT, 'The body must be {"graph": <graph.json content>, "text": <the document text>}');
      return true;
    }
    const text = posted.text;
    const decisions = readPostedDecisions(posted.decisions);
    if (typeof decisions === 'string' || (posted.replace !== undefined && typeof posted.replace !== 'boolean')) {
      sendErrors(response, 400, ErrorCode.BAD_USER_INPUT, typeof decisions === 'string' ? decisions : 'replace must be true or false');
      return true;
    }
    // A draft whose text printed no date needs its date confirmed ("date": YYYY-MM-DD) before it checks or loads.
    const result = await validateSeedSource({
      file: 'the posted graph',
      graph: posted.graph,
      readText: async () => text,
      date: typeof posted.date === 'string' ? posted.date : undefined,
      requireConfirmedDate: true,
    });
    if (result.document && decisions) result.document.decisions = decisions;
    // The review page checks a draft as the loader will before it offers to load it: the same validation, no write.
    if (new URL(request.url ?? '/', 'http://admin').searchParams.get('check') === 'true') {
      if (!result.document) sendProblems(response, new SeedValidationError(result.problems));
      else {
        const { document, nodes, relationships } = result.document;
        // The page says before loading that the report is there already, and offers to replace it.
        const existing = await findExistingDocuments(options.gateway, {
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
      return true;
    }
    try {
      if (!result.document) throw new SeedValidationError(result.problems);
      let outcome: LoadOutcome = { status: 'loaded' };
      const summary = await loadSeedDocuments(options.gateway, [result.document], {
        existing: posted.replace === true ? 'replace' : 'refuse',
        onDocument: (_doc, _counts, done) => {
          outcome = done;
        },
      });
      // The request's own logger, so the line carries its request id.
      (request.log ?? options.logger).info(
        { documentId: result.document.document.id, ...summary, ...outcome },
        'document added through the admin API',
      );
      sendJson(response, 200, { loaded: { documentId: result.document.document.id, ...summary, ...outcome } });
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
        return true;
      }
      if (error instanceof EcokgError) {
        sendErrors(response, 503, error.code, error.message);
        return true;
      }
      if (!(error instanceof SeedValidationError)) throw error;
      sendProblems(response, error);
    }
    return true;
  };
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

// DELETE /admin/documents/<id>: one transaction; an unknown or malformed id changes nothing and says so.
async function removeDocumentFor(response: ServerResponse, options: { gateway: GraphGateway; logger: Logger; documentId: string }) {
  const { documentId } = options;
  if (!DOCUMENT_ID_PATTERN.test(documentId)) {
    sendErrors(
      response,
      400,
      ErrorCode.BAD_USER_INPUT,
      `A document id looks like document:slug (lower-case letters, digits and dashes), got ${JSON.stringify(documentId.slice(0, 80))}`,
    );
    return;
  }
  try {
    const removed = await removeDocument(options.gateway, documentId);
    options.logger.info(removed, 'document removed through the admin API');
    sendJson(response, 200, { removed });
  } catch (error) {
    if (!(error instanceof EcokgError)) throw error;
    sendErrors(response, error.code === ErrorCode.NOT_FOUND ? 404 : 503, error.code, error.message);
  }
}

// Comparing fixed-length digests lets timingSafeEqual run on inputs of any length without leaking it.
function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

function isAuthorized(header: string | undefined, expected: Buffer): boolean {
  const match = /^Bearer (\S+)$/i.exec(header ?? '');
  return match !== null && timingSafeEqual(digest(match[1]!), expected);
}
