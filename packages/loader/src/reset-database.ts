// Empties the database in chunks: relationships first, then nodes, so no transaction has to hold a popular node's
// thousands of relationships at once (a DETACH DELETE of 10k such nodes exceeds the transaction memory pool).
// The schema stays: constraints and indexes are re-applied idempotently anyway.
import type { Driver } from 'neo4j-driver';
import { runAutoCommit } from './run-auto-commit';

export interface ResetDatabaseOptions {
  database?: string;
}

const DELETE_RELATIONSHIPS = [
  'MATCH ()-[r]->()',
  'CALL {',
  '  WITH r',
  '  DELETE r',
  '} IN TRANSACTIONS OF 10000 ROWS',
];
const DELETE_NODES = [
  'MATCH (n)',
  'CALL {',
  '  WITH n',
  '  DETACH DELETE n',
  '} IN TRANSACTIONS OF 10000 ROWS',
];

/** Deletes every node and relationship; constraints and indexes are kept. */
export async function resetDatabase(
  driver: Driver,
  { database }: ResetDatabaseOptions = {},
): Promise<{ nodesDeleted: number; relationshipsDeleted: number }> {
  const during = 'resetting the database';
  const rels = await runAutoCommit(
    driver,
    { database, during },
    { cypher: DELETE_RELATIONSHIPS.join('\n'), params: {} },
  );
  const nodes = await runAutoCommit(
    driver,
    { database, during },
    { cypher: DELETE_NODES.join('\n'), params: {} },
  );
  return {
    nodesDeleted: nodes.summary.counters.updates().nodesDeleted ?? 0,
    relationshipsDeleted: rels.summary.counters.updates().relationshipsDeleted ?? 0,
  };
}
