// rows [{ id: "person:ana-duarte", properties: { name: "Ana Duarte", aliases: ["Duarte"] } }], label Person ->
// UNWIND $rows AS row MERGE (n:`Person` {id: row.id}) ON CREATE SET n += row.properties ... RETURN count(n) AS updated
import type { NodeLabel } from '@news-kg/graph-model';
import { escapeName } from '../escape';
import { REPLAN_SKIP, type CypherQuery, type WriteMode } from './cypher-query';
import { toAnyChangedCondition, toPropertyUpdates } from './property-updates';

export interface NodeRow {
  id: string;
  /** Property values as sent to Neo4j (whole numbers as Integers, see neo4j-values.ts). */
  properties: Record<string, unknown>;
}

export interface MergeNodesOptions {
  /** Labels after the first, added to every node of the batch. */
  extraLabels?: readonly NodeLabel[];
  /** @default 'merge' */
  mode?: WriteMode;
}

/** MERGE a batch of nodes of one label by id; returns `updated`, the number of existing nodes it changed. */
export function buildMergeNodes(
  label: NodeLabel,
  rows: readonly NodeRow[],
  { extraLabels = [], mode = 'merge' }: MergeNodesOptions = {},
): CypherQuery {
  const keys = collectKeys(rows);
  const lines = [
    REPLAN_SKIP,
    'UNWIND $rows AS row',
    `MERGE (n:${escapeName(label)} {id: row.id})`,
    'ON CREATE',
    '  SET n += row.properties',
    ...extraLabels.map(extra => `SET n:${escapeName(extra)}`),
    'WITH n, row',
    `WHERE ${toAnyChangedCondition('n', keys, mode)}`,
    ...toPropertyUpdates('n', keys, mode),
    'RETURN count(n) AS updated',
  ];
  return { cypher: lines.join('\n'), params: { rows } };
}

/** Every property key of the batch, sorted, so the query text is the same for the same shape of input. */
export function collectKeys(rows: readonly { properties: Record<string, unknown> }[]): string[] {
  const keys = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row.properties)) keys.add(key);
  return [...keys].sort();
}
