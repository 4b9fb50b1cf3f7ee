/** A piece of text, where it starts (in UTF-16 units), and whether it is Chinese. */
export interface TextRun {
  text: string;
  start: number;
  chinese: boolean;
}

// A run starts with a Han character and goes on through Han characters and CJK punctuation (、。“” and
// full-width forms), so 精准治污 and 生态环境部党组书记、部长 are each one run.
const CHINESE_RUN = /\p{Script=Han}[\p{Script=Han}\u3000-\u303f\uff01-\uff5e“”‘’]*/gu;

/**
 * Cuts mixed English and Chinese text into runs, so a page can mark the Chinese ones lang="zh-Hans":
 * screen readers then read them in Chinese, and the CJK fonts draw them.
 */
export function splitChinese(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(CHINESE_RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), start: last, chinese: false });
    runs.push({ text: match[0], start: match.index, chinese: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), start: last, chinese: false });
  return runs;
}
