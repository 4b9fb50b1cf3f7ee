import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphGateway } from '../db/graph-gateway.ts';
import { EcokgError, ErrorCode } from '../errors/error-codes.ts';
import type { Extractor } from '../extract/extract-report.ts';
import type { KnownGraph } from '../extract/known-graph.ts';
import { type DocumentOptions, MissingDateError } from '../extract/read-document-facts.ts';
import { BadInputError, checkText, MAX_INPUT_BYTES } from '../extract/read-input-text.ts';
import type { Logger } from '../logging/create-logger.ts';
import { findExistingDocuments } from '../seed/existing-documents.ts';
import { isCalendarDate } from '../seed/seed-schema.ts';
import { checksumText } from '../seed/validate-seed.ts';
import { readBody, sendErrors, sendJson } from './http-responses.ts';

// The text may be 5 MB; JSON escapes can make its body a little larger.
const MAX_EXTRACT_BODY_BYTES = MAX_INPUT_BYTES + 1024 * 1024;
// The graph's entities change only when a document is loaded; reading them once a minute is fresh enough.
const KNOWN_GRAPH_TTL_MS = 60_000;
const KINDS = ['news-report', 'work-report', 'press-conference', 'digest', 'release', 'other'];

/** Creates the handler of `POST /admin/extract`, which keeps one extractor over the running graph's entities. */
export function createExtractRequestHandler(options: { gateway: GraphGateway; logger: Logger }) {
  let cached: { extractor: Extractor; known: KnownGraph; at: number } | undefined;
  const extractor = async (): Promise<{ extractor: Extractor; known: KnownGraph }> => {
    if (cached && performance.now() - cached.at < KNOWN_GRAPH_TTL_MS) return cached;
    // Loaded on the first request: the segmenter and pinyin tables cost the service's start-up nothing.
    const [{ createExtractor }, { loadKnownGraphFromNeo4j }] = await Promise.all([
      import('../extract/extract-report.ts'),
      import('../extract/known-graph.ts'),
    ]);
    const known = await loadKnownGraphFromNeo4j(options.gateway, 'the running graph');
    cached = { extractor: createExtractor({ known }), known, at: performance.now() };
    return cached;
  };
  // A report the graph holds already is drafted as its first draft was: without the entities only it names.
  const extractorBeside = async (loaded: readonly string[]): Promise<Extractor> => {
    const [{ createExtractor }, { knownGraphWithout }] = await Promise.all([
      import('../extract/extract-report.ts'),
      import('../review/reextract-document.ts'),
    ]);
    return createExtractor({ known: await knownGraphWithout(options.gateway, (await extractor()).known, loaded) });
  };

  /**
   * `POST /admin/extract` with `{text, title?, date?, url?, publisher?, kind?}`: the draft graph of the text in
   * the seed format, the text it refers to, a summary, and the documents of the graph this report already is
   * (`existing`: same text, URL or id), resolved against the running graph; nothing is written.
   */
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = await readBody(request, MAX_EXTRACT_BODY_BYTES);
    if (body === 'too-large') {
      response.setHeader('Connection', 'close');
      sendErrors(response, 413, ErrorCode.PAYLOAD_TOO_LARGE, `A report must be at most ${MAX_INPUT_BYTES} bytes (5 MB)`);
      return;
    }
    let posted: Record<string, unknown>;
    try {
      posted = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    } catch (error) {
      sendErrors(response, 400, ErrorCode.BAD_REQUEST, `Malformed JSON body: ${(error as Error).message}`);
      return;
    }
    try {
      const { text, documentOptions } = readRequest(posted);
      const checked = checkText(text, 'text');
      let result = (await extractor()).extractor.extract(checked.text, documentOptions);
      // One report, one document: the page offers to open the loaded version, or to replace it, instead of a copy.
      const existing = await findExistingDocuments(options.gateway, {
        id: result.graph.document.id,
        textChecksum: checksumText(checked.text),
        url: typeof result.graph.document.url === 'string' ? result.graph.document.url : null,
      });
      if (existing.length > 0) result = (await extractorBeside(existing.map((copy) => copy.id))).extract(checked.text, documentOptions);
      options.logger.info(
        { documentId: result.graph.document.id, nodes: result.graph.nodes.length, review: result.summary.review.length, existing: existing.length },
        'draft extracted',
      );
      sendJson(response, 200, { graph: result.graph, text: checked.text, summary: { ...result.summary, htmlStripped: checked.fromHtml }, existing });
    } catch (error) {
      if (error instanceof BadInputError) {
        sendErrors(response, error.code === 'PAYLOAD_TOO_LARGE' ? 413 : 400, ErrorCode[error.code], error.message);
        return;
      }
      if (error instanceof MissingDateError) {
        // `field` lets a form put the message beside its own date field, in its own words.
        sendJson(response, 400, {
          errors: [
            {
              message: error.message.replace('--date YYYY-MM-DD', '"date": "YYYY-MM-DD"'),
              extensions: { code: ErrorCode.BAD_USER_INPUT, field: 'date' },
            },
          ],
        });
        return;
      }
      if (error instanceof EcokgError) {
        sendErrors(response, 503, error.code, error.message);
        return;
      }
      throw error;
    }
  };
}

function readRequest(posted: Record<string, unknown>): { text: string; documentOptions: DocumentOptions } {
  if (typeof posted !== 'object' || posted === null || Array.isArray(posted) || typeof posted.text !== 'string') {
    throw new BadInputError('The body must be {"text": <the report>, "title"?, "date"?: "YYYY-MM-DD", "url"?, "publisher"?, "kind"?}');
  }
  const optional = (field: string): string | undefined => {
    const value = posted[field];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string') throw new BadInputError(`${field} must be a string`);
    return value;
  };
  const date = optional('date');
  if (date !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(date) && isCalendarDate(date))) {
    throw new BadInputError(`date must be a real date as YYYY-MM-DD, such as 2020-01-13, got "${date}"`);
  }
  const kind = optional('kind');
  if (kind !== undefined && !KINDS.includes(kind)) throw new BadInputError(`kind must be one of ${KINDS.join(', ')}, got "${kind}"`);
  const url = optional('url');
  if (url !== undefined && !URL.canParse(url)) throw new BadInputError(`url must be a URL, got "${url}"`);
  return {
    text: posted.text as string,
    documentOptions: { title: optional('title'), date, url, publisher: optional('publisher'), kind: kind as DocumentOptions['kind'] },
  };
}
