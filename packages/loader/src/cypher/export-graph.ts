// Reading the graph back as a GraphDocument: every node of a model label, every relationship of a model type.
//   label Person -> MATCH (n:`Person`) RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id
import type { NodeLabel, RelationshipType } from '@news-kg/graph-model';
import { escapeName } from '../escape';
import type { CypherQuery } from './cypher-query';

/** `omit`: properties returned as null instead of their value (the article texts, when only the graph is compared). */
export function buildExportNodes(
  label: NodeLabel,
  { omit = [] }: { omit?: readonly string[] } = {},
): CypherQuery {
  const properties = omit.length
    ? `n {.*, ${omit.map(key => `${escapeName(key)}: null`).join(', ')}}`
    : 'properties(n)';
  const cypher = [
    `MATCH (n:${escapeName(label)})`,
    `RETURN n.id AS id, labels(n) AS labels, ${properties} AS properties`,
    'ORDER BY id',
  ];
  return { cypher: cypher.join('\n'), params: {} };
}

export function buildExportRelationships(type: RelationshipType): CypherQuery {
  const cypher = [
    `MATCH (a)-[r:${escapeName(type)}]->(b)`,
    'RETURN a.id AS start, b.id AS end, properties(r) AS properties, elementId(r) AS elementId',
    'ORDER BY start, end',
  ];
  return { cypher: cypher.join('\n'), params: {} };
}
