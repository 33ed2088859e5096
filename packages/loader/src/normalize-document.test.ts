import { LoaderError } from './errors';
import { normalizeDocument } from './normalize-document';
import { createTwoArticleDocument, personNode, rel } from './test-documents';

describe('normalizeDocument', () => {
  test('merges duplicate nodes: aliases as a sorted set, non-null values win over null', () => {
    const { both } = createTwoArticleDocument();
    const doc = normalizeDocument(both);
    const tomas = doc.nodes.find(n => n.id === 'person:tomas-reyes');
    expect(tomas?.properties.aliases).toEqual(['Reyes', 'Tomas Reyes']);
    expect(doc.nodes.find(n => n.id === 'meeting:m1')?.properties.place).toBe('Lisbon');
    expect(doc.nodes).toHaveLength(5);
  });

  test('the same REPORTED_IN twice is one relationship; another sentence is another one', () => {
    const { both } = createTwoArticleDocument();
    const doubled = { nodes: both.nodes, relationships: [...both.relationships, ...both.relationships] };
    const reported = normalizeDocument(doubled).relationships.filter(r => r.type === 'REPORTED_IN');
    expect(reported).toHaveLength(3);
  });

  test.each([
    [
      { nodes: [{ id: 'x:1', labels: ['Place'], properties: {} }], relationships: [] },
      /Unknown node label "Place"/,
    ],
    [
      { nodes: [personNode('a', 'A', [])], relationships: [rel('STATED', 'person:a', 'statement:zz')] },
      /"statement:zz", which is not in the document/,
    ],
    [
      {
        nodes: [personNode('a', 'A', [])],
        relationships: [{ ...rel('STATED', 'person:a', 'person:a'), type: 'KNOWS' }],
      },
      /Unknown relationship type "KNOWS"/,
    ],
    [{ nodes: [{ id: '', labels: ['Person'], properties: {} }], relationships: [] }, /A node has no id/],
  ])('rejects a bad document with a message naming the culprit (%#)', (doc, message) => {
    expect(() => normalizeDocument(doc as never)).toThrow(LoaderError);
    expect(() => normalizeDocument(doc as never)).toThrow(message);
  });
});
