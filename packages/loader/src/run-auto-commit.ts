// One auto-commit query, for the statements a managed transaction cannot run (schema commands, CALL { … } IN
// TRANSACTIONS): the schema step and the writer both use it, so it stands on its own.
import type { Driver, QueryResult } from 'neo4j-driver';
import { uriOf } from './create-driver';
import type { CypherQuery } from './cypher/cypher-query';
import { mapNeo4jError } from './errors';

export interface SessionOptions {
  database?: string;
  /** For error messages: what was being done. */
  during?: string;
}

/**
 * Runs one auto-commit query: schema commands and `CALL { … } IN TRANSACTIONS` cannot run inside a managed
 * transaction. Not retried, so only for idempotent statements.
 */
export async function runAutoCommit(
  driver: Driver,
  { database, during }: SessionOptions,
  { cypher, params }: CypherQuery,
): Promise<QueryResult> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    return await session.run(cypher, params);
  } catch (error) {
    throw mapNeo4jError(error, { uri: uriOf(driver), during });
  } finally {
    await session.close();
  }
}
