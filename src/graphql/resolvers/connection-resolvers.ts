import { EcokgError, ErrorCode } from '../../errors/error-codes.ts';
import { toConnection } from '../connection-cursor.ts';
import type { ConnectionRecord, EntityRecord } from '../records.ts';

/** Resolvers shared by every *Connection type: edges and page info from the page's rows and offset. */
export const connectionResolvers = {
  edges: <T extends EntityRecord>(page: ConnectionRecord<T>) => toConnection(page).edges,
  pageInfo: <T extends EntityRecord>(page: ConnectionRecord<T>) => toConnection(page).pageInfo,
  totalCount: <T extends EntityRecord>(page: ConnectionRecord<T>) => {
    // The list counts only when the query selects totalCount (query-resolvers.ts), so the count is there whenever it is read.
    if (page.totalCount === null) throw new EcokgError(ErrorCode.INTERNAL_SERVER_ERROR, 'totalCount was not counted');
    return page.totalCount;
  },
};
