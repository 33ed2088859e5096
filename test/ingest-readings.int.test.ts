// kg ingest reads each article once: its reading (the per-article stage's JSON) is stored in Neo4j keyed by the
// text's digest and the extractor version, so a later ingest reads only the new articles and a re-ingest reads
// none; the graph stays that of extracting everything at once. Two kg ingest processes on one folder at the same
// time divide the articles between them (no article read twice) and leave that same graph.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { extractDocument } from '@news-kg/extractor';
import type { ArticleInput } from '@news-kg/graph-model';
import { exportDocument, ingestArticles, resetDatabase } from '@news-kg/loader';
import { createReadingPool, type ReadingPool } from '@news-kg/cli';
import { startTestNeo4j, type TestNeo4j } from './support/neo4j';
import { EXAMPLE_CORPUS, readTextArticles, STORY_SETS } from './support/invented-corpus';
import { ingestPooled as ingestPooledInto } from './support/pooled-ingest';

jest.setTimeout(600_000);

const REPO = path.resolve(__dirname, '..');
const TSX = path.join(REPO, 'node_modules/.bin/tsx');
const MAIN = path.join(REPO, 'packages/cli/src/main.ts');

describe('stored readings', () => {
  let db: TestNeo4j;
  let pool: ReadingPool;

  const ingestPooled = (inputs: ArticleInput[]) => ingestPooledInto(db.driver, pool, inputs);

  const graphOfAllAtOnce = async (inputs: ArticleInput[]) => {
    await resetDatabase(db.driver);
    await ingestArticles(db.driver, inputs, { extract: extractDocument });
    return exportDocument(db.driver);
  };

  beforeAll(async () => {
    db = await startTestNeo4j();
    pool = createReadingPool(2);
  });
  afterAll(async () => {
    await pool?.close();
    if (!db) return;
    await resetDatabase(db.driver);
    await db.stop();
  });

  test('k new articles are read k times, a stored one never again; the graph is that of all at once', async () => {
    const inputs = readTextArticles([EXAMPLE_CORPUS]);
    const expected = await graphOfAllAtOnce(inputs);
    await resetDatabase(db.driver);

    await ingestPooled(inputs.slice(0, 2));
    expect(pool.counts().read).toBe(2);
    const summary = await ingestPooled(inputs.slice(2));
    expect(summary.articlesExtracted).toBe(inputs.length);
    expect(pool.counts().read).toBe(inputs.length);
    expect(await exportDocument(db.driver)).toEqual(expected);

    const before = pool.counts();
    await ingestPooled(inputs.slice(0, 1));
    expect(pool.counts()).toEqual(before);
    expect(await exportDocument(db.driver)).toEqual(expected);
    const { records } = await db.driver.executeQuery(
      'MATCH (r:ArticleReading) WHERE r.json IS NOT NULL RETURN count(r) AS n',
    );
    expect(Number(records[0]?.get('n'))).toBe(inputs.length);
  });

  test('a streamed merge ingest keeps the texts: an exact ingest after it gives the graph of all at once', async () => {
    const inputs = readTextArticles([EXAMPLE_CORPUS]);
    const expected = await graphOfAllAtOnce(inputs);
    await resetDatabase(db.driver);

    const merged = await ingestPooledInto(db.driver, pool, inputs.slice(0, 3), { strategy: 'merge' });
    expect(merged.articlesNew).toBe(3);
    const { records } = await db.driver.executeQuery(
      'MATCH (a:Article) WHERE a.sourceText IS NOT NULL AND a.sourceInput IS NOT NULL RETURN count(a) AS n',
    );
    expect(Number(records[0]?.get('n'))).toBe(3);
    const exact = await ingestPooled(inputs.slice(3));
    expect(exact.articlesExtracted).toBe(inputs.length);
    expect(await exportDocument(db.driver)).toEqual(expected);
  });

  test('two kg ingest processes at once on one folder read each article once between them', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ingest-readings-'));
    for (const source of [EXAMPLE_CORPUS, ...STORY_SETS])
      for (const name of readdirSync(source).filter(n => n.endsWith('.txt')))
        cpSync(path.join(source, name), path.join(dir, `${path.basename(path.dirname(source))}-${name}`));
    const inputs = readTextArticles([dir]);
    const expected = await graphOfAllAtOnce(inputs);
    await resetDatabase(db.driver);

    const env = { ...process.env, NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password };
    const run = () =>
      promisify(execFile)(TSX, [MAIN, 'ingest', dir, '--workers', '1'], { cwd: REPO, env }).then(
        r => r.stdout,
      );
    const outputs = await Promise.all([run(), run()]);
    const reads = outputs.map(out => Number(/Per-article stage: (\d+) article\(s\) read/.exec(out)?.[1]));
    expect(reads[0]! + reads[1]!).toBe(inputs.length);
    expect(await exportDocument(db.driver)).toEqual(expected);
  });
});
