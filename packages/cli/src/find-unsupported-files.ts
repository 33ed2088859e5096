// "stories/" -> the files under it that `kg extract` does not read (a .pdf, a .docx, an image), so the closing
// report can say they were skipped and why instead of leaving them out without a word. Hidden files and folders
// (.git, .DS_Store) are not articles and are not listed. A folder that cannot be read is read-inputs' to report.
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { SkippedFile } from './article-report';
import { ARTICLE_EXTENSIONS } from './walk-folder';

export function findUnsupportedFiles(paths: readonly string[]): SkippedFile[] {
  const out: SkippedFile[] = [];
  const visit = (dir: string, seen: Set<string>): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory() && !seen.has(full)) visit(full, new Set([...seen, full]));
      else if (entry.isFile() && !ARTICLE_EXTENSIONS.test(entry.name)) {
        const type = extname(entry.name) || 'no extension';
        out.push({
          file: full,
          reason: 'unsupported type',
          detail: `${type}: read are .txt, .md, .html, .json, .jsonl`,
        });
      }
    }
  };
  for (const path of paths) {
    if (path === '-') continue;
    try {
      if (statSync(path).isDirectory()) visit(path, new Set([path]));
    } catch {
      // a missing path is read-inputs' failure to report
    }
  }
  return out;
}
