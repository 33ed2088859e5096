// Writes generated articles (generate-articles.ts) as .txt files under a folder, for the `kg` command to read.
import * as fs from 'node:fs';
import { dirname, join } from 'node:path';
import type { ArticleInput } from '@news-kg/graph-model';

export function writeArticles(dir: string, articles: readonly ArticleInput[]): void {
  for (const article of articles) {
    const file = join(dir, article.path);
    fs.mkdirSync(dirname(file), { recursive: true });
    fs.writeFileSync(file, article.text);
  }
}
