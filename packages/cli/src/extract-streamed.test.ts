// kg extract's streamed path: articles read from their files a batch at a time, texts let go once read, facts read
// again from the file when a later article changes an earlier one's names. One worker and two, small batches and
// large, give the document extractDocument gives for the articles gatherArticles reads, byte for byte, with the
// same failures, warnings and skipped files. Invented articles and the project's own corpora only.
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { extractDocument } from '@news-kg/extractor';
import { extractStreamed } from './extract-streamed';
import { gatherArticles } from './gather-articles';
import { withReadingPool } from './reading-pool';
import { streamArticles } from './stream-articles';

jest.setTimeout(300_000);

const ROOT = path.resolve(__dirname, '../../..');

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(tmpdir(), 'kg-streamed-'));
  for (const folder of ['packages/cli/example-corpus', 'test/heldout-story/corpus'])
    fs.cpSync(path.join(ROOT, folder), path.join(dir, 'batch', path.basename(path.dirname(folder))), {
      recursive: true,
    });
  // the early article names a person by surname alone, as a record of a JSON Lines file; a later file names him in
  // full, so the early facts must be read again in the batch's context, from the record
  fs.writeFileSync(
    path.join(dir, 'batch/a-early.jsonl'),
    `${JSON.stringify({
      title: 'Port levy stays',
      publishedAt: '2021-05-10',
      text: 'Kestrel told reporters on Monday that the port levy would stay. Talks with the union went on.',
    })}\n`,
  );
  fs.writeFileSync(
    path.join(dir, 'batch/z-later.txt'),
    'Levy row grows\n\nHarbour Minister Oren Kestrel met union leader Mira Solvay in Tarnow on Tuesday.\n\n"We will not move," Kestrel said.\n',
  );
  fs.writeFileSync(
    path.join(dir, 'batch/z-later-copy.txt'),
    fs.readFileSync(path.join(dir, 'batch/z-later.txt')),
  );
  fs.writeFileSync(path.join(dir, 'batch/broken.json'), '{"text": ');
  fs.writeFileSync(path.join(dir, 'batch/notes.bin'), 'not an article');
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('1 and 2 workers, batches of 2 and 5: the document of extractDocument, byte for byte; facts re-read from the file', async () => {
  const paths = [path.join(dir, 'batch'), path.join(dir, 'missing.txt')];
  const gathered = gatherArticles(paths);
  const expected = JSON.stringify(extractDocument(gathered.articles), null, 2);
  for (const [workers, batchSize] of [
    [1, 2],
    [2, 5],
  ] as const) {
    const stream = streamArticles(paths);
    const { document, articles, rereads } = await withReadingPool(workers, async pool => {
      const out = await extractStreamed(stream, { pool, batchSize });
      return { ...out, rereads: pool.counts().reread };
    });
    expect(JSON.stringify(document, null, 2)).toBe(expected);
    expect(rereads).toBeGreaterThan(0);
    expect(articles.map(a => a.path)).toEqual(gathered.articles.map(a => a.path));
    expect(stream.failures).toEqual(gathered.failures);
    expect(stream.warnings).toEqual(gathered.warnings);
    expect(stream.skipped()).toEqual(gathered.skipped);
    expect(stream.skipped().map(s => s.reason)).toEqual([
      'unreadable',
      'unreadable',
      'unsupported type',
      'duplicate',
    ]);
  }
});

test('the texts are not kept: what the streamed path returns per article is its path, id and source', async () => {
  const stream = streamArticles([path.join(dir, 'batch/z-later.txt')]);
  const { articles } = await withReadingPool(1, pool => extractStreamed(stream, { pool }));
  expect(articles).toEqual([
    {
      path: path.join(dir, 'batch/z-later.txt'),
      id: expect.stringMatching(/^article:/),
      source: { file: path.join(dir, 'batch/z-later.txt'), index: 0 },
    },
  ]);
});
