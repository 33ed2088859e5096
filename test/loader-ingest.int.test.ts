// ingestArticles on a real Neo4j with a small deterministic extractor that resolves surnames across articles:
// ingesting A then B leaves exactly the graph of A and B together (the surname-only person of A disappears),
// reloading changes nothing, concurrent overlapping ingests converge with no duplicates, bad articles are reported.
import type { Driver } from 'neo4j-driver';
import type { ArticleInput } from '@news-kg/graph-model';
import {
  createDriver,
  exportDocument,
  ingestArticles,
  isUnchanged,
  resetDatabase,
  writeDocument,
} from '@news-kg/loader';
import { createTwoArticleDocument } from '@news-kg/loader/testing';
import { startTestNeo4j, type TestNeo4j } from './support/neo4j';
import { toyExtract } from './loader-toy-extract';

const A: ArticleInput = { path: 'a.txt', text: 'Talks in the capital.\nmet: Reyes, Ana Duarte\n' };
const B: ArticleInput = { path: 'b.txt', text: 'A second report.\nmet: Tomas Reyes, Ana Duarte\n' };
const C: ArticleInput = { path: 'c.txt', text: 'met: Lena Ortiz, Ana Duarte\nmet: Lena Ortiz, Reyes\n' };
const BAD: ArticleInput = { path: 'bad.txt', text: 'EXPLODE\nmet: Ana Duarte, Lena Ortiz\n' };

async function ids(driver: Driver, label: string): Promise<string[]> {
  const { records } = await driver.executeQuery(`MATCH (n:${label}) RETURN n.id AS id ORDER BY id`);
  return records.map(r => r.get('id') as string);
}

jest.setTimeout(120_000);

describe('ingestArticles', () => {
  let db: TestNeo4j;
  const ingest = (inputs: ArticleInput[], options: { strategy?: 'exact' | 'merge'; driver?: Driver } = {}) =>
    ingestArticles(options.driver ?? db.driver, inputs, {
      extract: toyExtract,
      strategy: options.strategy,
      batchSize: 1,
    });

  beforeAll(async () => {
    db = await startTestNeo4j();
  });
  beforeEach(async () => {
    await resetDatabase(db.driver);
  });
  afterAll(async () => {
    if (!db) return;
    await resetDatabase(db.driver);
    await db.stop();
  });

  test('A then B gives exactly the graph of A and B together; the surname-only person of A is resolved away', async () => {
    await ingest([A, B]);
    const together = await exportDocument(db.driver);
    expect(await ids(db.driver, 'Person')).toEqual(['person:ana-duarte', 'person:tomas-reyes']);

    await resetDatabase(db.driver);
    await ingest([A]);
    expect(await ids(db.driver, 'Person')).toEqual(['person:ana-duarte', 'person:reyes']);
    const second = await ingest([B]);
    expect(second).toMatchObject({ articlesInput: 1, articlesNew: 1, articlesExtracted: 2 });
    expect(second.nodesDeleted).toBeGreaterThan(0);
    expect(await exportDocument(db.driver)).toEqual(together);
    // One meeting, now reported by both articles.
    const { records } = await db.driver.executeQuery(
      'MATCH (m:Meeting)-[r:REPORTED_IN]->(a:Article) RETURN m.id AS m, count(a) AS n',
    );
    expect(records.map(r => Number(r.get('n')))).toEqual([2]);
  });

  test('ingesting the same articles again changes nothing (counters all zero)', async () => {
    await ingest([A, B, C]);
    const again = await ingest([C, A, B]);
    expect(isUnchanged(again)).toBe(true);
    expect(again.articlesNew).toBe(0);
  });

  test('merge strategy: idempotent, keeps the article texts for a later exact ingest', async () => {
    await ingest([A], { strategy: 'merge' });
    expect(isUnchanged(await ingest([A], { strategy: 'merge' }))).toBe(true);
    await ingest([B]);
    expect(await ids(db.driver, 'Person')).toEqual(['person:ana-duarte', 'person:tomas-reyes']);
  });

  test('concurrent overlapping ingests converge to the graph of all articles, with no duplicates', async () => {
    await ingest([A, B, C]);
    const expected = await exportDocument(db.driver);
    await resetDatabase(db.driver);

    const drivers = [0, 1, 2].map(() => createDriver({ uri: db.uri, user: db.user, password: db.password }));
    try {
      await Promise.all([
        ingest([A, B], { driver: drivers[0] }),
        ingest([B, C], { driver: drivers[1] }),
        ingest([C, A], { driver: drivers[2] }),
      ]);
    } finally {
      await Promise.all(drivers.map(d => d.close()));
    }
    expect(await exportDocument(db.driver)).toEqual(expected);
    const { records } = await db.driver.executeQuery(
      'MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN id',
    );
    expect(records).toHaveLength(0);
  });

  test('an article the extractor fails on is reported by path; the others are loaded', async () => {
    const summary = await ingest([A, BAD, B]);
    expect(summary.failed).toEqual([{ path: 'bad.txt', message: 'toy extractor cannot read this article' }]);
    expect(summary.articlesExtracted).toBe(2);
    expect(await ids(db.driver, 'Article')).toHaveLength(2);
  });

  test('when the extractor starts failing on a stored article, exact ingest refuses and changes nothing', async () => {
    await ingest([A, B]);
    const before = await exportDocument(db.driver);
    const failsOnA = (inputs: readonly ArticleInput[]) => {
      if (inputs.some(i => i.path === 'a.txt')) throw new Error('cannot read a.txt any more');
      return toyExtract(inputs);
    };
    await expect(ingestArticles(db.driver, [C], { extract: failsOnA })).rejects.toThrow(
      /already in the database \(first: a\.txt/,
    );
    expect(await exportDocument(db.driver)).toEqual(before);
  });

  test('exact ingest refuses a database holding articles loaded without their text, and says what to do', async () => {
    await writeDocument(db.driver, createTwoArticleDocument().a);
    await expect(ingest([A])).rejects.toThrow(/loaded without their text.*--strategy merge/);
  });
});
