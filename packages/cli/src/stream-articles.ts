// The inputs of kg extract as a stream: the articles of gatherArticles, in its order and with the same duplicates
// left out, read a batch at a time, so that a folder of 100,000 articles never has 100,000 texts in memory. What is
// kept of each article is its path, its id and where to read it again (its file, its place among the file's
// articles); the failures, warnings and skipped files are complete once the stream has ended.
import { articleId } from '@news-kg/graph-model';
import type { ArticleInput } from '@news-kg/graph-model';
import type { SkippedFile } from './article-report';
import { findUnsupportedFiles } from './find-unsupported-files';
import type { InputFailure } from './input-failure';
import { readFileAgain, readInputsByFile } from './read-inputs';

/** Where an article can be read again: a file and its place among the file's articles, or (stdin) its input. */
export type ArticleSource = { file: string; index: number } | { input: ArticleInput };

export interface StreamedArticle {
  input: ArticleInput;
  source: ArticleSource;
}

export interface ArticleStream {
  /** The articles in batches of at most `size`, each text read when its batch is asked for. */
  batches(size: number): Generator<StreamedArticle[]>;
  /** Complete once batches() has ended, as gatherArticles gives them. */
  failures: InputFailure[];
  warnings: InputFailure[];
  skipped(): SkippedFile[];
}

export function streamArticles(paths: readonly string[]): ArticleStream {
  const failures: InputFailure[] = [];
  const warnings: InputFailure[] = [];
  const duplicates: SkippedFile[] = [];
  const isRepeat = repeatFinder(duplicates);
  function* articles(): Generator<StreamedArticle> {
    for (const part of readInputsByFile(paths)) {
      failures.push(...part.failures);
      warnings.push(...part.warnings);
      for (const [index, input] of part.articles.entries()) {
        if (isRepeat(input)) continue;
        const source: ArticleSource =
          part.file === null || part.file === '<stdin>' ? { input } : { file: part.file, index };
        yield { input, source };
      }
    }
  }
  return {
    batches: size => inBatches(articles(), size),
    failures,
    warnings,
    skipped: () => [
      ...failures.map(f => ({
        file: f.path,
        reason: 'unreadable' as const,
        detail: f.message.startsWith(`${f.path}: `) ? f.message.slice(f.path.length + 2) : f.message,
      })),
      ...findUnsupportedFiles(paths),
      ...duplicates,
    ],
  };
}

/** The article read again from its source. */
export function readSourceAgain(source: ArticleSource): ArticleInput {
  if ('input' in source) return source.input;
  const input = readFileAgain(source.file)[source.index];
  if (!input) throw new Error(`${source.file}: changed while it was being read`);
  return input;
}

/** Articles already in memory as a stream (library callers, tests): the same duplicates left out, each article its
 * own source. */
export function streamOfInputs(inputs: readonly ArticleInput[]): ArticleStream {
  const duplicates: SkippedFile[] = [];
  function* articles(): Generator<StreamedArticle> {
    const isRepeat = repeatFinder(duplicates);
    for (const input of inputs) if (!isRepeat(input)) yield { input, source: { input } };
  }
  return {
    batches: size => inBatches(articles(), size),
    failures: [],
    warnings: [],
    skipped: () => [...duplicates],
  };
}

/** A test that says whether an article's text was seen before, recording each repeat as a skipped duplicate. */
function repeatFinder(duplicates: SkippedFile[]): (input: ArticleInput) => boolean {
  const firstPathOf = new Map<string, string>();
  return input => {
    const id = articleId(input.text);
    const first = firstPathOf.get(id);
    if (first !== undefined) {
      duplicates.push({ file: input.path, reason: 'duplicate', detail: `the same text as ${first}` });
      return true;
    }
    firstPathOf.set(id, input.path);
    return false;
  };
}

function* inBatches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}
