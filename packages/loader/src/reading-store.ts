// The per-article stage's results in Neo4j: one (:ArticleReading {key, json}) node per article text and extractor
// version (the key is made by the caller: "<sha-256 of the text>:<extractor version>:<input fields>"), beside the
// Articles and outside the graph model (export, prune and the API never read them; `kg reset` removes them). The
// same key always holds the same value, so writers never clash: two processes that read one article both MERGE it.
// A process about to read an article first claims its key for a while (claimedBy, claimedUntil), so that processes
// working on the same folder share the articles instead of reading each of them twice; a claim that runs out (its
// process died) is taken over.
import type { Driver } from 'neo4j-driver';
import { runRead, runWrite } from './write-document';

export interface ReadingStore {
  /** key -> JSON of the keys that have a reading. */
  get(keys: readonly string[]): Promise<Map<string, string>>;
  /** Stores readings (and ends their claims). */
  put(entries: readonly { key: string; json: string }[]): Promise<void>;
  /** Claims the keys no one has a reading of or a live claim on; returns those this owner now holds. */
  claim(keys: readonly string[]): Promise<Set<string>>;
  /** Deletes the readings of other extractor versions (keys not containing `:<version>:`). */
  dropOtherVersions(version: string): Promise<number>;
}

export interface ReadingStoreOptions {
  database?: string;
  /** Who claims: unique per process. */
  owner: string;
  /** How long a claim holds without a reading. @default 120000 */
  claimTtlMs?: number;
}

export function createReadingStore(driver: Driver, options: ReadingStoreOptions): ReadingStore {
  const { database, owner, claimTtlMs = 120_000 } = options;
  return {
    get: async keys => {
      if (!keys.length) return new Map();
      return runRead(driver, { database, during: 'reading stored article readings' }, async tx => {
        const result = await tx.run(
          'UNWIND $keys AS key MATCH (r:ArticleReading {key: key}) WHERE r.json IS NOT NULL RETURN r.key AS key, r.json AS json',
          { keys },
        );
        return new Map(result.records.map(r => [r.get('key') as string, r.get('json') as string]));
      });
    },
    put: async entries => {
      if (!entries.length) return;
      await runWrite(driver, { database, during: 'storing article readings' }, tx =>
        tx.run(
          `UNWIND $rows AS row
           MERGE (r:ArticleReading {key: row.key})
           SET r.json = row.json
           REMOVE r.claimedBy, r.claimedUntil`,
          { rows: entries.map(e => ({ key: e.key, json: e.json })) },
        ),
      );
    },
    claim: async keys => {
      if (!keys.length) return new Set();
      return runWrite(driver, { database, during: 'claiming articles to read' }, async tx => {
        // the first SET takes the node's write lock, so the claim read after it is the latest committed one; keys
        // sorted, so two claimers lock in the same order
        const result = await tx.run(
          `UNWIND $keys AS key
           MERGE (r:ArticleReading {key: key})
           SET r.claimLock = true
           REMOVE r.claimLock
           WITH r, key
           WHERE r.json IS NULL AND (r.claimedBy IS NULL OR r.claimedBy = $owner OR r.claimedUntil < timestamp())
           SET r.claimedBy = $owner, r.claimedUntil = timestamp() + $ttl
           RETURN key`,
          { keys: [...new Set(keys)].sort(), owner, ttl: claimTtlMs },
        );
        return new Set(result.records.map(r => r.get('key') as string));
      });
    },
    dropOtherVersions: async version =>
      runWrite(driver, { database, during: 'removing readings of other extractor versions' }, async tx => {
        const result = await tx.run(
          'MATCH (r:ArticleReading) WHERE NOT r.key CONTAINS $mark DETACH DELETE r RETURN count(*) AS n',
          { mark: `:${version}:` },
        );
        return Number(result.records[0]?.get('n') ?? 0);
      }),
  };
}
