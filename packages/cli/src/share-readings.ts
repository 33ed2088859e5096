// kg ingest's per-article stage, before it takes the ingest lock: every given article that has no stored reading is
// read in the pool and stored, in batches. Each batch is claimed first (ReadingStore.claim), so ingests of the same
// folder running at once, on this machine or others, divide the articles between them; an article another process
// claimed is waited for (its claim runs out if that process dies, and this one reads it then).
import { setTimeout as sleep } from 'node:timers/promises';
import type { ExtractProgress } from '@news-kg/extractor';
import type { ArticleInput } from '@news-kg/graph-model';
import type { ReadingStore } from '@news-kg/loader';
import { extractorVersion } from './extractor-version';
import type { ReadingPool } from './reading-pool';
import { readingKey } from './reading-store';

export interface ShareReadingsOptions {
  pool: ReadingPool;
  store: ReadingStore;
  onProgress?: (progress: ExtractProgress) => void;
  /** Articles claimed and read per round. @default 8 per worker */
  batchSize?: number;
  /** Wait between looks at articles other processes are reading. @default 250 */
  pollMs?: number;
}

export async function shareReadings(
  inputs: readonly ArticleInput[],
  { pool, store, onProgress, batchSize = 8 * pool.workers, pollMs = 250 }: ShareReadingsOptions,
): Promise<void> {
  const version = extractorVersion();
  const byKey = new Map(inputs.map(input => [readingKey(input, version), input]));
  const total = byKey.size;
  let pending = [...byKey.keys()];
  for (;;) {
    const stored = new Set<string>();
    for (let i = 0; i < pending.length; i += 1000)
      for (const key of (await store.get(pending.slice(i, i + 1000))).keys()) stored.add(key);
    pending = pending.filter(key => !stored.has(key));
    onProgress?.({ stage: 'read', done: total - pending.length, total });
    if (!pending.length) return;
    let readAny = false;
    for (let i = 0; i < pending.length; i += batchSize) {
      const claimed = [...(await store.claim(pending.slice(i, i + batchSize)))];
      if (!claimed.length) continue;
      readAny = true;
      const readings = await pool.readJson(claimed.map(key => byKey.get(key) as ArticleInput));
      await store.put(claimed.map((key, j) => ({ key, json: readings[j] as string })));
    }
    if (!readAny) await sleep(pollMs);
  }
}
