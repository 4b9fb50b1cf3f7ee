/**
 * Whether an answer autocannon received equals the expected one. autocannon 8 decodes a response body chunk by chunk
 * (`req.body += chunk` in its pipelinedRequestsQueue.js, mcollina/autocannon#362), so a character whose UTF-8 bytes a
 * TCP chunk boundary splits arrives as a run of U+FFFD: every Chinese answer over one chunk (positions at 10,000
 * documents, 370 KB) would count as wrong. Each such run stands for exactly one non-ASCII character of the expected
 * body; everything else must be equal character for character. No answer ecokg gives contains U+FFFD itself.
 */
export function matchesChunkDecodedBody(received: string, expected: string): boolean {
  if (received === expected) return true;
  let i = 0;
  let j = 0;
  while (i < received.length && j < expected.length) {
    if (received[i] === expected[j]) {
      i += 1;
      j += 1;
      continue;
    }
    const codePoint = expected.codePointAt(j)!;
    if (received[i] !== '\uFFFD' || codePoint < 0x80) return false;
    // The replacement run: one U+FFFD for the bytes before the boundary, one per continuation byte after it.
    while (received[i] === '\uFFFD') i += 1;
    j += codePoint > 0xffff ? 2 : 1;
  }
  return i === received.length && j === expected.length;
}
