// Empties the database in chunks (one huge DETACH DELETE would need the whole graph in one transaction's memory).
// The schema stays: constraints and indexes are re-applied idempotently anyway.
import type { Driver } from 'neo4j-driver';
import { runAutoCommit } from './write-document';

export interface ResetDatabaseOptions {
  database?: string;
}

/** Deletes every node and relationship; constraints and indexes are kept. */
export async function resetDatabase(
  driver: Driver,
  { database }: ResetDatabaseOptions = {},
): Promise<{ nodesDeleted: number }> {
  const cypher = [
    'MATCH (n)',
    'CALL {',
    '  WITH n',
    '  DETACH DELETE n',
    '} IN TRANSACTIONS OF 10000 ROWS',
  ].join('\n');
  const result = await runAutoCommit(
    driver,
    { database, during: 'resetting the database' },
    { cypher, params: {} },
  );
  return { nodesDeleted: result.summary.counters.updates().nodesDeleted ?? 0 };
}
