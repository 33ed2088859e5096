import type { GraphDocument, Properties } from '@news-kg/graph-model';
import { toRelationshipKey } from './relationship-keys';
import { findChanges, type StoredGraph } from './write-changes';

const article = { id: 'article:a1', labels: ['Article' as const], properties: { path: 'a.txt', title: 'T' } };
const lena = {
  id: 'person:lena-varga',
  labels: ['Person' as const],
  properties: { name: 'Lena Varga', aliases: ['Lena Varga', 'Varga'] },
};
const meeting = {
  id: 'meeting:x',
  labels: ['Meeting' as const],
  properties: {
    date: null,
    dateText: null,
    place: null,
    summary: 'Lena Varga met Tom Hale',
    status: 'planned',
  },
};
const mentions = { type: 'MENTIONS' as const, start: article.id, end: lena.id, properties: { count: 2 } };
const reported = {
  type: 'REPORTED_IN' as const,
  start: meeting.id,
  end: article.id,
  properties: { evidence: 'Varga will meet Hale', start: 10, end: 30, rule: 'will-meet' },
};

/** The graph as writeDocument leaves `doc`: Browser hints on meetings and statements, no nulls stored. */
function storedAs(doc: GraphDocument): StoredGraph {
  const graph: StoredGraph = { nodes: new Map(), relationships: new Map() };
  for (const node of doc.nodes) {
    const labels = new Set<string>(node.labels);
    const properties: Properties = {};
    for (const [k, v] of Object.entries(node.properties)) if (v !== null) properties[k] = v;
    if (node.labels.includes('Meeting')) {
      labels.add('Planned');
      properties.caption = 'planned undated';
    }
    graph.nodes.set(`${node.labels[0]}\u0000${node.id}`, { labels, properties });
  }
  doc.relationships.forEach((rel, i) =>
    graph.relationships.set(toRelationshipKey(rel), [{ elementId: `r${i}`, properties: rel.properties }]),
  );
  return graph;
}

const doc: GraphDocument = { nodes: [article, lena, meeting], relationships: [mentions, reported] };

describe('findChanges', () => {
  it('writes nothing and removes nothing when the graph already holds the document', () => {
    const changes = findChanges(doc, storedAs(doc));
    expect(changes.write).toEqual({ nodes: [], relationships: [] });
    expect(changes.staleRelationships).toEqual([]);
    expect([...changes.staleNodes]).toEqual([]);
  });

  it('writes the rows a replace write would change: a new value, a value now null, a new relationship', () => {
    const stored = storedAs(doc);
    const next: GraphDocument = {
      nodes: [
        article,
        { ...lena, properties: { ...lena.properties, aliases: ['L. Varga', 'Lena Varga', 'Varga'] } },
        { ...meeting, properties: { ...meeting.properties, summary: null } },
      ],
      relationships: [
        { ...mentions, properties: { count: 3 } },
        reported,
        { type: 'STATED', start: lena.id, end: meeting.id, properties: {} },
      ],
    };
    const changes = findChanges(next, stored);
    // the article goes along as the anchor of its changed MENTIONS (writeDocument's transactions are per article)
    expect(changes.write.nodes.map(n => n.id)).toEqual([article.id, lena.id, meeting.id]);
    expect(changes.write.relationships.map(r => r.type)).toEqual(['MENTIONS', 'STATED']);
  });

  it('writes a node whose stored copy lacks a label the write would add', () => {
    const stored = storedAs(doc);
    stored.nodes.get(`Meeting\u0000${meeting.id}`)!.labels.delete('Planned');
    expect(findChanges(doc, stored).write.nodes.map(n => n.id)).toEqual([meeting.id]);
  });

  it('removes what the document lacks, but never an Article', () => {
    const stored = storedAs(doc);
    const smaller: GraphDocument = { nodes: [lena], relationships: [] };
    const changes = findChanges(smaller, stored);
    expect(changes.staleRelationships.sort()).toEqual(['r0', 'r1']);
    expect([...changes.staleNodes]).toEqual([['Meeting', [meeting.id]]]);
  });

  it('tells apart two reports of one fact in one article by their offsets', () => {
    const second = { ...reported, properties: { ...reported.properties, start: 40, end: 60 } };
    const changes = findChanges({ ...doc, relationships: [mentions, second] }, storedAs(doc));
    expect(changes.write).toEqual({ nodes: [article], relationships: [second] });
    expect(changes.staleRelationships).toEqual(['r1']);
  });
});
