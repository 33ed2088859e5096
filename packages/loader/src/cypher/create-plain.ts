// The benchmark's bound: the same rows through plain `UNWIND … CREATE`, no MERGE, no comparisons.
//   UNWIND $rows AS row CREATE (n:`Person`) SET n = row.properties, n.id = row.id
import type { NodeLabel } from '@news-kg/graph-model';
import { escapeName } from '../escape';
import type { CypherQuery } from './cypher-query';
import type { NodeRow } from './merge-nodes';
import type { RelationshipRow, RelationshipShape } from './merge-relationships';

/** CREATE a batch of nodes of one label (only into an empty database: no uniqueness check). */
export function buildCreateNodes(label: NodeLabel, rows: readonly NodeRow[]): CypherQuery {
  const cypher = [
    'UNWIND $rows AS row',
    `CREATE (n:${escapeName(label)})`,
    'SET n = row.properties, n.id = row.id',
  ];
  return { cypher: cypher.join('\n'), params: { rows } };
}

/** CREATE a batch of relationships of one shape between nodes found by id. */
export function buildCreateRelationships(
  { type, startLabel, endLabel }: Pick<RelationshipShape, 'type' | 'startLabel' | 'endLabel'>,
  rows: readonly RelationshipRow[],
): CypherQuery {
  const cypher = [
    'UNWIND $rows AS row',
    `MATCH (a:${escapeName(startLabel)} {id: row.start})`,
    `MATCH (b:${escapeName(endLabel)} {id: row.end})`,
    `CREATE (a)-[r:${escapeName(type)}]->(b)`,
    'SET r = row.properties',
  ];
  return { cypher: cypher.join('\n'), params: { rows } };
}
