/**
 * How a report tells what kind it is, who published it and when: words in its title or first lines give
 * the kind; a byline names the publisher; a dateline or a stated date gives the date.
 */
import type { DocumentKindValue } from '../../graph-model/stored-values.ts';

/** Document kinds by words of the title, first match wins. */
export const DOCUMENT_KIND_WORDS: readonly { words: readonly string[]; kind: DocumentKindValue }[] = [
  { words: ['新闻发布会', '发布会', '新闻通气会', '答记者问'], kind: 'press-conference' },
  { words: ['工作报告', '政府工作报告', '报告（摘要）', '上的讲话'], kind: 'work-report' },
  { words: ['工作动态', '周报', '简报', '动态（'], kind: 'digest' },
  { words: ['公报', '发布', '公布', '通报', '签署', '印发'], kind: 'release' },
];

/** Words that introduce a URL of the original in the text (原文地址：http…). */
export const SOURCE_URL_WORDS: readonly string[] = ['原文地址', '原文链接', '来源', '链接'];
