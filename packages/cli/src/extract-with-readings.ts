// The extractor as `kg extract` and `kg ingest` run it: the per-article stage in the reading pool, article batches
// streamed through it (the main thread keeps readings, plain JSON, never a parse), the readings a store already has
// taken from it instead of read, then the cross-article stage in this thread. The document is byte for byte the one
// extractDocument gives for the same articles, whatever the number of workers and whatever the store held.
import {
  assembleReadings,
  resolveReadings,
  withFactVariant,
  type ArticleReading,
  type ExtractProgress,
  type FactVariant,
} from '@news-kg/extractor';
import type { ArticleInput, GraphDocument } from '@news-kg/graph-model';
import { extractorVersion } from './extractor-version';
import type { ReadingPool } from './reading-pool';
import { parseReading, readingKey, type ReadingStore } from './reading-store';

export interface ExtractWithReadingsOptions {
  pool: ReadingPool;
  store?: ReadingStore;
  onProgress?: (progress: ExtractProgress) => void;
  /** Articles per batch through the pool (and per store round trip). @default 16 per worker */
  batchSize?: number;
}

export async function extractWithReadings(
  inputs: readonly ArticleInput[],
  options: ExtractWithReadingsOptions,
): Promise<GraphDocument> {
  const readings = await readAll(inputs, options);
  const { pool, store, onProgress } = options;
  const { analyses, facts, rereads } = resolveReadings(inputs, readings);
  if (rereads.length) {
    onProgress?.({ stage: 'facts', done: 0, total: rereads.length });
    const variants = await pool.reread(inputs, rereads);
    rereads.forEach((task, i) => {
      facts[task.index] = variants[i] as FactVariant;
    });
    onProgress?.({ stage: 'facts', done: rereads.length, total: rereads.length });
    if (store) {
      const version = extractorVersion();
      await store.put(
        rereads.map((task, i) => ({
          key: readingKey(inputs[task.index] as ArticleInput, version),
          json: JSON.stringify(
            withFactVariant(readings[task.index] as ArticleReading, variants[i] as FactVariant),
          ),
        })),
      );
    }
  }
  return assembleReadings(analyses, facts as FactVariant[]);
}

/** Readings of every input, in order: the store's where it has them, the pool's for the others (then stored). Two
 * batches are in flight at once, so the pool reads the next batch while this one's last articles finish and its
 * readings are stored: no worker waits at a batch's end. */
export async function readAll(
  inputs: readonly ArticleInput[],
  { pool, store, onProgress, batchSize = 16 * pool.workers }: ExtractWithReadingsOptions,
): Promise<ArticleReading[]> {
  const version = extractorVersion();
  const out: ArticleReading[] = new Array<ArticleReading>(inputs.length);
  let done = 0;
  const tick = () => onProgress?.({ stage: 'read', done: ++done, total: inputs.length });
  const readBatch = async (from: number): Promise<void> => {
    const batch = inputs.slice(from, from + batchSize);
    const keys = batch.map(input => readingKey(input, version));
    const known = store ? await store.get(keys) : new Map<string, string>();
    const missing: number[] = [];
    batch.forEach((_, i) => {
      const json = known.get(keys[i] as string);
      if (json) {
        out[from + i] = parseReading(json);
        tick();
      } else missing.push(i);
    });
    const read = await pool.read(
      missing.map(i => batch[i] as ArticleInput),
      tick,
    );
    missing.forEach((i, j) => {
      out[from + i] = read[j] as ArticleReading;
    });
    if (store && read.length) {
      await store.put(
        read.map((reading, j) => ({
          key: keys[missing[j] as number] as string,
          json: JSON.stringify(reading),
        })),
      );
    }
  };
  await inFlightPairs(inputs.length, batchSize, readBatch);
  return out;
}

/** Runs work(from) for from = 0, size, 2 size, … below total, the next started before the previous is awaited. */
export async function inFlightPairs(
  total: number,
  size: number,
  work: (from: number) => Promise<void>,
): Promise<void> {
  let previous: Promise<void> = Promise.resolve();
  for (let from = 0; from < total; from += size) {
    const current = work(from);
    current.catch(() => undefined); // awaited below; this only keeps it from counting as unhandled meanwhile
    await previous;
    previous = current;
  }
  await previous;
}
