// The two stages in one thread, readings passed through JSON as they would be through a worker or the database:
// what the pooled and stored paths compute, without them (tests compare it with extractDocument byte for byte).
import type { ArticleInput, GraphDocument } from '@news-kg/graph-model';
import type { ArticleReading, FactVariant } from './article-reading';
import { assembleReadings, resolveReadings, withFactVariant } from './extract-from-readings';
import { readArticle, rereadFacts } from './read-article';

export interface ReadingCounts {
  /** Articles read by the per-article stage. */
  read: number;
  /** Articles whose facts were read again in the batch's context. */
  reread: number;
}

export function extractViaReadings(
  inputs: readonly ArticleInput[],
  stored: ReadonlyMap<string, ArticleReading> = new Map(),
): { document: GraphDocument; readings: ArticleReading[]; counts: ReadingCounts } {
  const counts: ReadingCounts = { read: 0, reread: 0 };
  const readings = inputs.map(input => {
    const known = stored.get(input.text);
    if (known) return known;
    counts.read++;
    return JSON.parse(JSON.stringify(readArticle(input))) as ArticleReading;
  });
  const { analyses, facts, rereads } = resolveReadings(inputs, readings);
  for (const task of rereads) {
    counts.reread++;
    const variant = JSON.parse(
      JSON.stringify(rereadFacts(inputs[task.index] as ArticleInput, task)),
    ) as FactVariant;
    facts[task.index] = variant;
    // kept with the reading, as the ingest stores it: the next batch with the same context reads nothing
    readings[task.index] = withFactVariant(readings[task.index] as ArticleReading, variant);
  }
  return { document: assembleReadings(analyses, facts as FactVariant[]), readings, counts };
}
