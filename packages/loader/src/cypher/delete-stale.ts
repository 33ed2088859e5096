// Removing what a full re-extraction no longer produces (a surname-only "person:duarte" once "Ana Duarte" is known).
//   ids ["person:duarte"], label Person -> MATCH (n:`Person`) WHERE n.id IN $ids DETACH DELETE n
import type { NodeLabel } from '@news-kg/graph-model';
import { escapeName } from '../escape';
import type { CypherQuery } from './cypher-query';

export function buildDeleteNodes(label: NodeLabel, ids: readonly string[]): CypherQuery {
  const cypher = ['UNWIND $ids AS id', `MATCH (n:${escapeName(label)} {id: id})`, 'DETACH DELETE n'];
  return { cypher: cypher.join('\n'), params: { ids } };
}

export function buildDeleteRelationships(elementIds: readonly string[]): CypherQuery {
  const cypher = [
    'UNWIND $elementIds AS elementId',
    'MATCH ()-[r]->()',
    'WHERE elementId(r) = elementId',
    'DELETE r',
  ];
  return { cypher: cypher.join('\n'), params: { elementIds } };
}
