// The inputs of kg extract / ingest / start and what was left out of them: the articles to extract (each text
// once), and the files skipped with the reason (unreadable, unsupported type, duplicate), for the closing report.
import type { ArticleInput } from '@news-kg/graph-model';
import { findDuplicates, type SkippedFile } from './article-report';
import { findUnsupportedFiles } from './find-unsupported-files';
import type { InputFailure } from './input-failure';
import { readInputs } from './read-inputs';

export interface GatheredArticles {
  articles: ArticleInput[];
  /** Files that could not be read or parsed (the exit code says so). */
  failures: InputFailure[];
  /** Read, with something left out on purpose (a second link to a file, a record field of the wrong type). */
  warnings: InputFailure[];
  skipped: SkippedFile[];
}

export function gatherArticles(paths: readonly string[]): GatheredArticles {
  const read = readInputs(paths);
  const { kept, skipped: duplicates } = findDuplicates(read.articles);
  const unreadable: SkippedFile[] = read.failures.map(f => ({
    file: f.path,
    reason: 'unreadable',
    detail: f.message.startsWith(`${f.path}: `) ? f.message.slice(f.path.length + 2) : f.message,
  }));
  return {
    articles: kept,
    failures: read.failures,
    warnings: read.warnings,
    skipped: [...unreadable, ...findUnsupportedFiles(paths), ...duplicates],
  };
}

/** "no article could be read from stories/ (3 unreadable, 2 unsupported type)". */
export function noArticleMessage(paths: readonly string[], skipped: readonly SkippedFile[]): string {
  const where = paths.length ? paths.join(', ') : 'stdin';
  if (skipped.length === 0) return `no article found in ${where} (no .txt, .md, .html, .json or .jsonl file)`;
  return `no article could be read from ${where}; see the skipped files above`;
}
