import { EcokgError, ErrorCode } from '../errors/error-codes.ts';
import { stripTones } from './pinyin-keys.ts';

const MAX_LENGTH = 200;
// Characters with a meaning in Lucene's query syntax; each is escaped so user text is only ever words.
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
// A token that looks like pinyin with tone numbers (li3, gan1jie2), as opposed to PM2.5 or 2019.
const TONE_NUMBERED = /^(?:[a-zü]+[1-5])+[a-zü]*$/i;

/**
 * Turns what a user typed into a Lucene query for the entity_search index: tones and tone numbers
 * removed, special characters escaped, and, for several Latin words, the words run together as well
 * (so "li ganjie" also finds the key "liganjie"), plus the whole text as a boosted phrase.
 */
export function buildSearchQuery(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_LENGTH) {
    throw new EcokgError(ErrorCode.BAD_USER_INPUT, `text must be 1 to ${MAX_LENGTH} characters, got ${text.length}`);
  }
  if (!/[\p{L}\p{N}]/u.test(trimmed)) {
    throw new EcokgError(ErrorCode.BAD_USER_INPUT, 'text must contain at least one letter, Chinese character or digit');
  }
  const tokens = trimmed
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((token) => (TONE_NUMBERED.test(token) ? token.replace(/[1-5]/g, '') : token))
    .map((token) => stripTones(token));
  const escapeLucene = (value: string) => value.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
  const parts = tokens.map(escapeLucene);
  if (tokens.length > 1) {
    parts.push(`"${escapeLucene(tokens.join(' '))}"^2`);
    if (tokens.every((token) => /^[a-z]+$/.test(token))) parts.push(escapeLucene(tokens.join('')));
  }
  return parts.join(' ');
}
