// kg ingest's pooled path as the integration tests drive it: the articles streamed through a reading pool and a
// reading store in the test database (stream-ingest.ts), then the loader's streamed ingest, with no progress output.
import type { Driver } from 'neo4j-driver';
import type { ArticleInput } from '@news-kg/graph-model';
import { createReadingStore, ingestStreamed } from '@news-kg/loader';
import { createStreamIngest, streamOfInputs, type ReadingPool, type StreamIngestOptions } from '@news-kg/cli';

export function ingestPooled(
  driver: Driver,
  pool: ReadingPool,
  inputs: readonly ArticleInput[],
  options: Pick<StreamIngestOptions, 'batchSize' | 'onTexts'> & { strategy?: 'exact' | 'merge' } = {},
) {
  const store = createReadingStore(driver, { owner: 'test' });
  const { strategy, ...streamOptions } = options;
  const ingest = createStreamIngest(streamOfInputs(inputs), { pool, store, ...streamOptions });
  return ingestStreamed(driver, {
    prepare: ingest.prepare,
    extract: ingest.extract,
    sourcesOf: ingest.sourcesOf,
    strategy,
  });
}
