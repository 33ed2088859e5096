import { int, Neo4jError, type Driver } from 'neo4j-driver';
import { createRead, toParams, toPlain } from './read';

const newError = (message: string, code: string) => new Neo4jError(message, code, '', '');

test('toPlain turns Neo4j integers into numbers through lists and maps', () => {
  const row = { total: int(3), page: [{ start: int(12), article: { id: 'article:1' } }], name: 'Ana' };
  expect(toPlain(row)).toEqual({
    total: 3,
    page: [{ start: 12, article: { id: 'article:1' } }],
    name: 'Ana',
  });
});

test('toPlain copies driver class instances into plain maps', () => {
  class Point3 {
    constructor(
      public x: unknown,
      public srid: unknown,
    ) {}
  }
  const plain = toPlain({ at: new Point3(1.5, int(4326)) }) as { at: object };
  expect(plain.at).toEqual({ x: 1.5, srid: 4326 });
  expect(Object.getPrototypeOf(plain.at)).toBe(Object.prototype);
});

test('toParams sends whole numbers as Neo4j integers and leaves other values', () => {
  const params = toParams({ skip: 20, ratio: 0.5, name: { key: 'ana' }, ids: [1] }) as Record<
    string,
    unknown
  >;
  expect(params.skip).toEqual(int(20));
  expect(params.ratio).toBe(0.5);
  expect(params.name).toEqual({ key: 'ana' });
  expect(params.ids).toEqual([int(1)]);
});

/** A driver whose sessions answer from `answers` in turn (an Error is thrown); the sessions it opened. */
function fakeDriver(answers: Array<Error | object[]>) {
  const opened: { config: unknown; closed: boolean }[] = [];
  const driver = {
    session: (config: unknown) => {
      const session = { config, closed: false };
      opened.push(session);
      return {
        run: async () => {
          const answer = answers.shift()!;
          if (answer instanceof Error) throw answer;
          return { records: answer.map(row => ({ toObject: () => row })) };
        },
        close: async () => {
          session.closed = true;
        },
      };
    },
  } as unknown as Driver;
  return { driver, opened };
}

test('createRead runs each query in a read-mode session of the database, and closes it', async () => {
  const { driver, opened } = fakeDriver([[{ n: int(2) }]]);
  const read = createRead({ driver, database: 'news' });
  expect(await read({ cypher: 'RETURN 2 AS n', params: {} })).toEqual([{ n: 2 }]);
  expect(opened).toEqual([{ config: { database: 'news', defaultAccessMode: 'READ' }, closed: true }]);
});

test('createRead retries a retriable error and gives up on others', async () => {
  const unavailable = newError('down', 'ServiceUnavailable');
  const { driver, opened } = fakeDriver([unavailable, [{ n: int(1) }]]);
  const read = createRead({ driver });
  expect(await read({ cypher: 'RETURN 1 AS n', params: {} })).toEqual([{ n: 1 }]);
  expect(opened.map(s => s.closed)).toEqual([true, true]);

  const syntax = newError('bad', 'Neo.ClientError.Statement.SyntaxError');
  const failing = fakeDriver([syntax, [{ n: int(1) }]]);
  await expect(createRead({ driver: failing.driver })({ cypher: 'RETURN', params: {} })).rejects.toBe(syntax);
  expect(failing.opened).toHaveLength(1);
});

test('createRead lets the driver record no caller stack while it starts a query, and restores the limit', async () => {
  const seen: number[] = [];
  const limit = Error.stackTraceLimit;
  const driver = {
    session: () => ({
      run: (cypher: string) => {
        seen.push(Error.stackTraceLimit);
        if (cypher === 'THROW') throw new Error('refused before sending');
        return Promise.resolve({ records: [] });
      },
      close: async () => undefined,
    }),
  } as unknown as Driver;
  const read = createRead({ driver });
  await read({ cypher: 'RETURN 1', params: {} });
  expect(Error.stackTraceLimit).toBe(limit);
  await expect(read({ cypher: 'THROW', params: {} })).rejects.toThrow('refused before sending');
  expect(Error.stackTraceLimit).toBe(limit);
  expect(seen).toEqual([0, 0]);
});
