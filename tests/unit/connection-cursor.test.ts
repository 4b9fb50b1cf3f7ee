import { describe, expect, it } from 'vitest';
import { encodeCursor, positionAfter, toConnection } from '../../src/graphql/connection-cursor.ts';

// A page's node as its statement answers it: the sort key and id its cursor encodes, and the node as `edges { node }` asks.
const person = (id: string, name: string) => ({ __key: name, __id: id, node: { id, name } });

describe('cursors', () => {
  it('name the sort key and id of the item after which the next page starts', () => {
    expect(positionAfter(null, 'NAME_ASC')).toBeNull();
    expect(positionAfter(encodeCursor('NAME_ASC', { key: '李干杰', id: 'person:li-ganjie' }), 'NAME_ASC')).toEqual({
      key: '李干杰',
      id: 'person:li-ganjie',
    });
    expect(positionAfter(encodeCursor('VALUE_DESC', { key: 54, id: 'statistic:x' }), 'VALUE_DESC')).toEqual({ key: 54, id: 'statistic:x' });
    // A statement without an English name sorts by a missing key.
    expect(positionAfter(encodeCursor('NAME_EN_ASC', { key: null, id: 'statement:a' }), 'NAME_EN_ASC')).toEqual({ key: null, id: 'statement:a' });
  });

  it.each([
    '',
    'abc',
    '%%%',
    Buffer.from('c1|NAME_ASC|3').toString('base64url'),
    Buffer.from(JSON.stringify(['k1', 'NAME_ASC', { $gt: '' }, 'person:a'])).toString('base64url'),
    Buffer.from(JSON.stringify(['k1', 'NAME_ASC', 'a', "person:a'}) DETACH DELETE n"])).toString('base64url'),
    'x'.repeat(3000),
  ])('refuse %j', (cursor) => {
    expect(() => positionAfter(cursor, 'NAME_ASC')).toThrow('after must be a cursor returned by this list');
  });

  it('refuse a cursor of another order, saying which', () => {
    expect(() => positionAfter(encodeCursor('NAME_DESC', { key: 'a', id: 'person:a' }), 'NAME_ASC')).toThrow(
      'after is a cursor for orderBy NAME_DESC, but this query sorts by NAME_ASC',
    );
  });

  it('give page info from the extra item the query read', () => {
    const nodes = [person('person:a', '丁'), person('person:b', '王'), person('person:c', '李')];
    const page = toConnection({ nodes, first: 2, totalCount: null, orderKey: 'NAME_ASC', afterCursor: true });
    expect(page.edges.map((edge) => (edge as unknown as { node: { id: string } }).node.id)).toEqual(['person:a', 'person:b']);
    expect(page.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor('NAME_ASC', { key: '丁', id: 'person:a' }),
      endCursor: encodeCursor('NAME_ASC', { key: '王', id: 'person:b' }),
    });
    expect(toConnection({ nodes: [], first: 20, totalCount: 0, orderKey: 'NAME_ASC', afterCursor: false }).pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
