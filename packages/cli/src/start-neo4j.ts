// The Neo4j that kg start uses: NEO4J_URI (or --uri) when given, else the local Neo4j of packages/neo4j-local,
// started now if it is not running (first run downloads it from Maven Central) and stopped on exit only then.
import { formatNewPassword, startLocalNeo4j } from '@news-kg/neo4j-local';
import { resolveConnection, type Connection, type ConnectionFlags } from './ingest-connection';

/** Where the local Neo4j runs when NEO4J_URI is not set; defaults are those of `pnpm neo4j:start`. */
export interface LocalNeo4jFlags {
  neo4jDir?: string;
  boltPort?: number;
  httpPort?: number;
}

export interface StartedNeo4j {
  connection: Connection;
  /** Stops the local Neo4j if this run started it; no-op otherwise. */
  stop: () => Promise<void>;
}

export async function startNeo4jUnlessGiven(
  flags: ConnectionFlags & LocalNeo4jFlags,
  env: NodeJS.ProcessEnv = process.env,
): Promise<StartedNeo4j> {
  if (flags.uri ?? env.NEO4J_URI) {
    return { connection: resolveConnection(flags, env), stop: async () => {} };
  }
  console.log('NEO4J_URI is not set: starting the local Neo4j (pnpm neo4j:start)...');
  const local = await startLocalNeo4j({
    dir: flags.neo4jDir,
    boltPort: flags.boltPort,
    httpPort: flags.httpPort,
    log: line => console.log(`  ${line}`),
  });
  console.log(
    `Neo4j ${local.startedNow ? 'started' : 'already running'} at ${local.uri} (Browser ${local.browserUrl}, ` +
      `user ${local.user}, password in ${local.passwordFile})`,
  );
  if (local.passwordCreated) console.log(formatNewPassword(local.password, local.passwordFile));
  // The local server's own credentials, whatever NEO4J_USER / NEO4J_PASSWORD say (they are for NEO4J_URI).
  const connection = {
    ...resolveConnection({ ...flags, uri: local.uri }, env),
    user: local.user,
    password: local.password,
  };
  return {
    connection,
    stop: async () => {
      if (!local.startedNow) return;
      console.log('Stopping the local Neo4j...');
      await local.stop();
    },
  };
}
