// One task of the per-article stage, run in a worker thread of the reading pool (reading-pool.ts): read an article
// (its ArticleReading), or read its facts again in the context a batch gives it. Results are plain JSON values.
import {
  readArticle,
  rereadFacts,
  type ArticleReading,
  type FactVariant,
  type RereadTask,
} from '@news-kg/extractor';
import type { ArticleInput } from '@news-kg/graph-model';

export type ReadingTask =
  | { kind: 'read'; input: ArticleInput }
  | { kind: 'reread'; input: ArticleInput; task: Omit<RereadTask, 'index'> };

/** The result as JSON text: what the main thread parses is exactly what a store would give back. */
export function runReadingTask(task: ReadingTask): string {
  const result: ArticleReading | FactVariant =
    task.kind === 'read' ? readArticle(task.input) : rereadFacts(task.input, task.task);
  return JSON.stringify(result);
}
