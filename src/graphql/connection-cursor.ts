import { EcokgError, ErrorCode } from '../errors/error-codes.ts';
import type { ConnectionRecord, EntityRecord } from './records.ts';

// Cursors are positions in one sort order. The graph changes only when a report is loaded, so a position
// is as good as a key-set cursor here and works for every sort field; the order is part of the cursor so a
// cursor cannot be replayed under another order.
const CURSOR_VERSION = 'c1';
const MAX_OFFSET = 1_000_000;

/** The opaque cursor of the item at `index` in the given sort order. */
export function encodeCursor(orderKey: string, index: number): string {
  return Buffer.from(`${CURSOR_VERSION}|${orderKey}|${index}`, 'utf8').toString('base64url');
}

/** The offset a page starts at: 0 without `after`, else just past the item `after` names. */
export function offsetAfter(after: string | null | undefined, orderKey: string): number {
  if (after === null || after === undefined) return 0;
  const decoded = /^[A-Za-z0-9_-]{1,200}$/.test(after) ? Buffer.from(after, 'base64url').toString('utf8') : '';
  const [version, key, index] = decoded.split('|');
  const position = Number(index);
  if (version !== CURSOR_VERSION || key === undefined || !Number.isInteger(position) || position < 0 || position > MAX_OFFSET) {
    throw new EcokgError(ErrorCode.BAD_USER_INPUT, 'after must be a cursor returned by this list (pageInfo.endCursor or an edge cursor)');
  }
  if (key !== orderKey) {
    throw new EcokgError(ErrorCode.BAD_USER_INPUT, `after is a cursor for orderBy ${key}, but this query sorts by ${orderKey}`);
  }
  return position + 1;
}

/** The edges and page info of a page, computed from its rows, offset and total. */
export function toConnection<T extends EntityRecord>(page: ConnectionRecord<T>) {
  const edges = page.nodes.map((node, i) => ({ cursor: encodeCursor(page.orderKey, page.offset + i), node }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.offset + page.nodes.length < page.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
