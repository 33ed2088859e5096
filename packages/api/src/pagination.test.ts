import { GraphQLError } from 'graphql';
import { parseCursor, toConnection, toCursor, toPageWindow } from './pagination';

test('cursors are opaque offsets that round-trip', () => {
  expect(toCursor(40)).not.toContain('40');
  expect(parseCursor(toCursor(40))).toBe(40);
});

test.each(['', 'b2Zmc2V0Oi0x', 'xyz', Buffer.from('offset:1.5').toString('base64url')])(
  '"%s" is not a cursor',
  cursor => {
    expect(() => parseCursor(cursor)).toThrow(GraphQLError);
  },
);

test('first/after become a skip and a size; out-of-range sizes are refused', () => {
  expect(toPageWindow({})).toEqual({ skip: 0, first: 20 });
  expect(toPageWindow({ first: 10, after: toCursor(19) })).toEqual({ skip: 20, first: 10 });
  expect(() => toPageWindow({ first: 101 })).toThrow('first: 101 is out of range; use 0 to 100');
  expect(() => toPageWindow({ first: -1 })).toThrow(GraphQLError);
});

test('one extra row means a next page; cursors continue from the window', async () => {
  const connection = toConnection(
    ['a', 'b', 'c'],
    { skip: 4, first: 2 },
    (node, cursor) => ({ node, cursor }),
    () => 9,
  );
  expect(connection.edges.map(e => e.node)).toEqual(['a', 'b']);
  expect(connection.edges.map(e => parseCursor(e.cursor))).toEqual([4, 5]);
  expect(connection.pageInfo).toEqual({
    hasNextPage: true,
    hasPreviousPage: true,
    startCursor: toCursor(4),
    endCursor: toCursor(5),
  });
  expect(await connection.totalCount()).toBe(9);
  const last = toConnection(
    ['a'],
    { skip: 0, first: 2 },
    (node, cursor) => ({ node, cursor }),
    () => 1,
  );
  expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
});

test('a bad cursor is shown cut short in the error, with its length', () => {
  const huge = 'A'.repeat(999_000);
  expect(() => parseCursor(huge)).toThrow(
    `after: "${'A'.repeat(40)}…" (999000 characters) is not a cursor from this API; pass an endCursor or cursor value`,
  );
  expect(() => parseCursor('bm9wZQ')).toThrow('after: "bm9wZQ" is not a cursor from this API');
});
