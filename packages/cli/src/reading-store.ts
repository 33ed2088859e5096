// Where the per-article stage's results are kept between runs: `kg ingest` keeps them in Neo4j beside the Articles
// (@news-kg/loader's createReadingStore); `kg extract` keeps none. Keys: readingKey.
import { createHash } from 'node:crypto';
import type { ArticleReading } from '@news-kg/extractor';
import { textDigest } from '@news-kg/extractor';
import type { ArticleInput } from '@news-kg/graph-model';
import type { ReadingStore as LoaderReadingStore } from '@news-kg/loader';

/** What extractWithReadings needs of a store (@news-kg/loader's createReadingStore has more: claims). */
export type ReadingStore = Pick<LoaderReadingStore, 'get' | 'put'>;

/** "<sha-256 of the text>:<extractor version>:<digest of the input's other fields>": the path is left out (the same
 * text moved to another file reads the same), a record's title or date is in (the reading depends on them). */
export function readingKey(input: ArticleInput, version: string): string {
  const { path: _path, text, ...rest } = input;
  const meta = Object.keys(rest).length
    ? createHash('sha256')
        .update(JSON.stringify(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1))))
        .digest('hex')
        .slice(0, 16)
    : '-';
  return `${textDigest(text)}:${version}:${meta}`;
}

export function parseReading(json: string): ArticleReading {
  return JSON.parse(json) as ArticleReading;
}
