import { normalizeDocument } from './normalize-document';
import { planBatches } from './plan-batches';
import { createTwoArticleDocument, personNode } from './test-documents';

describe('planBatches', () => {
  test('batchSize 1: one transaction per article, shared nodes go with the first article that touches them', () => {
    const { both } = createTwoArticleDocument();
    const batches = planBatches(normalizeDocument(both), 1);
    expect(batches.map(b => b.articleIds)).toEqual([['article:a1'], ['article:a2']]);
    expect(batches[0]?.nodes.map(n => n.id).sort()).toEqual([
      'article:a1',
      'meeting:m1',
      'person:ana-duarte',
      'person:tomas-reyes',
    ]);
    expect(batches[1]?.nodes.map(n => n.id)).toEqual(['article:a2']);
    expect(batches[1]?.relationships.filter(r => r.type === 'REPORTED_IN')).toHaveLength(2);
  });

  test('large batches pack whole articles together; every row is written exactly once', () => {
    const { both } = createTwoArticleDocument();
    const doc = normalizeDocument(both);
    const batches = planBatches(doc, 1000);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.nodes).toHaveLength(doc.nodes.length);
    expect(batches[0]?.relationships).toHaveLength(doc.relationships.length);
  });

  test('nodes no article touches go in a closing batch without articles', () => {
    const { a } = createTwoArticleDocument();
    const doc = normalizeDocument({
      nodes: [...a.nodes, personNode('lone', 'Lone Person', [])],
      relationships: a.relationships,
    });
    const batches = planBatches(doc, 1);
    expect(batches.at(-1)).toEqual({
      articleIds: [],
      nodes: [expect.objectContaining({ id: 'person:lone' })],
      relationships: [],
    });
  });
});
