// jest globalSetup of the integration projects: one throwaway Neo4j for the whole run (see start-test-server.ts),
// named to the tests through NEO4J_TEST_* (and NEO4J_URI, for the `kg` processes tests spawn). globalSetup and
// globalTeardown run in jest's main process, so the handle passes between them on globalThis.
import { startTestServer, type TestServer } from './start-test-server';
import { exportTestNeo4jAddress } from './test-neo4j-env';

const HANDLE = Symbol.for('news-kg.test-neo4j-server');

type WithHandle = typeof globalThis & { [HANDLE]?: TestServer };

export default async function globalSetup(): Promise<void> {
  // Each integration project names this setup; jest runs them all before the first test: start one server.
  if ((globalThis as WithHandle)[HANDLE]) return;
  const server = await startTestServer();
  (globalThis as WithHandle)[HANDLE] = server;
  exportTestNeo4jAddress(server.address);
  process.stderr.write(`\n[tests] Neo4j for this run: ${server.origin} at ${server.address.uri}\n`);
}

export async function stopGlobalTestServer(): Promise<void> {
  const server = (globalThis as WithHandle)[HANDLE];
  delete (globalThis as WithHandle)[HANDLE];
  await server?.stop();
}
