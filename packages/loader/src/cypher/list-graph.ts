// What is in the database, by identity only: the input of pruning after a full re-extraction.
//   label Person -> MATCH (n:`Person`) RETURN n.id AS id
//   REPORTED_IN, keys [start, end] -> … RETURN a.id AS start, b.id AS end, elementId(r) AS elementId, [r.`start`, r.`end`] AS keyValues
import type { NodeLabel, RelationshipType } from '@news-kg/graph-model';
import { escapeName } from '../escape';
import type { CypherQuery } from './cypher-query';

export function buildListNodeIds(label: NodeLabel): CypherQuery {
  return { cypher: [`MATCH (n:${escapeName(label)})`, 'RETURN n.id AS id'].join('\n'), params: {} };
}

export function buildListRelationships(
  type: RelationshipType,
  keyProperties: readonly string[],
): CypherQuery {
  const keyValues = keyProperties.map(k => `r.${escapeName(k)}`).join(', ');
  const cypher = [
    `MATCH (a)-[r:${escapeName(type)}]->(b)`,
    `RETURN a.id AS start, b.id AS end, elementId(r) AS elementId, [${keyValues}] AS keyValues`,
  ];
  return { cypher: cypher.join('\n'), params: {} };
}

/** Articles with the text and input they were read from (stored by `kg ingest`). */
export function buildListStoredArticles(): CypherQuery {
  const cypher = [
    'MATCH (a:Article)',
    'RETURN a.id AS id, a.sourceText AS text, a.sourceInput AS input',
    'ORDER BY id',
  ];
  return { cypher: cypher.join('\n'), params: {} };
}
