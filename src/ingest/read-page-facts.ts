import { isCalendarDate } from '../seed/seed-schema.ts';
import { trimLine } from './compose-report-text.ts';

/** What a page says about its article outside the article's text: the facts a draft's document block takes. */
export interface PageFacts {
  title?: string;
  /** ISO date (YYYY-MM-DD) of publication. */
  date?: string;
  author?: string;
  /** Who published the article (来源, ContentSource), else the site's name. */
  source?: string;
  url?: string;
}

// Meta tags that carry each fact, in the order they are trusted: the article's own tags before the site's.
// Government sites built on TRS and similar systems use ArticleTitle/PubDate/ContentSource; newspapers Open Graph.
const META_NAMES = {
  title: ['articletitle', 'og:title', 'twitter:title', 'dc.title'],
  date: [
    'article:published_time',
    'pubdate',
    'publishdate',
    'publish_date',
    'publishtime',
    'firstpublishedtime',
    'dc.date',
    'dcterms.created',
    'og:release_date',
  ],
  author: ['author', 'article:author', 'dc.creator', 'contentauthor'],
  source: ['contentsource', 'source', 'og:site_name', 'sitename', 'application-name'],
  url: ['og:url', 'url', 'twitter:url'],
} as const;

// The 来源/作者/发布时间 line under a headline: its keys, each with the fact it gives.
const INFO_KEYS: ReadonlyArray<{ words: readonly string[]; fact: keyof PageFacts | null }> = [
  { words: ['来源', '稿件来源', '信息来源', '文章来源', '稿源'], fact: 'source' },
  { words: ['作者', '记者', '撰稿'], fact: 'author' },
  { words: ['发布时间', '发布日期', '发稿时间', '时间', '日期', '发表时间', '更新时间'], fact: 'date' },
  // Read so that their values end the ones before them, but no fact of the document.
  { words: ['责任编辑', '编辑', '浏览次数', '点击数', '阅读', '字号', '访问量', '审核'], fact: null },
];
const INFO_WORDS = INFO_KEYS.flatMap((key) => key.words).sort((a, b) => b.length - a.length);
const INFO_PAIR = new RegExp(`(${INFO_WORDS.join('|')})\\s*[:：]\\s*`, 'u');
// For matchAll, which needs the g flag; never exec'd, so its lastIndex stays 0.
const INFO_PAIRS = new RegExp(INFO_PAIR.source, 'gu');

/** The facts of a page, from its meta tags, its 来源/作者/发布时间 line and the URL a browser noted when saving it. */
export function readPageFacts(document: ParentNodeLike, html: string): PageFacts {
  const meta = new Map<string, string>();
  for (const element of document.querySelectorAll('meta')) {
    const name = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop') ?? '').toLowerCase();
    const content = trimLine(element.getAttribute('content') ?? '');
    if (name && content && !meta.has(name)) meta.set(name, content);
  }
  const fromMeta = (fact: keyof typeof META_NAMES) => META_NAMES[fact].map((name) => meta.get(name)).find((value) => value);
  const info = readInfoLine(document);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  // "Save page as" writes `<!-- saved from url=(0042)https://… -->` at the top of the file.
  const savedFrom = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2048))?.[1];
  const url = [fromMeta('url'), canonical, savedFrom].find((value) => value !== undefined && /^https?:\/\//.test(value) && URL.canParse(value));
  return withoutUndefined({
    title: fromMeta('title'),
    date: readDate(fromMeta('date')) ?? readDate(info.date),
    author: info.author ?? fromMeta('author'),
    source: info.source ?? fromMeta('source'),
    url,
  });
}

/** Whether a paragraph is only a 来源/作者/发布时间/责任编辑 line (or its print and font-size links): page furniture, not article. */
export function isInfoLine(paragraph: string): boolean {
  const text = paragraph.replace(/[（）()【】[\]|]/g, ' ').trim();
  const first = INFO_PAIR.exec(text);
  if (!first) return /^(?:字号\s*[:：]?\s*)?[大中小\s]+$|^(?:打印|关闭|打印本页|关闭窗口|分享到?)(?:\s|$)/.test(text);
  // Every key starts near the line's beginning and no sentence ends inside: 来源：新华社 作者：… is furniture, a
  // sentence that says 时间：… in its middle is text.
  return first.index <= 12 && !/[。！？；]/.test(text) && text.length <= 160;
}

// The 来源/作者/发布时间 line: the smallest elements whose text holds key：value pairs, first value of each fact wins.
function readInfoLine(document: ParentNodeLike): Partial<Record<keyof PageFacts, string>> {
  const found: Partial<Record<keyof PageFacts, string>> = {};
  for (const element of document.querySelectorAll('body *')) {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 200 || !isInfoLine(text)) continue;
    // The smallest element that holds the line: a child that holds a key too is read on its own turn.
    if ([...element.children].some((child) => isInfoLine((child.textContent ?? '').replace(/\s+/g, ' ').trim()))) continue;
    for (const [fact, value] of readPairs(text)) if (found[fact] === undefined && value) found[fact] = value;
  }
  return found;
}

function readPairs(text: string): Array<[keyof PageFacts, string]> {
  const pairs: Array<[keyof PageFacts, string]> = [];
  const matches = [...text.matchAll(INFO_PAIRS)];
  matches.forEach((match, i) => {
    const fact = INFO_KEYS.find((key) => key.words.includes(match[1]!))?.fact;
    if (!fact) return;
    const end = matches[i + 1]?.index ?? text.length;
    // A value ends at the next key, or at a wide gap (two spaces, &nbsp;&nbsp;) before other furniture.
    const value = trimLine(text.slice(match.index + match[0].length, end).split(/\s{2,}|[【|]/)[0] ?? '');
    pairs.push([fact, value]);
  });
  return pairs;
}

/** An ISO date from the ways pages write one: 2020-01-13T08:00:00+08:00, 2020-01-13 09:30, 2020年1月13日, 2020/01/13. */
export function readDate(value: string | undefined): string | undefined {
  const m = value && /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/.exec(value);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The part of a DOM document (linkedom's) the readers use. */
export interface ParentNodeLike {
  querySelectorAll(selector: string): Iterable<ElementLike>;
  querySelector(selector: string): ElementLike | null;
}

/** The part of a DOM element the readers use. */
export interface ElementLike {
  readonly tagName: string;
  readonly textContent: string | null;
  readonly children: ArrayLike<ElementLike> & Iterable<ElementLike>;
  readonly childNodes: ArrayLike<NodeLike> & Iterable<NodeLike>;
  getAttribute(name: string): string | null;
}

/** The part of a DOM node the readers use. */
export interface NodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<NodeLike> & Iterable<NodeLike>;
}
