// Types only, without Node imports, so the review page (web/review) can share them with the service.

/** A document of the graph that a report being loaded already is, and how it was recognised. */
export interface ExistingDocument {
  id: string;
  name: string;
  publishedAt: string;
  /** What the two share: the same id, the same text (by checksum) or the same URL. */
  matches: Array<'id' | 'text' | 'url'>;
  /** Loaded from a draft of the extractor, so it can be re-extracted. */
  extracted: boolean;
  /** How many review decisions it keeps. */
  decisions: number;
  textChecksum: string | null;
  graphChecksum: string | null;
}

/** What identifies a report: its id, its text's checksum and its URL when it has one. */
export interface ReportKeys {
  id: string;
  textChecksum: string;
  url?: string | null;
}
