// Neo4j killed in the middle of an ingest: the ingest fails with an error naming the server, every article is either
// fully committed or absent, and a re-run after restart completes the graph with nothing lost and nothing doubled.
// Runs its own Neo4j (packages/neo4j-local on free ports, a temp data dir) because it kills it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { ArticleInput } from '@news-kg/graph-model';
import {
  createDriver,
  exportDocument,
  ingestArticles,
  LoaderError,
  normalizeDocument,
  toRelationshipKey,
} from '@news-kg/loader';
import { findFreePort, startLocalNeo4j, type StartedLocalNeo4j } from '@news-kg/neo4j-local';
import { toyExtract } from './loader-toy-extract';

jest.setTimeout(300_000);

const FIRST = ['Ana', 'Tomas', 'Lena', 'Omar', 'Priya', 'Jonas'];
const LAST = ['Duarte', 'Reyes', 'Ortiz', 'Halvorsen', 'Mbeki', 'Castell'];
const INPUTS: ArticleInput[] = Array.from({ length: 24 }, (_, i) => ({
  path: `article-${String(i).padStart(2, '0')}.txt`,
  text: [
    `Report ${i}.`,
    `met: ${FIRST[i % 6]} ${LAST[(i + 1) % 6]}, ${LAST[(i + 2) % 6]}`,
    `met: ${FIRST[(i + 3) % 6]} ${LAST[(i + 2) % 6]}, ${FIRST[i % 6]} ${LAST[(i + 1) % 6]}`,
  ].join('\n'),
}));

async function startServer(dir: string, boltPort: number, httpPort: number): Promise<StartedLocalNeo4j> {
  return startLocalNeo4j({ dir, boltPort, httpPort, timeoutMs: 240_000 });
}

async function countDuplicates(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    'MATCH (n) WITH n.id AS id, count(*) AS c WHERE c > 1 RETURN count(id) AS d',
  );
  return Number(records[0]?.get('d'));
}

describe('ingest while Neo4j goes away', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'loader-crash-'));
  let server: StartedLocalNeo4j | undefined;

  afterAll(async () => {
    await server?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  test('fails clearly, leaves only whole articles, and a re-run completes the graph exactly', async () => {
    const boltPort = await findFreePort();
    let httpPort = await findFreePort();
    while (httpPort === boltPort) httpPort = await findFreePort();
    server = await startServer(dir, boltPort, httpPort);
    const uri = server.uri;
    const expected = normalizeDocument(toyExtract(INPUTS));

    // The launcher's server has auth on, with a password made for its data dir.
    const driver = createDriver({ uri, password: server.password, maxTransactionRetryTime: 2000 });
    let killed = false;
    const error = await ingestArticles(driver, INPUTS, {
      extract: toyExtract,
      batchSize: 1,
      lockTtlMs: 3000,
      onProgress: p => {
        if (p.phase === 'write' && p.articlesDone >= 6 && !killed && server) {
          killed = true;
          process.kill(server.pid, 'SIGKILL');
        }
      },
    }).catch((e: unknown) => e);
    await driver.close();
    expect(killed).toBe(true);
    expect(error).toBeInstanceOf(LoaderError);
    expect((error as LoaderError).code).toBe('UNREACHABLE');
    expect((error as Error).message).toContain(uri);

    server = await startServer(dir, boltPort, httpPort);
    const again = createDriver({ uri, password: server.password });
    try {
      // Atomic per article: every article present has all of its evidence and mentions, none has a part.
      const partial = await exportDocument(again);
      const articles = partial.nodes.filter(n => n.labels.includes('Article')).map(n => n.id);
      expect(articles.length).toBeGreaterThanOrEqual(6);
      expect(articles.length).toBeLessThan(INPUTS.length);
      const touching = (doc: typeof partial, id: string): string[] =>
        doc.relationships
          .filter(r => r.start === id || r.end === id)
          .map(toRelationshipKey)
          .sort();
      for (const id of articles) expect(touching(partial, id)).toEqual(touching(expected, id));

      const summary = await ingestArticles(again, INPUTS, {
        extract: toyExtract,
        batchSize: 1,
        lockTtlMs: 3000,
      });
      expect(summary.articlesNew).toBe(INPUTS.length - articles.length);
      const complete = normalizeDocument(await exportDocument(again));
      const withSortedKeys = (p: object): string =>
        JSON.stringify(Object.fromEntries(Object.entries(p).sort()));
      const sortKeys = (doc: typeof complete) => ({
        nodes: doc.nodes.map(n => `${n.id} ${n.labels.join()} ${withSortedKeys(n.properties)}`).sort(),
        relationships: doc.relationships
          .map(r => `${toRelationshipKey(r)} ${withSortedKeys(r.properties)}`)
          .sort(),
      });
      expect(sortKeys(complete)).toEqual(sortKeys(expected));
      expect(await countDuplicates(again)).toBe(0);
    } finally {
      await again.close();
    }
  });
});
