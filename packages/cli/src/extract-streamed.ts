// kg extract on a stream of articles (stream-articles.ts): each batch's texts go through the reading pool and are let
// go once read; the main thread keeps per article its reading, its path and id, where to read it again, and the
// excerpts its facts cite (the cross-article stage reads no text but those). An article whose facts must be read again
// in the batch's context is read again from its file. The document is byte for byte that of extractWithReadings and
// extractDocument on the same articles, whatever the number of workers and the batch size.
import {
  assembleReadings,
  readExcerpts,
  resolveReadings,
  type ArticleReading,
  type ExtractProgress,
  type FactVariant,
} from '@news-kg/extractor';
import { articleId, type ArticleInput, type GraphDocument } from '@news-kg/graph-model';
import type { ReadingPool } from './reading-pool';
import { readSourceAgain, type ArticleSource, type ArticleStream } from './stream-articles';

export interface ExtractStreamedOptions {
  pool: ReadingPool;
  onProgress?: (progress: ExtractProgress) => void;
  /** Articles per batch through the pool: the texts in memory at once are at most two batches'. @default 16 per worker */
  batchSize?: number;
}

/** An article as the streamed path keeps it: no text. */
export interface KeptArticle {
  path: string;
  /** Its Article id (the digest of its text). */
  id: string;
  source: ArticleSource;
}

export async function extractStreamed(
  stream: ArticleStream,
  { pool, onProgress, batchSize = 16 * pool.workers }: ExtractStreamedOptions,
): Promise<{ document: GraphDocument; articles: KeptArticle[] }> {
  const articles: KeptArticle[] = [];
  const readings: ArticleReading[] = [];
  const excerpts: Map<string, string>[] = [];
  let done = 0;
  const readBatch = async (inputs: ArticleInput[], from: number): Promise<void> => {
    const read = await pool.read(inputs, () =>
      onProgress?.({ stage: 'read', done: ++done, total: articles.length }),
    );
    read.forEach((reading, i) => {
      readings[from + i] = reading;
      excerpts[from + i] = readExcerpts((inputs[i] as ArticleInput).text, reading.facts);
    });
  };
  // two batches in flight: the next batch's files are read while the pool reads this one
  let previous: Promise<void> = Promise.resolve();
  for (const batch of stream.batches(batchSize)) {
    const from = articles.length;
    for (const { input, source } of batch)
      articles.push({ path: input.path, id: articleId(input.text), source });
    const current = readBatch(
      batch.map(a => a.input),
      from,
    );
    current.catch(() => undefined); // awaited below; this only keeps it from counting as unhandled meanwhile
    await previous;
    previous = current;
  }
  await previous;

  const textless = articles.map(a => ({ path: a.path, text: '' }));
  const { analyses, facts, rereads } = resolveReadings(textless, readings, excerpts);
  // the analyses hold what the rest needs: the readings' other fact variants and dependencies can go
  readings.length = 0;
  if (rereads.length) {
    onProgress?.({ stage: 'facts', done: 0, total: rereads.length });
    for (let from = 0; from < rereads.length; from += batchSize) {
      const tasks = rereads.slice(from, from + batchSize);
      const again: ArticleInput[] = [];
      for (const { index } of tasks) again[index] = readAgain(articles[index] as KeptArticle);
      const variants = await pool.reread(again, tasks);
      tasks.forEach((task, i) => {
        const variant = variants[i] as FactVariant;
        facts[task.index] = variant;
        readExcerpts((again[task.index] as ArticleInput).text, [variant], excerpts[task.index]);
      });
      onProgress?.({ stage: 'facts', done: from + tasks.length, total: rereads.length });
    }
  }
  return { document: assembleReadings(analyses, facts as FactVariant[]), articles };
}

function readAgain(article: KeptArticle): ArticleInput {
  const input = readSourceAgain(article.source);
  if (articleId(input.text) !== article.id)
    throw new Error(`${article.path}: the file changed while it was being extracted`);
  return input;
}
