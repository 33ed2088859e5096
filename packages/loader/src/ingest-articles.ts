// Articles in, graph out, so that ingesting A then B leaves exactly the graph of ingesting A and B together.
// Placeholder signature; the implementation follows.
import type { Driver } from 'neo4j-driver';
import type { ArticleInput } from '@news-kg/extractor/src/input/article-input';
import type { GraphDocument } from '@news-kg/extractor/src/types';
import type { WriteSummary } from './write-summary';

export interface IngestProgress {
  phase: 'extract' | 'write' | 'prune';
  articlesDone: number;
  articlesTotal: number;
}

export interface IngestArticlesOptions {
  /** The extractor (`extractDocument` of @news-kg/extractor); injected so the loader depends on its types only. */
  extract: (inputs: readonly ArticleInput[]) => GraphDocument;
  database?: string;
  /** Rows per transaction (whole articles). @default 2000 */
  batchSize?: number;
  /**
   * - `exact`: re-extract the stored articles together with the new ones, write the result and remove what it no
   *   longer contains; the graph always equals the extraction of all articles at once.
   * - `merge`: extract only the new articles and merge them in (faster; cross-article resolution sees one batch).
   * @default 'exact'
   */
  strategy?: 'exact' | 'merge';
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestSummary extends WriteSummary {
  /** Articles given. */
  articlesInput: number;
  /** Articles not in the database before. */
  articlesNew: number;
  /** Articles the graph was extracted from (stored + new, in `exact`). */
  articlesExtracted: number;
}

/** Extracts and loads articles; see IngestArticlesOptions.strategy for what "incremental" guarantees. */
export async function ingestArticles(
  _driver: Driver,
  _inputs: readonly ArticleInput[],
  _options: IngestArticlesOptions,
): Promise<IngestSummary> {
  throw new Error('ingestArticles is not implemented yet');
}
