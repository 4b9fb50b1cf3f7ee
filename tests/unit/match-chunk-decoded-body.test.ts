import { describe, expect, it } from 'vitest';
import { matchesChunkDecodedBody } from '../../bench/measure/match-chunk-decoded-body.ts';

// An answer as autocannon builds it: the UTF-8 bytes cut into chunks, each decoded on its own and appended.
function decodeChunkByChunk(text: string, cuts: number[]): string {
  const bytes = Buffer.from(text, 'utf8');
  const bounds = [0, ...cuts, bytes.length];
  return bounds.slice(1).reduce((body, end, index) => body + bytes.subarray(bounds[index], end).toString(), '');
}

const answer = JSON.stringify({ data: { person: { name: '卓明远', positions: [{ title: '总工程师', excerpt: '生态环境部总工程师卓明远 🌏' }] } } });
const offsetOf = (text: string) => Buffer.byteLength(answer.slice(0, answer.indexOf(text)));

describe('matchesChunkDecodedBody (the bench check of an answer against the one checked equal four ways)', () => {
  it('accepts the answer when chunk boundaries split 卓, 程 and the 4-byte 🌏 into replacement characters', () => {
    const cuts = [offsetOf('卓') + 1, offsetOf('程') + 2, offsetOf('🌏') + 3];
    const received = decodeChunkByChunk(answer, cuts);
    expect(received).not.toBe(answer);
    expect(received).toContain('\uFFFD');
    expect(matchesChunkDecodedBody(received, answer)).toBe(true);
  });

  it('accepts the answer cut at every byte offset', () => {
    for (let cut = 1; cut < Buffer.byteLength(answer); cut += 1)
      expect(matchesChunkDecodedBody(decodeChunkByChunk(answer, [cut]), answer), `cut at ${cut}`).toBe(true);
  });

  it('refuses another title, a missing character, and an answer cut short, wherever the chunks fall', () => {
    const cuts = [offsetOf('卓') + 1];
    expect(matchesChunkDecodedBody(decodeChunkByChunk(answer.replace('总工程师', '副工程师'), cuts), answer)).toBe(false);
    expect(matchesChunkDecodedBody(decodeChunkByChunk(answer.replace('卓明远', '卓远'), []), answer)).toBe(false);
    expect(matchesChunkDecodedBody(decodeChunkByChunk(answer, cuts).slice(0, -2), answer)).toBe(false);
    expect(matchesChunkDecodedBody(decodeChunkByChunk(answer.replace('"person"', '"persons"'), cuts), answer)).toBe(false);
  });
});
