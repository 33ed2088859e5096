// Integration tests get a real Neo4j: the one named by NEO4J_TEST_URI, which jest's globalSetup sets to a
// throwaway server it starts (test/support/global-setup.ts) unless the developer named one. Never NEO4J_URI:
// that is the user's graph.
import neo4j, { type Driver } from 'neo4j-driver';
import { enableTcpNoDelay } from '@news-kg/loader';
import { NEO4J_IMAGE } from './neo4j-image';
import { HOW_TO_GET_A_TEST_NEO4J } from './start-test-server';
import { readTestNeo4jAddress } from './test-neo4j-env';

export { NEO4J_IMAGE };

export interface TestNeo4j {
  driver: Driver;
  uri: string;
  user: string;
  password: string;
  /** Closes the driver (the server belongs to the whole run). */
  stop(): Promise<void>;
}

/** A connected driver on the run's Neo4j 5.26; throws with instructions when there is none. */
export async function startTestNeo4j(env: NodeJS.ProcessEnv = process.env): Promise<TestNeo4j> {
  const address = readTestNeo4jAddress(env);
  if (!address) {
    throw new Error(
      "NEO4J_TEST_URI is not set: run integration tests through jest with this repo's jest.config.js " +
        `(its globalSetup starts a throwaway Neo4j). To get one:\n  ${HOW_TO_GET_A_TEST_NEO4J}`,
    );
  }
  const { uri, user, password } = address;
  const driver = await connectDriver(uri, user, password);
  return { driver, uri, user, password, stop: () => driver.close() };
}

/** Deletes every node and relationship; constraints and indexes stay (the schema is the loader's to manage). */
export async function clearDatabase(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: 'neo4j' });
}

async function connectDriver(uri: string, user: string, password: string): Promise<Driver> {
  enableTcpNoDelay(); // as createDriver does: no delayed-ACK waits on large Bolt messages
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 10_000 });
  try {
    await driver.verifyConnectivity({ database: 'neo4j' });
    return driver;
  } catch (error) {
    await driver.close();
    throw new Error(
      `The test Neo4j at ${uri} (NEO4J_TEST_URI) did not accept a connection (${messageOf(error)}). To get one:\n  ${HOW_TO_GET_A_TEST_NEO4J}`,
    );
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}
