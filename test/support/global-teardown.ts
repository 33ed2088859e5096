// jest globalTeardown of the integration projects: stops the throwaway Neo4j globalSetup started (a server named
// by NEO4J_TEST_URI is left running; only its data was the tests').
import { stopGlobalTestServer } from './global-setup';

export default async function globalTeardown(): Promise<void> {
  await stopGlobalTestServer();
}
