import nzh from 'nzh';

/**
 * Turns a number as reports write it into a JavaScript number: Arabic digits (2899, 3.1, full-width ３),
 * or Chinese numerals (五, 一百六十八, 两), which the nzh library decodes. Undefined when it is neither.
 */
export function parseChineseNumber(text: string): number | undefined {
  const ascii = text.replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (/^\d+(?:\.\d+)?$/.test(ascii)) return Number(ascii);
  if (!/^[零〇一二两三四五六七八九十百千万亿]+$/u.test(text)) return undefined;
  const value = Number(nzh.cn.decodeS(text.replace(/两/g, '二').replace(/〇/g, '零')));
  return Number.isFinite(value) ? value : undefined;
}
