import type { DocumentKindValue } from '../graph-model/stored-values.ts';
import type { OrganizationMention } from './mention-types.ts';
import { DOCUMENT_KIND_WORDS, SOURCE_URL_WORDS } from './rules/document-shapes.ts';
import type { Span, TextIndex } from './text-index.ts';

/** What the caller says of the document; anything left out is read from the text. */
export interface DocumentOptions {
  title?: string;
  /** ISO date (YYYY-MM-DD) the report was published. */
  date?: string;
  url?: string;
  publisher?: string;
  kind?: DocumentKindValue;
}

/** The document block's facts, with where each came from. */
export interface DocumentFacts {
  title: string;
  /** Where the title stands in the text (the first non-empty line when the given title is not there). */
  titleSpan: Span;
  publishedAt?: string;
  /** The words the date was read from, when it came from the text. */
  dateWords?: string;
  url?: string;
  publisher?: string;
  kind: NonNullable<DocumentOptions['kind']>;
  reviews: string[];
}

/**
 * Reads the document's title (the first non-empty line unless given), its date (given, or the first full date
 * the text states near its start or in a dateline, or the last day of the event it reports), its URL (given,
 * or after 原文地址 in the text), its publisher (given, or the media of its byline) and its kind (given, or
 * by words of its title: 新闻发布会, 工作报告, 工作动态, 公报).
 */
export function readDocumentFacts(
  index: TextIndex,
  options: DocumentOptions,
  bylineMedia: OrganizationMention | undefined,
  hasReporters: boolean,
): DocumentFacts {
  const text = index.text;
  const reviews: string[] = [];
  const firstLine = /\S[^\n]*/u.exec(text);
  const firstLineText = firstLine ? firstLine[0].trim() : '';
  const firstLineStart = firstLine ? firstLine.index : 0;
  let title = options.title?.trim() || firstLineText;
  let titleUnits = text.indexOf(title);
  if (titleUnits < 0) {
    reviews.push('the given title is not in the text; its evidence is the first line');
    titleUnits = firstLineStart;
  }
  const titleEvidence = titleUnits === firstLineStart && text.indexOf(title) < 0 ? firstLineText : title;
  if (!title) title = firstLineText;
  const titleSpan = index.spanOfPrintedUnits(titleUnits, titleUnits + titleEvidence.length);

  let publishedAt = options.date;
  let dateWords: string | undefined;
  if (!publishedAt) {
    const stated = statedDate(text, title);
    if (stated) {
      publishedAt = stated.iso;
      dateWords = stated.words;
      reviews.push(`date read from the text: ${stated.words}`);
    }
  }

  let url = options.url;
  if (!url) {
    for (const word of SOURCE_URL_WORDS) {
      const m = new RegExp(`${word}[：:]\\s*(https?://[^\\s，。）)]+)`, 'u').exec(text);
      if (m) {
        url = m[1];
        break;
      }
    }
  }
  const publisher = options.publisher ?? bylineMedia?.name;
  let kind = options.kind;
  if (!kind) {
    const head = `${title}\n${text.slice(0, 200)}`;
    kind = DOCUMENT_KIND_WORDS.find((entry) => entry.words.some((word) => title.includes(word)))?.kind;
    if (!kind) kind = DOCUMENT_KIND_WORDS.find((entry) => entry.kind !== 'release' && entry.words.some((word) => head.includes(word)))?.kind;
    kind = kind ?? (hasReporters ? 'news-report' : 'other');
  }
  return { title, titleSpan, publishedAt, dateWords, url, publisher, kind, reviews };
}

// The date a report states: a full date near the start (a dateline or the date under a speech), a date range
// of a digest (its last day), or the year of the title with the month and day of the event (its last day).
function statedDate(text: string, title: string): { iso: string; words: string } | undefined {
  const head = text.slice(0, 600);
  const range = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*[—–\-至到~～]\s*(?:(\d{1,2})月)?(\d{1,2})日/u.exec(head);
  if (range) return { iso: iso(range[1]!, range[4] ?? range[2]!, range[5]!), words: range[0] };
  const full = /(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(head) ?? /(\d{4})-(\d{2})-(\d{2})/u.exec(head);
  if (full) return { iso: iso(full[1]!, full[2]!, full[3]!), words: full[0] };
  const year = /(\d{4})年/u.exec(title)?.[1];
  const day = /(\d{1,2})月(\d{1,2})日(?:\s*[-—–至到~～]\s*(?:(\d{1,2})月)?(\d{1,2})日)?/u.exec(head);
  if (year && day) return { iso: iso(year, day[3] ?? day[1]!, day[4] ?? day[2]!), words: `${year}年 … ${day[0]}` };
  return undefined;
}

function iso(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * The date a draft carries when the text prints none: 1 January of the latest year the title or the opening
 * names (a work conference of 2017 reviews 2016), else of the current year. Loading refuses it until confirmed.
 */
export function placeholderDate(text: string, title: string): string {
  const years = [...`${title}\n${text.slice(0, 600)}`.matchAll(/(?<!\d)((?:19|20)\d{2})年/gu)].map((m) => Number(m[1]));
  const year = years.length > 0 ? Math.max(...years) : new Date().getUTCFullYear();
  return `${year}-01-01`;
}
