import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphGateway } from '../db/graph-gateway.ts';
import { EcokgError, ErrorCode } from '../errors/error-codes.ts';
import { DOCUMENT_ID_PATTERN } from '../graph-model/entity-ids.ts';
import type { Logger } from '../logging/create-logger.ts';
import { removeDocument } from '../seed/remove-document.ts';
import { createDocumentPostHandler } from './handle-document-post.ts';
import { createExtractRequestHandler } from './handle-extract-request.ts';
import { createReextractRequestHandler } from './handle-reextract-request.ts';
import { sendErrors, sendJson } from './http-responses.ts';

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
  const postDocument = createDocumentPostHandler(options);
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
    await postDocument(request, response);
    return true;
  };
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
