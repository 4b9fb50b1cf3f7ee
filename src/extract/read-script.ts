import * as OpenCC from 'opencc-js';

// Reports reposted on pages in traditional script (site-wide conversion of mainland pages) are a common shape of
// saved real reports: read in simplified, every table and the segmenter's dictionary find their words again.
// A simplified report may still hold a few characters the converter would change; such a text is read as printed,
// so only a text mostly in traditional script is converted.
const TRADITIONAL_SHARE = 0.05;
const HAN = /\p{Script=Han}/u;

// Variant forms Big5 and Hong Kong fonts print that OpenCC's tables leave as they are: 陜 for 陝 (陕西, Shaanxi).
const VARIANTS: Readonly<Record<string, string>> = { 陜: '陕' };
const VARIANT_PATTERN = new RegExp(`[${Object.keys(VARIANTS).join('')}]`, 'gu');

let toSimplified: ((text: string) => string) | undefined;

// OpenCC's tables load on the first report, so a process that extracts nothing never pays for them.
function simplifiedConverter(): (text: string) => string {
  const convert = toSimplified ?? OpenCC.Converter({ from: 't', to: 'cn' });
  toSimplified = convert;
  return convert;
}

/**
 * The text as the finders read it when it is printed in traditional characters: converted to simplified with
 * OpenCC's phrase tables (so 著名 and 乾隆 stay as they are), line by line, keeping any line whose conversion would
 * change its length as printed, so every offset into the result is an offset into the original. A text in
 * simplified characters is returned as it is.
 */
export function readSimplified(text: string): string {
  const convert = simplifiedConverter();
  const lines = text.split('\n').map((line) => {
    const converted = convert(line).replace(VARIANT_PATTERN, (ch) => VARIANTS[ch] ?? ch);
    return converted.length === line.length ? converted : line;
  });
  const converted = lines.join('\n');
  let han = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (!HAN.test(text[i]!)) continue;
    han += 1;
    if (converted[i] !== text[i]) changed += 1;
  }
  return han > 0 && changed / han >= TRADITIONAL_SHARE ? converted : text;
}
