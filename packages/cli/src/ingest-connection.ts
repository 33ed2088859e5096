// Neo4j connection settings for kg ingest / export / reset: flags win over NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD,
// which win over the local defaults of `pnpm neo4j:start` (its password is read from its data dir).
import type { Command } from 'commander';
import { createDriver } from '@news-kg/loader';
import { DEFAULT_DIR, readLocalPassword } from '@news-kg/neo4j-local';
import type { Driver } from 'neo4j-driver';
import { assertSpeaksBolt } from './check-bolt';

export interface ConnectionFlags {
  uri?: string;
  user?: string;
  password?: string;
  database?: string;
}

export interface Connection {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

/** Adds --uri, --user, --password, --database to a command. */
export function addConnectionOptions(command: Command): Command {
  return command
    .option('--uri <uri>', 'Neo4j Bolt URI (env NEO4J_URI, default bolt://127.0.0.1:7687)')
    .option('--user <user>', 'Neo4j user (env NEO4J_USER, default neo4j)')
    .option(
      '--password <password>',
      'Neo4j password (env NEO4J_PASSWORD; default: the one of pnpm neo4j:start, in .neo4j-local/default/neo4j-local.password)',
    )
    .option('--database <name>', 'Neo4j database (env NEO4J_DATABASE, default: the server default)');
}

export function resolveConnection(
  flags: ConnectionFlags,
  env: NodeJS.ProcessEnv = process.env,
  localDir: string = DEFAULT_DIR,
): Connection {
  return {
    uri: flags.uri ?? env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    user: flags.user ?? env.NEO4J_USER ?? 'neo4j',
    // The local server's generated password; 'password' (docker-compose's) when there is no local data dir.
    password: flags.password ?? env.NEO4J_PASSWORD ?? readLocalPassword(localDir) ?? 'password',
    database: flags.database ?? (env.NEO4J_DATABASE || undefined),
  };
}

/** Runs `work` with a driver that is always closed afterwards. */
export async function withDriver<T>(
  connection: Connection,
  work: (driver: Driver) => Promise<T>,
): Promise<T> {
  await assertSpeaksBolt(connection.uri);
  const driver = createDriver(connection);
  try {
    return await work(driver);
  } finally {
    await driver.close();
  }
}
