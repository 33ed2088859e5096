// kg ingest on a stream of articles (stream-articles.ts), for @news-kg/loader's ingestStreamed:
//   prepare  (before the ingest lock) the given articles a batch at a time: each batch's readings taken from the
//            reading store, or claimed, read in the pool and stored (so concurrent ingests of one folder share the
//            work, as shareReadings does), the evidence excerpts cut from the texts, and the texts let go;
//   extract  (under the lock) the stored articles' readings and excerpts, their texts read from Neo4j a page at a
//            time, then the cross-article stage on readings alone (resolveReadings, no text), the articles whose
//            facts must be read again in the batch's context read again from their file or from Neo4j, a batch at
//            a time;
//   sourcesOf the texts of the new Articles, read again from their files when the loader writes them.
// At most two batches' texts are held at once (`onTexts` reports the count). The document is byte for byte that of
// ingestArticles (extractDocument) on the same stored and given articles, whatever the workers and the batch size.
import { setTimeout as sleep } from 'node:timers/promises';
import {
  assembleReadings,
  readExcerpts,
  resolveReadings,
  withFactVariant,
  type ArticleReading,
  type ExtractProgress,
  type FactVariant,
} from '@news-kg/extractor';
import { articleId, type ArticleInput, type GraphDocument } from '@news-kg/graph-model';
import type { FailedArticle, ReadingStore, StoredArticles, StreamedExtraction } from '@news-kg/loader';
import { inFlightPairs } from './extract-with-readings';
import { extractorVersion } from './extractor-version';
import type { ReadingPool } from './reading-pool';
import { parseReading, readingKey } from './reading-store';
import { readSourceAgain, type ArticleSource, type ArticleStream } from './stream-articles';

export interface StreamIngestOptions {
  pool: ReadingPool;
  store: ReadingStore;
  onProgress?: (progress: ExtractProgress) => void;
  /** Articles per batch (pool, store round trip, page of stored texts). @default 16 per worker */
  batchSize?: number;
  /** Called whenever the number of article texts this ingest holds changes. */
  onTexts?: (held: number) => void;
  /** Wait between looks at articles other processes are reading. @default 250 */
  pollMs?: number;
}

/** A given article as the streamed ingest keeps it: no text. */
export interface KeptGivenArticle {
  path: string;
  id: string;
  source: ArticleSource;
}

export interface StreamIngest {
  prepare: () => Promise<void>;
  extract: (stored: StoredArticles, strategy: 'exact' | 'merge') => Promise<StreamedExtraction>;
  sourcesOf: (ids: readonly string[]) => ArticleInput[];
  /** The given articles, in the stream's order (complete once prepare has run). */
  articles: () => readonly KeptGivenArticle[];
  /** The document of the last extraction (empty before). */
  lastDocument: () => GraphDocument;
}

/** What the cross-article stage needs of an article: its reading and excerpts, no text. */
interface Entry {
  id: string;
  path: string;
  key: string;
  reading: ArticleReading;
  excerpts: Map<string, string>;
  /** Where its text is read again: a given article's source, or the stored Article (its id). */
  again: ArticleSource | 'stored';
}

