import { describe, expect, it } from 'vitest';
import { encodeCursor, offsetAfter, toConnection } from '../../src/graphql/connection-cursor.ts';
import type { PersonRecord } from '../../src/graphql/records.ts';

const person = (id: string): PersonRecord => ({ id, label: 'Person', name: id, nameEn: null, pinyin: '' });

describe('cursors', () => {
  it('start the next page just past the item they name', () => {
    expect(offsetAfter(null, 'NAME_ASC')).toBe(0);
    expect(offsetAfter(encodeCursor('NAME_ASC', 9), 'NAME_ASC')).toBe(10);
  });

  it.each(['', 'abc', encodeCursor('NAME_ASC', -1), Buffer.from('c1|NAME_ASC|1e9').toString('base64url'), '%%%'])('refuse %j', (cursor) => {
    expect(() => offsetAfter(cursor, 'NAME_ASC')).toThrow('after must be a cursor returned by this list');
  });

  it('give page info from the offset and total', () => {
    const page = toConnection({ nodes: [person('a'), person('b')], offset: 2, totalCount: 5, orderKey: 'NAME_ASC' });
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor('NAME_ASC', 2),
      endCursor: encodeCursor('NAME_ASC', 3),
    });
    expect(toConnection({ nodes: [], offset: 0, totalCount: 0, orderKey: 'NAME_ASC' }).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
