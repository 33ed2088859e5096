// kg ingest's pooled path as the integration tests drive it: the articles' readings through a reading pool and a
// reading store in the test database, then the loader's ingest, with no progress output.
import type { Driver } from 'neo4j-driver';
import type { ArticleInput } from '@news-kg/graph-model';
import { createReadingStore, ingestArticles } from '@news-kg/loader';
import { createReportingExtractor, type ProgressReporter, type ReadingPool } from '@news-kg/cli';

const silent: ProgressReporter = { update: () => {}, extracting: () => {}, stop: () => {} };

export function ingestPooled(driver: Driver, pool: ReadingPool, inputs: readonly ArticleInput[]) {
  const store = createReadingStore(driver, { owner: 'test' });
  const extractor = createReportingExtractor(silent, { pool, store });
  return ingestArticles(driver, inputs, { extract: extractor.extract, prepare: extractor.prepare });
}
