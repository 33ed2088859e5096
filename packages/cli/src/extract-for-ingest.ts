// The extractor as kg ingest / kg start hand it to the loader: reports each article to the progress bar, and
// keeps the last document it made, so the closing report can say what each given article gave (in an exact
// ingest that document covers the stored articles too; the report lists the given ones).
// With a reading pool and store (kg ingest), the per-article stage runs in the pool and its results are kept in
// Neo4j: `prepare` reads the given articles before the ingest lock, `extract` then finds every stored reading.
import { extractDocument } from '@news-kg/extractor';
import type { ArticleInput, GraphDocument } from '@news-kg/graph-model';
import type { ReadingStore } from '@news-kg/loader';
import { extractWithReadings } from './extract-with-readings';
import type { ProgressReporter } from './ingest-progress';
import type { ReadingPool } from './reading-pool';
import { shareReadings } from './share-readings';

export interface ReportingExtractor {
  extract: (inputs: readonly ArticleInput[]) => GraphDocument | Promise<GraphDocument>;
  /** Reads and stores the given articles' readings (pooled extractor only). */
  prepare?: (given: readonly ArticleInput[]) => Promise<void>;
  /** The document of the last successful call (empty before). */
  lastDocument: () => GraphDocument;
}

export function createReportingExtractor(
  progress: ProgressReporter,
  pooled?: { pool: ReadingPool; store: ReadingStore },
): ReportingExtractor {
  let last: GraphDocument = { nodes: [], relationships: [] };
  const onProgress = (p: Parameters<ProgressReporter['extracting']>[0]) => progress.extracting(p);
  if (!pooled) {
    return {
      extract: inputs => {
        last = extractDocument(inputs, { onProgress });
        return last;
      },
      lastDocument: () => last,
    };
  }
  return {
    prepare: given => shareReadings(given, { ...pooled, onProgress }),
    extract: async inputs => {
      last = await extractWithReadings(inputs, { ...pooled, onProgress });
      return last;
    },
    lastDocument: () => last,
  };
}
