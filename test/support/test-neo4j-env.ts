// The environment variables through which the integration tests find their Neo4j. They are test-only names on
// purpose: a user's NEO4J_URI (the graph `pnpm start` and `kg ingest` write to) is never read by a test, so a
// test run beside a user's server can never reset it.
export const TEST_URI = 'NEO4J_TEST_URI';
export const TEST_USER = 'NEO4J_TEST_USER';
export const TEST_PASSWORD = 'NEO4J_TEST_PASSWORD';
/** Neo4j Browser of the test server (only when the repo's launcher started it; a container has none mapped). */
export const TEST_BROWSER_URL = 'NEO4J_TEST_BROWSER_URL';

export interface TestNeo4jAddress {
  uri: string;
  user: string;
  password: string;
  browserUrl?: string;
}

/** The test server named by NEO4J_TEST_URI (and its user, password, Browser), or undefined. */
export function readTestNeo4jAddress(env: NodeJS.ProcessEnv = process.env): TestNeo4jAddress | undefined {
  const uri = env[TEST_URI];
  if (!uri) return undefined;
  return {
    uri,
    user: env[TEST_USER] ?? 'neo4j',
    password: env[TEST_PASSWORD] ?? 'password',
    browserUrl: env[TEST_BROWSER_URL] || undefined,
  };
}

/**
 * Names the test server in env for this process and the processes the tests spawn. NEO4J_URI/USER/PASSWORD are
 * pointed at it too: a `kg` command a test starts with the inherited environment reaches the throwaway server,
 * never the user's.
 */
export function exportTestNeo4jAddress(
  address: TestNeo4jAddress,
  env: NodeJS.ProcessEnv = process.env,
): void {
  env[TEST_URI] = address.uri;
  env[TEST_USER] = address.user;
  env[TEST_PASSWORD] = address.password;
  if (address.browserUrl) env[TEST_BROWSER_URL] = address.browserUrl;
  else delete env[TEST_BROWSER_URL];
  env.NEO4J_URI = address.uri;
  env.NEO4J_USER = address.user;
  env.NEO4J_PASSWORD = address.password;
  delete env.NEO4J_DATABASE;
}
