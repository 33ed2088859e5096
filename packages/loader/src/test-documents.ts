// Small hand-written GraphDocuments for tests (invented people; no corpus text).
import type { GraphDocument, GraphNode, GraphRelationship } from '@news-kg/graph-model';

export const articleNode = (id: string, path = `${id}.txt`): GraphNode => ({
  id: `article:${id}`,
  labels: ['Article'],
  properties: { path, title: `Title ${id}`, publishedAt: '2021-04-02', outlet: null },
});

export const personNode = (slug: string, name: string, aliases: string[]): GraphNode => ({
  id: `person:${slug}`,
  labels: ['Person'],
  properties: { name, aliases },
});

export const meetingNode = (id: string, place: string | null = null): GraphNode => ({
  id: `meeting:${id}`,
  labels: ['Meeting'],
  properties: { date: '2021-03', dateText: 'in March', place, summary: 'A meeting', status: 'reported' },
});

export const rel = (
  type: GraphRelationship['type'],
  start: string,
  end: string,
  properties: GraphRelationship['properties'] = {},
): GraphRelationship => ({ type, start, end, properties });

/** Article a1 reports a meeting of Ana Duarte and Tomas Reyes; article a2 reports it again and names Reyes only. */
export function createTwoArticleDocument(): { a: GraphDocument; b: GraphDocument; both: GraphDocument } {
  const ana = personNode('ana-duarte', 'Ana Duarte', ['Ana Duarte', 'Finance Minister Ana Duarte']);
  const tomasA = personNode('tomas-reyes', 'Tomas Reyes', ['Tomas Reyes']);
  const tomasB = personNode('tomas-reyes', 'Tomas Reyes', ['Reyes', 'Tomas Reyes']);
  const meetingA = meetingNode('m1', null);
  const meetingB = meetingNode('m1', 'Lisbon');
  const a: GraphDocument = {
    nodes: [articleNode('a1'), ana, tomasA, meetingA],
    relationships: [
      rel('MENTIONS', 'article:a1', ana.id, { count: 2 }),
      rel('MENTIONS', 'article:a1', tomasA.id, { count: 1 }),
      rel('PARTICIPATED_IN', ana.id, meetingA.id),
      rel('PARTICIPATED_IN', tomasA.id, meetingA.id),
      rel('REPORTED_IN', meetingA.id, 'article:a1', { evidence: 'Duarte met Reyes.', start: 10, end: 27 }),
    ],
  };
  const b: GraphDocument = {
    nodes: [articleNode('a2'), tomasB, ana, meetingB],
    relationships: [
      rel('MENTIONS', 'article:a2', tomasB.id, { count: 4 }),
      rel('MENTIONS', 'article:a2', ana.id, { count: 1 }),
      rel('PARTICIPATED_IN', ana.id, meetingB.id),
      rel('PARTICIPATED_IN', tomasB.id, meetingB.id),
      rel('REPORTED_IN', meetingB.id, 'article:a2', { evidence: 'They met in Lisbon.', start: 0, end: 19 }),
      rel('REPORTED_IN', meetingB.id, 'article:a2', { evidence: 'The talks went on.', start: 40, end: 58 }),
    ],
  };
  const both: GraphDocument = {
    nodes: [...a.nodes, ...b.nodes],
    relationships: [...a.relationships, ...b.relationships],
  };
  return { a, b, both };
}
