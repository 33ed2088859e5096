// "kg extract stories/ extra.jsonl -" -> every article under the folders (recursively, sorted), the files,
// and stdin, each parsed by the extractor's pure input parser. A file or folder that cannot be read or parsed
// becomes a per-path error naming it; the rest of the batch goes on. Warnings name what was read but partly
// ignored (a record's field of the wrong type, a second link to a file).
import { readFileSync, statSync } from 'node:fs';
import { parseInputBytes } from '@news-kg/extractor';
import type { ArticleInput } from '@news-kg/graph-model';
import { findRecordWarnings } from './check-record-fields';
import { readInputFile, toUtf8Bytes } from './decode-input-file';
import { walkFolder } from './walk-folder';
import type { InputFailure } from './input-failure';

export interface ReadInputs {
  articles: ArticleInput[];
  failures: InputFailure[];
  /** Read, with something left out on purpose; not a failure. */
  warnings: InputFailure[];
}

/** Reads articles from paths (files, folders, "-" for stdin); never throws for a bad file or folder. */
export function readInputs(
  paths: readonly string[],
  readStdin: () => Buffer = () => readFileSync(0),
): ReadInputs {
  const out: ReadInputs = { articles: [], failures: [], warnings: [] };
  for (const part of readInputsByFile(paths, readStdin)) {
    out.articles.push(...part.articles);
    out.failures.push(...part.failures);
    out.warnings.push(...part.warnings);
  }
  return out;
}

/** What readInputs reads, one file (or one unreadable path) at a time, in the same order: a caller that streams the
 * articles holds one file's texts at a time. `file` names where the articles can be read again (readFileAgain). */
export function* readInputsByFile(
  paths: readonly string[],
  readStdin: () => Buffer = () => readFileSync(0),
): Generator<ReadInputs & { file: string | null }> {
  for (const path of paths) {
    if (path === '-') {
      yield readFile('<stdin>', () => toUtf8Bytes(new Uint8Array(readStdin()), '<stdin>'));
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file or folder' : `cannot be read (${code ?? String(error)})`;
      yield { file: null, articles: [], failures: [{ path, message: `${path}: ${why}` }], warnings: [] };
      continue;
    }
    if (!isDir) {
      yield readFile(path, () => readInputFile(path));
      continue;
    }
    const walked = walkFolder(path);
    yield { file: null, articles: [], failures: walked.failures, warnings: walked.warnings };
    for (const file of walked.files) yield readFile(file, () => readInputFile(file));
  }
}

/** The articles of a file read again (a streamed batch keeps no text): the same parse, so the same articles. */
export function readFileAgain(file: string): ArticleInput[] {
  return parseInputBytes(readInputFile(file), file).articles;
}

function readFile(name: string, read: () => Uint8Array): ReadInputs & { file: string | null } {
  const out: ReadInputs & { file: string | null } = {
    file: name,
    articles: [],
    failures: [],
    warnings: [],
  };
  try {
    const bytes = read();
    const parsed = parseInputBytes(bytes, name);
    out.articles.push(...parsed.articles);
    for (const error of parsed.errors) out.failures.push({ path: error.path, message: error.message });
    out.warnings.push(...findRecordWarnings(bytes, name));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    out.failures.push({ path: name, message: message.startsWith(name) ? message : `${name}: ${message}` });
  }
  return out;
}
