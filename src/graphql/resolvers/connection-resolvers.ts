import { toConnection } from '../connection-cursor.ts';
import type { ConnectionRecord, EntityRecord } from '../records.ts';

/** Resolvers shared by every *Connection type: edges and page info from the page's rows and offset. */
export const connectionResolvers = {
  edges: <T extends EntityRecord>(page: ConnectionRecord<T>) => toConnection(page).edges,
  pageInfo: <T extends EntityRecord>(page: ConnectionRecord<T>) => toConnection(page).pageInfo,
  totalCount: <T extends EntityRecord>(page: ConnectionRecord<T>) => page.totalCount,
};
