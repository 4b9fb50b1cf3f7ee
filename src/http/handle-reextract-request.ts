import type { ServerResponse } from 'node:http';
import type { GraphGateway } from '../db/graph-gateway.ts';
import { EcokgError, ErrorCode } from '../errors/error-codes.ts';
import { DOCUMENT_ID_PATTERN } from '../graph-model/entity-ids.ts';
import type { Logger } from '../logging/create-logger.ts';
import { sendErrors, sendJson } from './http-responses.ts';

/**
 * Creates the handler of `POST /admin/documents/<id>/reextract`: the loaded report drafted again by the extractor as
 * it is now, with its decision log to replay (`decisions`), the decisions that no longer find their record (`stale`),
 * and what the reviewed new draft changes against the loaded version (`changes`: added, removed, changed). Nothing
 * is written; posting the reviewed draft with `"replace": true` replaces the loaded version in one transaction.
 */
export function createReextractRequestHandler(options: { gateway: GraphGateway; logger: Logger }) {
  return async (response: ServerResponse, documentId: string): Promise<void> => {
    if (!DOCUMENT_ID_PATTERN.test(documentId)) {
      sendErrors(response, 400, ErrorCode.BAD_USER_INPUT, `A document id looks like document:slug, got ${JSON.stringify(documentId.slice(0, 80))}`);
      return;
    }
    try {
      // Loaded on the first request, as the extractor is: the service's start-up costs nothing for it.
      const { reextractDocument } = await import('../review/reextract-document.ts');
      const result = await reextractDocument(options.gateway, documentId, { source: 'the running graph' });
      options.logger.info(
        { documentId, decisions: result.decisions.length, stale: result.replay.stale.length, undecided: result.undecided },
        'report re-extracted',
      );
      sendJson(response, 200, {
        documentId,
        text: result.text,
        graph: result.graph,
        summary: result.summary,
        decisions: result.decisions,
        applied: result.replay.applied,
        stale: result.replay.stale,
        changes: result.changes,
        undecided: result.undecided,
      });
    } catch (error) {
      if (!(error instanceof EcokgError)) throw error;
      const status = error.code === ErrorCode.NOT_FOUND ? 404 : error.code === ErrorCode.BAD_USER_INPUT ? 400 : 503;
      sendErrors(response, status, error.code, error.message);
    }
  };
}
