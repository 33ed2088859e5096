// Public API of @news-kg/cli: the `kg` command itself is packages/cli/src/main.ts; this is what other tools may reuse.
export { readInputs } from './read-inputs';
export { createReportingExtractor, type ReportingExtractor } from './extract-for-ingest';
export type { ProgressReporter } from './ingest-progress';
export { createReadingPool, defaultWorkers, withReadingPool, type ReadingPool } from './reading-pool';
export { extractWithReadings, type ExtractWithReadingsOptions } from './extract-with-readings';
export { streamArticles, streamOfInputs, type ArticleStream } from './stream-articles';
export { createStreamIngest, type StreamIngest, type StreamIngestOptions } from './stream-ingest';
