// Round trip with the real extractor on two of the project's invented story sets: extract -> load -> export
// equals the extractor's output (up to order; the scorer, a function of the document, then gives the same
// numbers on both). Then the same corpus ingested in two runs equals the corpus ingested at once.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractDocument } from '@news-kg/extractor';
import type { ArticleInput } from '@news-kg/graph-model';
import type { GraphDocument } from '@news-kg/graph-model';
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
const CORPORA = ['heldout-story-2', 'heldout-story-3'].map(set => path.join(REPO, 'test', set, 'corpus'));

function readCorpus(): ArticleInput[] {
  return CORPORA.flatMap(dir =>
    readdirSync(dir)
      .filter(f => f.endsWith('.txt'))
      .sort()
      .map(f => ({ path: path.join(dir, f), text: readFileSync(path.join(dir, f), 'utf8') })),
  );
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

describe('round trip on the invented story sets', () => {
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

  test('extract -> load -> export equals the extractor output', async () => {
    expect(extracted.nodes.length).toBeGreaterThan(10);
    await writeDocument(db.driver, extracted);
    const exported = await exportDocument(db.driver);
    expect(toCanonical(exported)).toEqual(toCanonical(extracted));
    expect(isUnchanged(await writeDocument(db.driver, extracted))).toBe(true);
  });

  test('ingesting three articles, then the other five, equals ingesting all eight at once', async () => {
    await resetDatabase(db.driver);
    const options = { extract: extractDocument, batchSize: 50 };
    await ingestArticles(db.driver, inputs.slice(0, 3), options);
    await ingestArticles(db.driver, inputs.slice(3), options);
    const inTwoRuns = await exportDocument(db.driver);
    expect(toCanonical(inTwoRuns)).toEqual(toCanonical(extracted));
    expect(isUnchanged(await ingestArticles(db.driver, inputs, options))).toBe(true);
  });
});
