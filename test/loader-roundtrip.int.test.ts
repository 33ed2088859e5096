// Round trip with the real extractor on the dev corpus: extract -> load -> export equals the extractor's output
// (up to order), and the scorer gives the same numbers on both. Then the same corpus ingested in two runs equals
// the corpus ingested at once.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extractDocument } from '@news-kg/extractor/src/extract-document';
import type { ArticleInput } from '@news-kg/extractor/src/input/article-input';
import type { GraphDocument } from '@news-kg/extractor/src/types';
import {
  exportDocument,
  ingestArticles,
  isUnchanged,
  normalizeDocument,
  resetDatabase,
  toRelationshipKey,
  writeDocument,
} from '@news-kg/loader';
import { startTestNeo4j, type TestNeo4j } from './support/neo4j';

jest.setTimeout(120_000);

const REPO = path.resolve(__dirname, '..');
const CORPUS = path.resolve(REPO, '../shared/corpus/dev');
const EVAL = path.resolve(REPO, '../shared/eval');

function readCorpus(): ArticleInput[] {
  return readdirSync(CORPUS)
    .filter(f => f.endsWith('.txt'))
    .sort()
    .map(f => ({ path: path.join(CORPUS, f), text: readFileSync(path.join(CORPUS, f), 'utf8') }));
}

/** Nodes by id, relationships by key, aliases sorted: what "equal up to order" means. */
function toCanonical(doc: GraphDocument): GraphDocument {
  const n = normalizeDocument(doc);
  const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return {
    nodes: [...n.nodes].sort((a, b) => byKey(a.id, b.id)),
    relationships: [...n.relationships].sort((a, b) => byKey(toRelationshipKey(a), toRelationshipKey(b))),
  };
}

function score(doc: GraphDocument): unknown {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'loader-roundtrip-')), 'graph.json');
  writeFileSync(file, JSON.stringify(doc));
  const out = execFileSync(
    process.execPath,
    [
      path.join(EVAL, 'score.mjs'),
      '--gold',
      path.join(EVAL, 'gold-dev.json'),
      '--graph',
      file,
      '--corpus',
      CORPUS,
      '--json',
    ],
    { encoding: 'utf8' },
  );
  return JSON.parse(out);
}

describe('round trip on the dev corpus', () => {
  let db: TestNeo4j;
  const inputs = readCorpus();
  const extracted = extractDocument(inputs);

  beforeAll(async () => {
    db = await startTestNeo4j();
    await resetDatabase(db.driver);
  });
  afterAll(async () => {
    if (!db) return;
    await resetDatabase(db.driver);
    await db.stop();
  });

  test('extract -> load -> export equals the extractor output, and scores the same', async () => {
    expect(extracted.nodes.length).toBeGreaterThan(10);
    await writeDocument(db.driver, extracted);
    const exported = await exportDocument(db.driver);
    expect(toCanonical(exported)).toEqual(toCanonical(extracted));
    expect(score(exported)).toEqual(score(extracted));
    expect(isUnchanged(await writeDocument(db.driver, extracted))).toBe(true);
  });

  test('ingesting two articles, then the other three, equals ingesting all five at once', async () => {
    await resetDatabase(db.driver);
    const options = { extract: extractDocument, batchSize: 50 };
    await ingestArticles(db.driver, inputs.slice(0, 2), options);
    await ingestArticles(db.driver, inputs.slice(2), options);
    const inTwoRuns = await exportDocument(db.driver);
    expect(toCanonical(inTwoRuns)).toEqual(toCanonical(extracted));
    expect(isUnchanged(await ingestArticles(db.driver, inputs, options))).toBe(true);
  });
});
