import type { DraftGraph } from '../extract/build-draft.ts';
import type { ExtractionSummary, Extractor } from '../extract/extract-report.ts';
import type { DocumentOptions } from '../extract/read-document-facts.ts';
import type { ReportOrigin } from '../seed/seed-schema.ts';
import { mergeDocumentOptions } from './read-document-options.ts';
import type { ReportInput } from './read-report-input.ts';

/** A report's draft: the graph (its document block saying what it was made from), the text it refers to, a summary. */
export interface ReportDraft {
  graph: DraftGraph;
  text: string;
  summary: ExtractionSummary;
  origin: ReportOrigin;
}

/**
 * Extracts the draft of a report read from any format: the facts its file states (a page's title, date, URL
 * and source) are the document's, unless the caller gives others; the document block records the origin. A
 * report whose date is neither given nor stated gets a placeholder date marked unconfirmed, which loading refuses.
 */
export function draftReport(extractor: Extractor, input: ReportInput, given: DocumentOptions = {}): ReportDraft {
  const read: DocumentOptions = { title: input.facts.title, date: input.facts.date, url: input.facts.url, publisher: input.facts.source };
  const result = extractor.extract(input.text, mergeDocumentOptions(read, given));
  const graph = { ...result.graph, document: { ...result.graph.document, origin: input.origin } };
  return { graph, text: input.text, summary: result.summary, origin: input.origin };
}
