/** The largest report the extractor accepts: a long work report is a few hundred kilobytes. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** Raised for input the extractor refuses; its message is the one line a user sees. */
export class BadInputError extends Error {
  override readonly name = 'BadInputError';
  readonly code: 'BAD_USER_INPUT' | 'PAYLOAD_TOO_LARGE';

  constructor(message: string, code: 'BAD_USER_INPUT' | 'PAYLOAD_TOO_LARGE' = 'BAD_USER_INPUT') {
    super(message);
    this.code = code;
  }
}

/** The text to extract from, and whether it came from HTML (its tags stripped). */
export interface InputText {
  text: string;
  fromHtml: boolean;
}

/**
 * Checks a report's bytes and decodes them: empty, binary (NUL or other control bytes), not UTF-8, or over
 * 5 MB are refused with one line saying so. An HTML page is accepted: its tags, scripts and styles are
 * stripped and its entities decoded, and the caller stores the stripped text, since evidence offsets must
 * refer to the text the draft is loaded with.
 */
export function readInputText(bytes: Uint8Array, source: string): InputText {
  if (bytes.byteLength > MAX_INPUT_BYTES) {
    throw new BadInputError(`${source} is ${bytes.byteLength} bytes; a report must be at most ${MAX_INPUT_BYTES} bytes (5 MB)`, 'PAYLOAD_TOO_LARGE');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new BadInputError(`${source} is not UTF-8 text (is it a binary file, or GBK?); save it as UTF-8`);
  }
  return checkText(text, source);
}

/** The same checks for text that arrives as a string (the admin endpoint's JSON body). */
export function checkText(text: string, source: string): InputText {
  if (Buffer.byteLength(text, 'utf8') > MAX_INPUT_BYTES) {
    throw new BadInputError(`${source} is over ${MAX_INPUT_BYTES} bytes; a report must be at most 5 MB`, 'PAYLOAD_TOO_LARGE');
  }
  // Control characters other than tab, line feed and carriage return mean a binary file.
  if (hasControlCharacters(text)) throw new BadInputError(`${source} looks binary (control characters); a report must be plain UTF-8 text`);
  const withoutBom = text.replace(/^\uFEFF/, '');
  if (withoutBom.trim().length === 0) throw new BadInputError(`${source} is empty; a report needs its text`);
  if (looksLikeHtml(withoutBom)) {
    const stripped = stripHtml(withoutBom);
    if (stripped.trim().length === 0) throw new BadInputError(`${source} is an HTML page with no text`);
    return { text: stripped, fromHtml: true };
  }
  if (!/\p{Script=Han}/u.test(withoutBom)) throw new BadInputError(`${source} has no Chinese text; the extractor reads Chinese reports`);
  return { text, fromHtml: false };
}

function hasControlCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0xfffd) return true;
  }
  return false;
}

function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(<!doctype html|<html[\s>])/i.test(text) || (/<(p|div|body|br|span|h[1-6])[\s>/]/i.test(text) && /<\/(p|div|body|span|h[1-6])>/i.test(text))
  );
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  hellip: '…',
};

/** The visible text of an HTML page: scripts, styles and tags removed, block ends as line breaks, entities decoded. */
export function stripHtml(html: string): string {
  return html
    .replace(/<(script|style|noscript|template)[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(br|\/p|\/div|\/h[1-6]|\/li|\/tr|\/title)\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, body: string) => {
      if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
      if (body.startsWith('#')) return String.fromCodePoint(Number(body.slice(1)));
      return ENTITIES[body.toLowerCase()] ?? entity;
    })
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .concat('\n');
}
