// Progress of kg ingest / kg start on one bar (progress-bar.ts): the extractor's two stages per article (it reports
// each article as it goes, so the bar moves during extraction, not only while writing), then the loader's write
// phases (comparing with the stored graph, writing), and a line when another ingest holds the lock.
import type { ExtractProgress } from '@news-kg/extractor';
import type { IngestProgress } from '@news-kg/loader';
import { createProgressBar, type ProgressBar } from './progress-bar';

export const EXTRACT_LABELS: Record<ExtractProgress['stage'], string> = {
  read: 'reading articles',
  facts: 'finding facts   ',
};

export interface ProgressReporter {
  /** The loader's phases (wait, compare, write; its extract phase is the extractor's to report). */
  update(progress: IngestProgress): void;
  /** The extractor's stages, article by article. */
  extracting(progress: ExtractProgress): void;
  stop(): void;
}

export function createProgressReporter(bar: ProgressBar = createProgressBar()): ProgressReporter {
  return {
    update({ phase, articlesDone, articlesTotal }) {
      if (phase === 'wait') bar.note('ingest: waiting for another ingest to finish');
      else if (phase === 'compare') bar.update('comparing graph ', articlesDone, articlesTotal);
      else if (phase === 'write') bar.update('writing to Neo4j', articlesDone, articlesTotal);
    },
    extracting: ({ stage, done, total }) => bar.update(EXTRACT_LABELS[stage], done, total),
    stop: () => bar.stop(),
  };
}
