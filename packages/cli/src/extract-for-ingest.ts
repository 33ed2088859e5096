// The extractor as kg ingest / kg start hand it to the loader: reports each article to the progress bar, and
// keeps the last document it made, so the closing report can say what each given article gave (in an exact
// ingest that document covers the stored articles too; the report lists the given ones).
import { extractDocument } from '@news-kg/extractor';
import type { ArticleInput, GraphDocument } from '@news-kg/graph-model';
import type { ProgressReporter } from './ingest-progress';

export interface ReportingExtractor {
  extract: (inputs: readonly ArticleInput[]) => GraphDocument;
  /** The document of the last successful call (empty before). */
  lastDocument: () => GraphDocument;
}

export function createReportingExtractor(progress: ProgressReporter): ReportingExtractor {
  let last: GraphDocument = { nodes: [], relationships: [] };
  return {
    extract: inputs => {
      last = extractDocument(inputs, { onProgress: p => progress.extracting(p) });
      return last;
    },
    lastDocument: () => last,
  };
}
