import { EcokgError, ErrorCode } from '../../errors/error-codes.ts';
import { type PageAnswer, toConnection } from '../connection-cursor.ts';

/**
 * Resolvers shared by every *Connection type: edges and page info from the page's nodes, with cursors encoded here
 * (Cypher cannot encode them); each edge holds its node under every response key `edges { node }` was asked by.
 */
export const connectionResolvers = {
  edges: (page: PageAnswer) => toConnection(page).edges,
  pageInfo: (page: PageAnswer) => toConnection(page).pageInfo,
  totalCount: (page: PageAnswer) => {
    // The list counts only when the query selects totalCount (list-definitions.ts), so the count is there whenever it is read.
    if (page.totalCount === null) throw new EcokgError(ErrorCode.INTERNAL_SERVER_ERROR, 'totalCount was not counted');
    return page.totalCount;
  },
};
