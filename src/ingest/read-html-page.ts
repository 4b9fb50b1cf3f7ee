import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { composeReportText, trimLine } from './compose-report-text.ts';
import { InputError } from './input-problem.ts';
import { readHtmlParagraphs } from './read-html-paragraphs.ts';
import { type ElementLike, isInfoLine, type NodeLike, type PageFacts, readDate, readPageFacts } from './read-page-facts.ts';

/** A web page's article as report text, and what the page says about it. */
export interface PageText {
  text: string;
  facts: PageFacts;
}

// An article has sentences of Chinese text: fewer Han characters than this, outside links, is a page of links or a stub.
const MIN_ARTICLE_HAN = 40;

/**
 * Reads a web page as a report: the article's main text found by Mozilla's Readability over a linkedom DOM
 * (menus, share and print links, related articles and copyright lines left out), laid out as the team's plain
 * reports are (title, then paragraphs); the title, date, author, source and URL come from the page's meta tags
 * and its 来源/作者/发布时间 line, which themselves stay out of the text. A page with no text, or whose article
 * cannot be found, is refused.
 */
export function readHtmlPage(html: string, source: string): PageText {
  const full = /<html[\s>]|<body[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(full);
  const facts = readPageFacts(document as unknown as Parameters<typeof readPageFacts>[0], html);
  const pageTitle = trimLine(document.querySelector('title')?.textContent ?? '');
  if (!/\S/.test(document.body?.textContent ?? '')) throw new InputError({ code: 'empty-page', source });

  // Readability changes the document as it reads it, so the facts above are taken first.
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
    charThreshold: 200,
    serializer: (node) => node,
  }).parse();
  const content = article?.content as unknown as NodeLike | null | undefined;
  if (!content) throw new InputError({ code: 'no-article', source });

  const title = facts.title ?? (cutSiteName(pageTitle) || trimLine(article?.title ?? ''));
  let paragraphs = readHtmlParagraphs(content);
  // The headline and the 来源/发布时间 line when Readability kept them in the article, and a closing (责任编辑：…) line.
  while (paragraphs[0] && (paragraphs[0].join('') === title || isInfoLine(paragraphs[0].join(' ')))) paragraphs = paragraphs.slice(1);
  while (paragraphs.length > 0 && isInfoLine(paragraphs.at(-1)!.join(' '))) paragraphs = paragraphs.slice(0, -1);
  const hanOutsideLinks = countHan(paragraphs.flat().join('')) - countHan(linkText(content));
  if (hanOutsideLinks < MIN_ARTICLE_HAN) throw new InputError({ code: 'no-article', source });

  const text = composeReportText(title || paragraphs[0]?.join('') || '', title ? paragraphs : paragraphs.slice(1));
  return {
    text,
    facts: {
      ...facts,
      ...(title && { title }),
      date: facts.date ?? readDate(article?.publishedTime ?? undefined),
      author: facts.author ?? (trimLine(article?.byline ?? '') || undefined),
      source: facts.source ?? (trimLine(article?.siteName ?? '') || undefined),
    },
  };
}

/** A page's <title> without its site's name: `标题_中华人民共和国生态环境部`, `标题--嘉川省生态环境厅`, `标题 - 中国环境网`. */
export function cutSiteName(title: string): string {
  const parts = title.split(/\s*(?:--|——|_|\||\s-\s|\s–\s)\s*/).filter((part) => part.trim() !== '');
  return parts[0]?.trim() ?? '';
}

function linkText(root: NodeLike): string {
  let text = '';
  const walk = (node: NodeLike) => {
    if (node.nodeType !== 1) return;
    if (node.nodeName.toUpperCase() === 'A') text += (node as unknown as ElementLike).textContent ?? '';
    else for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return text;
}

function countHan(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0;
}
