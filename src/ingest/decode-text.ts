import chardet from 'chardet';
import { InputError } from './input-problem.ts';

/** A text and the encoding its bytes were in (the WHATWG name: utf-8, utf-16le, gb18030, big5). */
export interface DecodedText {
  text: string;
  encoding: string;
}

const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  // GB18030's own byte order mark, which Windows tools write for the encoding.
  { bytes: [0x84, 0x31, 0x95, 0x33], encoding: 'gb18030' },
];

// The Chinese encodings a report comes in besides Unicode, by the names a page or a detector gives them. GB2312
// and GBK are subsets of GB18030, so GB18030 decodes all three; Big5-HKSCS is a superset of Big5 that WHATWG's big5 decodes.
const CHINESE_ENCODINGS: Readonly<Record<string, string>> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  gb18030: 'gb18030',
  'x-gbk': 'gb18030',
  'euc-cn': 'gb18030',
  hz: 'gb18030',
  big5: 'big5',
  'big5-hkscs': 'big5',
  'x-x-big5': 'big5',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
  ascii: 'utf-8',
  'us-ascii': 'utf-8',
};

/**
 * Decodes a report's bytes: a byte order mark decides first, then the encoding the file declares (a page's
 * `<meta charset>`, passed as `declared`), then UTF-8 when the bytes are valid UTF-8, then the encoding the
 * chardet library detects among GB18030 (GBK, GB2312) and Big5. Bytes that none of these decodes cleanly are
 * refused in one line.
 */
export function decodeText(bytes: Uint8Array, options: { source: string; declared?: string }): DecodedText {
  const bom = BOMS.find((entry) => entry.bytes.every((byte, i) => bytes[i] === byte));
  if (bom) return { text: decode(bytes.subarray(bom.bytes.length), bom.encoding) ?? refuse(options.source, bom.encoding), encoding: bom.encoding };
  const declared = options.declared ? CHINESE_ENCODINGS[options.declared.trim().toLowerCase()] : undefined;
  if (declared) {
    const text = decode(bytes, declared);
    if (text !== undefined) return { text, encoding: declared };
  }
  const utf8 = decode(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const guess = chardet.detect(bytes);
  const encoding = guess ? CHINESE_ENCODINGS[guess.toLowerCase()] : undefined;
  const text = encoding && encoding !== 'utf-8' ? decode(bytes, encoding) : undefined;
  if (text !== undefined && encoding) return { text, encoding };
  return refuse(options.source, guess ?? undefined);
}

/** The charset a page declares in its first bytes (`<meta charset>` or `http-equiv` Content-Type), or an XML declaration's. */
export function readDeclaredCharset(bytes: Uint8Array): string | undefined {
  // Declarations are ASCII and come early (the HTML standard's prescan reads 1024 bytes; saved pages put comments first).
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1] ?? /^<\?xml[^>]+encoding\s*=\s*["']([\w-]+)["']/i.exec(head)?.[1] ?? undefined;
}

function decode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function refuse(source: string, guess: string | undefined): never {
  throw new InputError({ code: 'unknown-encoding', source, ...(guess ? { guess } : {}) });
}
