import { int } from 'neo4j-driver';
import { toParams, toPlain } from './read';

test('toPlain turns Neo4j integers into numbers through lists and maps', () => {
  const row = { total: int(3), page: [{ start: int(12), article: { id: 'article:1' } }], name: 'Ana' };
  expect(toPlain(row)).toEqual({ total: 3, page: [{ start: 12, article: { id: 'article:1' } }], name: 'Ana' });
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
  const params = toParams({ skip: 20, ratio: 0.5, name: { key: 'ana' }, ids: [1] }) as Record<string, unknown>;
  expect(params.skip).toEqual(int(20));
  expect(params.ratio).toBe(0.5);
  expect(params.name).toEqual({ key: 'ana' });
  expect(params.ids).toEqual([int(1)]);
});
