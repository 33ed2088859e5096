// On an archive of a couple of thousand articles, ingesting A then B leaves exactly the graph of ingesting A and B
// together, although the second ingest writes only what changed (write-changes.ts). The articles are the scale
// benchmark's generated stories (story worlds of four outlets; every outlet an Organization all of its articles
// mention), so B has the two kinds of add: today's stories, and late reports of stories already in A, which change
// nodes of A (a meeting gains a report, a statement another outlet). Both ingests stream their articles: at most two
// batches' texts are held at once.
import type { ArticleInput } from '@news-kg/graph-model';
import { generateArticles } from '@news-kg/bench/generate-articles';
import { exportDocument, resetDatabase } from '@news-kg/loader';
import { createReadingPool, type ReadingPool } from '@news-kg/cli';
import { startTestNeo4j, type TestNeo4j } from './support/neo4j';
import { ingestPooled } from './support/pooled-ingest';

jest.setTimeout(1_200_000);

const ARCHIVE = 2000;

describe('an add to a generated archive', () => {
  let db: TestNeo4j;
  let pool: ReadingPool;

  beforeAll(async () => {
    db = await startTestNeo4j();
    // the test Neo4j is shared by every integration file in turn: start from an empty graph whatever ran before
    await resetDatabase(db.driver);
    pool = createReadingPool(2);
  });
  afterAll(async () => {
    await pool?.close();
    if (!db) return;
    await resetDatabase(db.driver);
    await db.stop();
  });

  // the most article texts the streamed ingest held at once (stream-ingest.ts: two batches of 16 per worker)
  let mostTexts = 0;
  const ingest = (inputs: ArticleInput[]) =>
    ingestPooled(db.driver, pool, inputs, { onTexts: held => (mostTexts = Math.max(mostTexts, held)) });

  test('A then B gives the graph of A and B together, and B writes only what changed', async () => {
    const all = generateArticles({ count: ARCHIVE + 12 });
    // B: the last twelve (three new stories) and one article of each of ten stories A holds the rest of
    const late = new Set(Array.from({ length: 10 }, (_, i) => 7 + i * 197));
    const b = all.filter((_, n) => n >= ARCHIVE || late.has(n));
    const a = all.filter(input => !b.includes(input));

    await ingest(a);
    const added = await ingest(b);
    expect(added.articlesNew).toBe(b.length);
    expect(added.articlesExtracted).toBe(all.length);
    // a few hundred rows of a graph of tens of thousands: what the add changed, not the archive
    expect(added.nodesCreated + added.nodesUpdated).toBeLessThan(200);
    expect(added.relationshipsCreated + added.relationshipsUpdated).toBeLessThan(600);
    const incremental = await exportDocument(db.driver);
    // B's ingest read every stored text (a page at a time) and the archive's passed through A's: never all at once
    expect(mostTexts).toBeGreaterThan(0);
    expect(mostTexts).toBeLessThanOrEqual(2 * 16 * pool.workers);
    expect(incremental.nodes.length).toBeGreaterThan(3 * ARCHIVE);

    // the same articles at once, in a graph emptied of everything but the stored readings (nothing is read again)
    const reads = pool.counts().read;
    expect(reads).toBe(all.length);
    await db.driver.executeQuery('MATCH (n) WHERE NOT n:ArticleReading DETACH DELETE n');
    await ingest(all);
    expect(pool.counts().read).toBe(reads);
    expect(incremental).toEqual(await exportDocument(db.driver));
  });
});
