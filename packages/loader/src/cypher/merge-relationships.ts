// rows [{ start: "statement:9f2c…", end: "article:1a2b…", properties: { evidence: "…", start: 120, end: 188 } }],
// REPORTED_IN Statement->Article, keys [start, end] ->
// UNWIND $rows AS row MATCH (a:`Statement` {id: row.start}) MATCH (b:`Article` {id: row.end})
// MERGE (a)-[r:`REPORTED_IN` {`start`: row.properties.`start`, `end`: row.properties.`end`}]->(b) ...
import type { NodeLabel, RelationshipType } from '@news-kg/graph-model';
import { escapeName } from '../escape';
import { REPLAN_SKIP, type CypherQuery, type WriteMode } from './cypher-query';
import { collectKeys } from './merge-nodes';
import { toAnyChangedCondition, toPropertyUpdates } from './property-updates';

export interface RelationshipRow {
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

export interface RelationshipShape {
  type: RelationshipType;
  startLabel: NodeLabel;
  endLabel: NodeLabel;
  /** Properties that identify the relationship (see relationship-keys.ts); non-null in every row of the batch. */
  keyProperties: readonly string[];
}

/** MERGE a batch of relationships of one shape between existing nodes; returns `updated` (existing ones changed). */
export function buildMergeRelationships(
  { type, startLabel, endLabel, keyProperties }: RelationshipShape,
  rows: readonly RelationshipRow[],
  { mode = 'merge' }: { mode?: WriteMode } = {},
): CypherQuery {
  const keyMap = keyProperties.map(k => `${escapeName(k)}: row.properties.${escapeName(k)}`).join(', ');
  const valueKeys = collectKeys(rows).filter(k => !keyProperties.includes(k));
  const lines = [
    REPLAN_SKIP,
    'UNWIND $rows AS row',
    `MATCH (a:${escapeName(startLabel)} {id: row.start})`,
    `MATCH (b:${escapeName(endLabel)} {id: row.end})`,
    `MERGE (a)-[r:${escapeName(type)}${keyMap ? ` {${keyMap}}` : ''}]->(b)`,
    'ON CREATE',
    '  SET r += row.properties',
    'WITH r, row',
    `WHERE ${toAnyChangedCondition('r', valueKeys, mode)}`,
    ...toPropertyUpdates('r', valueKeys, mode),
    'RETURN count(r) AS updated',
  ];
  return { cypher: lines.join('\n'), params: { rows } };
}
