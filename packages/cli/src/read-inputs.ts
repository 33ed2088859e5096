// "kg extract stories/ extra.jsonl -" -> every article under the folders (recursively, sorted), the files,
// and stdin, each parsed by the extractor's pure input parser. A file that cannot be read or parsed becomes a
// per-file error naming it; the rest of the batch goes on.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseInputBytes, type ArticleInput } from '@news-kg/extractor';

export interface InputFailure {
  path: string;
  message: string;
}

export interface ReadInputs {
  articles: ArticleInput[];
  failures: InputFailure[];
}

export const ARTICLE_EXTENSIONS = /\.(txt|text|md|html?|xhtml|json|jsonl|ndjson)$/i;

/** Reads articles from paths (files, folders, "-" for stdin); never throws for a bad file. */
export function readInputs(paths: readonly string[], readStdin: () => Buffer = () => readFileSync(0)): ReadInputs {
  const out: ReadInputs = { articles: [], failures: [] };
  for (const path of paths) {
    if (path === '-') {
      addFile(out, '<stdin>', () => readStdin());
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      out.failures.push({ path, message: `${path}: no such file or folder` });
      continue;
    }
    const files = isDir ? walk(path).map(file => ({ file, name: join(path, relative(path, file)) })) : [{ file: path, name: path }];
    for (const { file, name } of files) addFile(out, name, () => readFileSync(file));
  }
  return out;
}

function addFile(out: ReadInputs, name: string, read: () => Buffer): void {
  try {
    const parsed = parseInputBytes(new Uint8Array(read()), name);
    out.articles.push(...parsed.articles);
    for (const error of parsed.errors) out.failures.push({ path: error.path, message: error.message });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    out.failures.push({ path: name, message: message.startsWith(name) ? message : `${name}: ${message}` });
  }
}

/** Article files under a folder, depth first, in byte order of their paths (deterministic batches). */
function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (entry.isFile() && ARTICLE_EXTENSIONS.test(entry.name)) out.push(full);
  }
  return out;
}
