// The per-article stage in worker threads: one worker and two give the same document, byte for byte, and the one
// extractDocument gives in this thread; a store that has an article's reading spares reading it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractDocument } from '@news-kg/extractor';
import type { ArticleInput } from '@news-kg/graph-model';
import { extractWithReadings } from './extract-with-readings';
import { withReadingPool } from './reading-pool';
import type { ReadingStore } from './reading-store';

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '../../..');

function readFolder(dir: string): ArticleInput[] {
  return fs
    .readdirSync(path.join(ROOT, dir))
    .filter(name => name.endsWith('.txt'))
    .sort()
    .map(name => ({ path: name, text: fs.readFileSync(path.join(ROOT, dir, name), 'utf8') }));
}

const inputs = [...readFolder('packages/cli/example-corpus'), ...readFolder('test/heldout-pages/corpus')];

function memoryStore(): ReadingStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    get: async keys => new Map(keys.flatMap(k => (map.has(k) ? [[k, map.get(k) as string]] : []))),
    put: async entries => {
      for (const e of entries) map.set(e.key, e.json);
    },
  };
}

test('1 and 2 workers give the same document, byte for byte, as extractDocument', async () => {
  const one = await withReadingPool(1, pool => extractWithReadings(inputs, { pool }));
  const two = await withReadingPool(2, pool => extractWithReadings(inputs, { pool, batchSize: 3 }));
  const expected = JSON.stringify(extractDocument(inputs), null, 2);
  expect(JSON.stringify(one, null, 2)).toBe(expected);
  expect(JSON.stringify(two, null, 2)).toBe(expected);
});

test('articles whose readings are stored are not read again; the document stays the same', async () => {
  const store = memoryStore();
  await withReadingPool(2, async pool => {
    const first = await extractWithReadings(inputs.slice(0, 3), { pool, store });
    expect(pool.counts().read).toBe(3);
    expect(store.map.size).toBe(3);
    expect(JSON.stringify(first)).toBe(JSON.stringify(extractDocument(inputs.slice(0, 3))));
    const all = await extractWithReadings(inputs, { pool, store });
    expect(pool.counts().read).toBe(inputs.length);
    const before = pool.counts();
    const again = await extractWithReadings(inputs, { pool, store });
    expect(pool.counts()).toEqual(before);
    expect(JSON.stringify(again)).toBe(JSON.stringify(all));
    expect(JSON.stringify(all)).toBe(JSON.stringify(extractDocument(inputs)));
  });
});
