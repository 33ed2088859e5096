// "stories/" -> its article files, depth first, in byte order of their paths (deterministic batches), plus what
// could not be read. A folder that cannot be read (EACCES) is a per-path failure, as a bad file is, and the rest of
// the batch goes on. Symbolic links are followed, each folder and file read once: a link back to a folder already
// being read (a loop), a second way to a file already read, or a link to nothing is reported, never dropped.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import type { InputFailure } from './input-failure';

export const ARTICLE_EXTENSIONS = /\.(txt|text|md|html?|xhtml|json|jsonl|ndjson)$/i;

export interface WalkedFolder {
  files: string[];
  /** Paths that could not be read: the exit code says so. */
  failures: InputFailure[];
  /** Paths left out on purpose (read once already): said, but not a failure. */
  warnings: InputFailure[];
}

function reasonOf(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  return code ? `${code}: ${message.replace(/^\w+: /, '').split(',')[0]}` : String(error);
}

export function walkFolder(root: string): WalkedFolder {
  const out: WalkedFolder = { files: [], failures: [], warnings: [] };
  const folders = new Map<string, string>();
  const files = new Map<string, string>();
  const visit = (dir: string): void => {
    let entries: Dirent[];
    try {
      const real = realpathSync(dir);
      const first = folders.get(real);
      if (first !== undefined) {
        out.warnings.push({
          path: dir,
          message: `${dir}: skipped, a link to ${first}, which is read already (a symlink loop or a second link)`,
        });
        return;
      }
      folders.set(real, dir);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      out.failures.push({
        path: dir,
        message: `${dir}: cannot read this folder (${reasonOf(error)}); its articles are left out`,
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(full);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          if (ARTICLE_EXTENSIONS.test(entry.name)) {
            out.failures.push({
              path: full,
              message: `${full}: a symbolic link to nothing readable (${reasonOf(error)})`,
            });
          } else {
            out.warnings.push({
              path: full,
              message: `${full}: skipped, a symbolic link to nothing readable (${reasonOf(error)})`,
            });
          }
          continue;
        }
      }
      if (isDirectory) visit(full);
      else if (isFile && ARTICLE_EXTENSIONS.test(entry.name)) addFile(full);
    }
  };
  const addFile = (file: string): void => {
    let real = file;
    try {
      real = realpathSync(file);
    } catch {
      // Read as named; reading it reports the problem.
    }
    const first = files.get(real);
    if (first !== undefined) {
      out.warnings.push({ path: file, message: `${file}: skipped, the same file as ${first} (read once)` });
      return;
    }
    files.set(real, file);
    out.files.push(file);
  };
  visit(root);
  return out;
}