export function createStreamIngest(
  stream: ArticleStream,
  { pool, store, onProgress, batchSize = 16 * pool.workers, onTexts, pollMs = 250 }: StreamIngestOptions,
): StreamIngest {
  const version = extractorVersion();
  const given: KeptGivenArticle[] = [];
  const givenEntries = new Map<string, Entry>();
  const givenFailed: FailedArticle[] = [];
  let last: GraphDocument = { nodes: [], relationships: [] };
  let held = 0;
  const hold = (n: number) => {
    held += n;
    onTexts?.(held);
  };
  let done = 0;
  const tick = () => onProgress?.({ stage: 'read', done: ++done, total: Math.max(done, given.length) });

  /** Readings of the inputs: stored, or claimed and read here, or waited for while another process reads them;
   * an Error for an article the extractor fails on. */
  const readingsOf = async (inputs: readonly ArticleInput[], keys: readonly string[]) => {
    const out: (ArticleReading | Error | undefined)[] = new Array(inputs.length);
    let pending = inputs.map((_, i) => i);
    for (;;) {
      const known = await store.get(pending.map(i => keys[i] as string));
      for (const i of pending) {
        const json = known.get(keys[i] as string);
        if (json) {
          out[i] = parseReading(json);
          tick();
        }
      }
      pending = pending.filter(i => out[i] === undefined);
      if (!pending.length) return out as (ArticleReading | Error)[];
      const claimed = await store.claim(pending.map(i => keys[i] as string));
      const mine = pending.filter(i => claimed.has(keys[i] as string));
      if (!mine.length) {
        await sleep(pollMs);
        continue;
      }
      const read = await readSafely(mine.map(i => inputs[i] as ArticleInput));
      // stored as the worker wrote it
      await store.put(
        mine.flatMap((i, j) => {
          const json = read[j] as string | Error;
          return json instanceof Error ? [] : [{ key: keys[i] as string, json }];
        }),
      );
      mine.forEach((i, j) => {
        const json = read[j] as string | Error;
        out[i] = json instanceof Error ? json : parseReading(json);
      });
      pending = pending.filter(i => out[i] === undefined);
      if (!pending.length) return out as (ArticleReading | Error)[];
    }
  };

  /** The pool's readings (JSON); when the batch fails, each article alone, so that one bad article fails alone. */
  const readSafely = async (inputs: ArticleInput[]): Promise<(string | Error)[]> => {
    try {
      return await pool.readJson(inputs, tick);
    } catch {
      const out: (string | Error)[] = [];
      for (const input of inputs) {
        try {
          out.push(...(await pool.readJson([input], tick)));
        } catch (error) {
          out.push(error instanceof Error ? error : new Error(String(error)));
        }
      }
      return out;
    }
  };

  const prepareBatch = async (batch: { input: ArticleInput; source: ArticleSource }[]) => {
    const inputs = batch.map(a => a.input);
    const keys = inputs.map(input => readingKey(input, version));
    const readings = await readingsOf(inputs, keys);
    readings.forEach((reading, i) => {
      const { input, source } = batch[i] as (typeof batch)[number];
      const id = articleId(input.text);
      if (reading instanceof Error) givenFailed.push({ path: input.path, message: reading.message });
      else
        givenEntries.set(id, {
          id,
          path: input.path,
          key: keys[i] as string,
          reading,
          excerpts: readExcerpts(input.text, reading.facts),
          again: source,
        });
    });
    hold(-batch.length);
  };

  const prepare = async () => {
    // two batches in flight: the next batch's files are read while the pool reads this one
    let previous: Promise<void> = Promise.resolve();
    for (const batch of stream.batches(batchSize)) {
      hold(batch.length);
      for (const { input, source } of batch)
        given.push({ path: input.path, id: articleId(input.text), source });
      const current = prepareBatch(batch);
      current.catch(() => undefined); // awaited below; this only keeps it from counting as unhandled meanwhile
      await previous;
      previous = current;
    }
    await previous;
  };

  /** The stored articles' entries, their texts read a page at a time (two pages in flight: the next is read from
   * Neo4j while this one's readings are found); the ones the extractor now fails on. */
  const readStored = async (stored: StoredArticles) => {
    const entries: Entry[] = [];
    const failed: FailedArticle[] = [];
    const readPage = async (from: number): Promise<void> => {
      const ids = stored.refs.slice(from, from + batchSize).map(r => r.id);
      const inputs = await stored.read(ids);
      hold(inputs.length);
      const keys = inputs.map(input => readingKey(input, version));
      const readings = await readingsOf(inputs, keys);
      readings.forEach((reading, i) => {
        const input = inputs[i] as ArticleInput;
        if (reading instanceof Error) failed.push({ path: input.path, message: reading.message });
        else
          entries.push({
            id: ids[i] as string,
            path: input.path,
            key: keys[i] as string,
            reading,
            excerpts: readExcerpts(input.text, reading.facts),
            again: 'stored',
          });
      });
      hold(-inputs.length);
    };
    await inFlightPairs(stored.refs.length, batchSize, readPage);
    return { entries, failed };
  };

  const extract = async (
    stored: StoredArticles,
    strategy: 'exact' | 'merge',
  ): Promise<StreamedExtraction> => {
    const givenIds = [...new Set(given.map(a => a.id))];
    const base = { given: givenIds, failed: givenFailed };
    let entries: Entry[] = [...givenEntries.values()];
    if (strategy === 'exact') {
      const fromStore = await readStored(stored);
      if (fromStore.failed.length)
        return { ...base, doc: last, articlesExtracted: 0, storedFailed: fromStore.failed };
      // an article both stored and given is the stored one (its path), as ingestArticles keeps it
      const storedIds = new Set(fromStore.entries.map(e => e.id));
      entries = [...fromStore.entries, ...entries.filter(e => !storedIds.has(e.id))];
    }
    // the order ingestArticles extracts in (toCanonicalInputs): by path, then id
    entries.sort((a, b) => compare(a.path, b.path) || compare(a.id, b.id));
    const { analyses, facts, rereads } = resolveReadings(
      entries.map(e => ({ path: e.path, text: '' })),
      entries.map(e => e.reading),
      entries.map(e => e.excerpts),
    );
    if (rereads.length) {
      onProgress?.({ stage: 'facts', done: 0, total: rereads.length });
      for (let from = 0; from < rereads.length; from += batchSize) {
        const tasks = rereads.slice(from, from + batchSize);
        const again = await readAgain(
          tasks.map(t => entries[t.index] as Entry),
          stored,
        );
        hold(tasks.length);
        const byIndex: ArticleInput[] = [];
        tasks.forEach((t, i) => {
          byIndex[t.index] = again[i] as ArticleInput;
        });
        const variants = await pool.reread(byIndex, tasks);
        const put: { key: string; json: string }[] = [];
        tasks.forEach((task, i) => {
          const variant = variants[i] as FactVariant;
          const entry = entries[task.index] as Entry;
          facts[task.index] = variant;
          readExcerpts((again[i] as ArticleInput).text, [variant], entry.excerpts);
          put.push({ key: entry.key, json: JSON.stringify(withFactVariant(entry.reading, variant)) });
        });
        hold(-tasks.length);
        await store.put(put);
        onProgress?.({ stage: 'facts', done: from + tasks.length, total: rereads.length });
      }
    }
    last = assembleReadings(analyses, facts as FactVariant[]);
    return { ...base, doc: last, articlesExtracted: entries.length, storedFailed: [] };
  };

  const sourcesOf = (ids: readonly string[]): ArticleInput[] =>
    ids.flatMap(id => {
      const entry = givenEntries.get(id);
      return entry && entry.again !== 'stored' ? [readGivenAgain(entry.again, id, entry.path)] : [];
    });

  return { prepare, extract, sourcesOf, articles: () => given, lastDocument: () => last };
}

/** The texts of these entries again: given ones from their files, stored ones from Neo4j (one round trip). */
async function readAgain(entries: readonly Entry[], stored: StoredArticles): Promise<ArticleInput[]> {
  const storedIds = entries.filter(e => e.again === 'stored').map(e => e.id);
  const fromStore = new Map(
    (storedIds.length ? await stored.read(storedIds) : []).map((input, i) => [storedIds[i] as string, input]),
  );
  return entries.map(e =>
    e.again === 'stored' ? (fromStore.get(e.id) as ArticleInput) : readGivenAgain(e.again, e.id, e.path),
  );
}

function readGivenAgain(source: ArticleSource, id: string, path: string): ArticleInput {
  const input = readSourceAgain(source);
  if (articleId(input.text) !== id) throw new Error(`${path}: the file changed while it was being ingested`);
  return input;
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
