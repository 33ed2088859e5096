// The project's own invented articles, which every clone has (the real articles live in ../shared, which a
// user's clone lacks): the three four-outlet story sets, or the example corpus `pnpm start` ingests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ArticleInput } from '@news-kg/graph-model';

const ROOT = path.resolve(__dirname, '..', '..');
export const STORY_SETS = ['heldout-story', 'heldout-story-2', 'heldout-story-3'].map(set =>
  path.join(ROOT, 'test', set, 'corpus'),
);
export const EXAMPLE_CORPUS = path.join(ROOT, 'packages', 'cli', 'example-corpus');

/** The .txt articles of the folders, each folder sorted by name; path = the file's absolute path. */
export function readTextArticles(dirs: readonly string[]): ArticleInput[] {
  return dirs.flatMap(dir =>
    fs
      .readdirSync(dir)
      .filter(name => name.endsWith('.txt'))
      .sort()
      .map(name => ({ path: path.join(dir, name), text: fs.readFileSync(path.join(dir, name), 'utf8') })),
  );
}

/** The twelve articles of the three invented story sets: meetings, statements, denials, contradictions. */
export function readInventedStories(): ArticleInput[] {
  return readTextArticles(STORY_SETS);
}
