import { EcokgError, ErrorCode } from '../errors/error-codes.ts';
import { ID_PATTERN } from '../graph-model/entity-ids.ts';

// A cursor is a key set: the order it belongs to, and the sort key and id of the item it names; the next page is
// what comes after that pair in that order, however many items came before it. The order is part of the cursor
// so a cursor cannot be replayed under another order.
const CURSOR_VERSION = 'k1';
const MAX_CURSOR_LENGTH = 2000;

/** The position a cursor names: the sort key and id of an item. */
export interface CursorPosition {
  key: string | number | null;
  id: string;
}

/** The opaque cursor of an item in the given order. */
export function encodeCursor(orderKey: string, position: CursorPosition): string {
  return Buffer.from(JSON.stringify([CURSOR_VERSION, orderKey, position.key, position.id]), 'utf8').toString('base64url');
}

/** The position `after` names, or null without one; refuses a cursor that is not one of this list's, in this order. */
export function positionAfter(after: string | null | undefined, orderKey: string): CursorPosition | null {
  if (after === null || after === undefined) return null;
  let decoded: unknown;
  try {
    decoded =
      after.length <= MAX_CURSOR_LENGTH && /^[A-Za-z0-9_-]+$/.test(after) ? JSON.parse(Buffer.from(after, 'base64url').toString('utf8')) : undefined;
  } catch {
    decoded = undefined;
  }
  const [version, key, value, id] = Array.isArray(decoded) ? decoded : [];
  const wellFormed =
    Array.isArray(decoded) &&
    decoded.length === 4 &&
    version === CURSOR_VERSION &&
    typeof key === 'string' &&
    (value === null || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) &&
    typeof id === 'string' &&
    id.length <= 200 &&
    ID_PATTERN.test(id);
  if (!wellFormed) {
    throw new EcokgError(ErrorCode.BAD_USER_INPUT, 'after must be a cursor returned by this list (pageInfo.endCursor or an edge cursor)');
  }
  if (key !== orderKey) {
    throw new EcokgError(ErrorCode.BAD_USER_INPUT, `after is a cursor for orderBy ${key}, but this query sorts by ${orderKey}`);
  }
  return { key: value as CursorPosition['key'], id };
}

/** A page of a root list as its statement answers it, with what the compiler adds (compile/list-definitions.ts). */
export interface PageAnswer {
  /** The page's nodes, one more than asked when a next page exists, each with the sort key and id its cursor encodes. */
  nodes: Array<Record<string, unknown> & { __key: CursorPosition['key']; __id: string }>;
  totalCount: number | null;
  first: number;
  /** The sort order the cursors encode, so a cursor cannot be replayed under another order. */
  orderKey: string;
  /** Whether the page starts after a cursor. */
  afterCursor: boolean;
}

/** The edges and page info of a page: its statement returned one item more than asked when there is a next page. */
export function toConnection(page: PageAnswer) {
  const items = page.nodes.slice(0, page.first);
  const edges = items.map((node) => ({ ...node, cursor: encodeCursor(page.orderKey, { key: node.__key ?? null, id: node.__id }) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.nodes.length > page.first,
      // A page after a cursor has at least that cursor's item before it.
      hasPreviousPage: page.afterCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
