import { EcokgError, ErrorCode } from '../../errors/error-codes.ts';
import { encodeCursor } from '../connection-cursor.ts';

/** A page of a root list as its statement answers it, with what the compiler adds (list-definitions.ts). */
export interface PageAnswer {
  /** The page's nodes, one more than asked when a next page exists; each as every `edges.node` of the query asks for it. */
  nodes: Array<Record<string, unknown> & { __key: string | number | null; __id: string }>;
  totalCount: number | null;
  first: number;
  orderKey: string;
  afterCursor: boolean;
}

/** Resolvers shared by every *Connection type: edges and page info from the page's nodes, cursors encoded here. */
export const connectionResolvers = {
  edges: (page: PageAnswer) =>
    page.nodes.slice(0, page.first).map((node) => ({ ...node, cursor: encodeCursor(page.orderKey, { key: node.__key ?? null, id: node.__id }) })),
  pageInfo: (page: PageAnswer) => {
    const items = page.nodes.slice(0, page.first);
    const cursorOf = (node: PageAnswer['nodes'][number] | undefined) =>
      node ? encodeCursor(page.orderKey, { key: node.__key ?? null, id: node.__id }) : null;
    return {
      hasNextPage: page.nodes.length > page.first,
      // A page after a cursor has at least that cursor's item before it.
      hasPreviousPage: page.afterCursor,
      startCursor: cursorOf(items[0]),
      endCursor: cursorOf(items.at(-1)),
    };
  },
  totalCount: (page: PageAnswer) => {
    // The list counts only when the query selects totalCount (list-definitions.ts), so the count is there whenever it is read.
    if (page.totalCount === null) throw new EcokgError(ErrorCode.INTERNAL_SERVER_ERROR, 'totalCount was not counted');
    return page.totalCount;
  },
};
