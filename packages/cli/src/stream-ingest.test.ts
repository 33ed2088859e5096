// kg ingest's streamed extraction (stream-ingest.ts) against an in-memory reading store and an in-memory "database"
// of stored articles: A then B gives the document extractDocument gives for A and B at once, byte for byte, while
// the ingest never holds more than two batches' texts; an article the per-article stage fails on is named and left
// out, the rest goes through; facts are read again (from the file or the stored text) when B changes A's names.
// Invented articles and the project's own corpora only.
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { extractDocument } from '@news-kg/extractor';
import { articleId, type ArticleInput } from '@news-kg/graph-model';
import type { ReadingStore, StoredArticles } from '@news-kg/loader';
import { gatherArticles } from './gather-articles';
import { withReadingPool, type ReadingPool } from './reading-pool';
import { streamArticles, streamOfInputs, type ArticleStream } from './stream-articles';
import { createStreamIngest } from './stream-ingest';

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '../../..');

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(tmpdir(), 'kg-stream-ingest-'));
  const folders = [
    'packages/cli/example-corpus',
    'test/heldout-story',
    'test/heldout-story-2',
    'test/heldout-story-3',
  ];
  for (const folder of folders.map(f => (f.startsWith('test/') ? `${f}/corpus` : f)))
    fs.cpSync(path.join(ROOT, folder), path.join(dir, 'all', folder.replace(/\//g, '-')), {
      recursive: true,
    });
  // A names a person by surname alone; B names him in full: A's facts are read again in the batch's context
  fs.writeFileSync(
    path.join(dir, 'all/a-early.txt'),
    'Levy stays\n\nKestrel told reporters on Monday that the port levy would stay. Talks with the union went on.\n',
  );
  fs.writeFileSync(
    path.join(dir, 'all/z-later.txt'),
    'Levy row grows\n\nHarbour Minister Oren Kestrel met union leader Mira Solvay in Tarnow on Tuesday.\n\n"We will not move," Kestrel said.\n',
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function memoryStore(): ReadingStore {
  const json = new Map<string, string>();
  return {
    get: async keys => new Map(keys.flatMap(k => (json.has(k) ? [[k, json.get(k) as string] as const] : []))),
    put: async entries => {
      for (const e of entries) json.set(e.key, e.json);
    },
    claim: async keys => new Set(keys.filter(k => !json.has(k))),
    dropOtherVersions: async () => 0,
  };
}

/** The articles "in the database", as the loader's StoredArticles gives them; counts the texts read. */
function memoryDatabase() {
  const articles = new Map<string, ArticleInput>();
  const stored = (): StoredArticles => ({
    refs: [...articles.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, { text: _text, ...input }]) => ({ id, input })),
    read: async ids => ids.map(id => articles.get(id) as ArticleInput),
  });
  const add = (inputs: readonly ArticleInput[]) => {
    for (const input of inputs)
      if (!articles.has(articleId(input.text))) articles.set(articleId(input.text), input);
  };
  return { stored, add };
}

const canonical = (inputs: readonly ArticleInput[]) =>
  [...inputs].sort(
    (a, b) =>
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      (articleId(a.text) < articleId(b.text) ? -1 : articleId(a.text) > articleId(b.text) ? 1 : 0),
  );

async function ingest(
  pool: ReadingPool,
  stream: ArticleStream,
  db: ReturnType<typeof memoryDatabase>,
  store: ReadingStore,
  batchSize: number,
) {
  let most = 0;
  const run = createStreamIngest(stream, {
    pool,
    store,
    batchSize,
    onTexts: held => (most = Math.max(most, held)),
  });
  await run.prepare();
  const extraction = await run.extract(db.stored(), 'exact');
  const newIds = extraction.given.filter(id => !db.stored().refs.some(r => r.id === id));
  const sources = run.sourcesOf(newIds);
  db.add(sources);
  return { extraction, most, sources };
}

test('A then B, streamed in batches of 3: the document of all at once; texts held never above two batches', async () => {
  const all = gatherArticles([path.join(dir, 'all')]).articles;
  expect(all.length).toBeGreaterThan(12);
  const expected = JSON.stringify(extractDocument(canonical(all)), null, 2);
  const late = new Set(['z-later.txt']);
  const a = all.filter((input, i) => i % 2 === 0 && !late.has(path.basename(input.path)));
  const b = all.filter(input => !a.includes(input));
  const db = memoryDatabase();
  const store = memoryStore();
  await withReadingPool(2, async pool => {
    const first = await ingest(pool, streamOfInputs(a), db, store, 3);
    expect(first.extraction.articlesExtracted).toBe(a.length);
    expect(first.sources.map(s => s.path).sort()).toEqual(a.map(s => s.path).sort());
    const readBefore = pool.counts().read;
    const second = await ingest(pool, streamArticles(b.map(input => input.path)), db, store, 3);
    // the stored articles' readings came from the store, B's were read once
    expect(pool.counts().read - readBefore).toBe(b.length);
    expect(pool.counts().reread).toBeGreaterThan(0);
    expect(second.extraction.articlesExtracted).toBe(all.length);
    expect(second.extraction.failed).toEqual([]);
    expect(JSON.stringify(second.extraction.doc, null, 2)).toBe(expected);
    // the whole archive passed through, a batch or two at a time
    expect(Math.max(first.most, second.most)).toBeLessThanOrEqual(6);
    expect(Math.max(first.most, second.most)).toBeGreaterThan(0);
  });
});

test('an article the per-article stage fails on is named and left out; the rest is extracted', async () => {
  const all = gatherArticles([path.join(dir, 'all')]).articles.slice(0, 5);
  const bad = all[2] as ArticleInput;
  const expected = JSON.stringify(extractDocument(canonical(all.filter(x => x !== bad))), null, 2);
  await withReadingPool(1, async real => {
    const pool: ReadingPool = {
      ...real,
      readJson: async (inputs, onEach) => {
        if (inputs.some(input => input.path === bad.path)) throw new Error('cannot read this one');
        return real.readJson(inputs, onEach);
      },
    };
    const { extraction } = await ingest(pool, streamOfInputs(all), memoryDatabase(), memoryStore(), 2);
    expect(extraction.failed).toEqual([{ path: bad.path, message: 'cannot read this one' }]);
    expect(extraction.given).toHaveLength(all.length);
    expect(extraction.articlesExtracted).toBe(all.length - 1);
    expect(JSON.stringify(extraction.doc, null, 2)).toBe(expected);
  });
});
