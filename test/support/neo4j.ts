// Integration tests get a real Neo4j: NEO4J_URI when set (pnpm test:all, a user's server, docker compose),
// else a testcontainers neo4j:5.26, else a failure that says what to do. Never a silent skip.
import { Neo4jContainer, type StartedNeo4jContainer } from '@testcontainers/neo4j';
import neo4j, { type Driver } from 'neo4j-driver';
import { enableTcpNoDelay } from '@news-kg/loader';
import { NEO4J_IMAGE } from './neo4j-image';

export { NEO4J_IMAGE };

export interface TestNeo4j {
  driver: Driver;
  uri: string;
  user: string;
  password: string;
  /** Closes the driver, and stops the container when this call started one. */
  stop(): Promise<void>;
}

const HOW_TO_GET_NEO4J = [
  'run the tests with `pnpm test:all` (starts a throwaway local Neo4j, needs Java 17+ and Maven),',
  'or start one with `pnpm neo4j:start` and run NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_PASSWORD=$(cat .neo4j-local/default/neo4j-local.password) pnpm test,',
  'or start Docker so testcontainers can run ' + NEO4J_IMAGE + '.',
].join('\n  ');

/** A connected driver on a real Neo4j 5.26; throws with instructions when there is none. */
export async function startTestNeo4j(env: NodeJS.ProcessEnv = process.env): Promise<TestNeo4j> {
  if (env.NEO4J_URI) {
    const uri = env.NEO4J_URI;
    const user = env.NEO4J_USER ?? 'neo4j';
    const password = env.NEO4J_PASSWORD ?? 'password';
    const driver = await connectDriver(uri, user, password, `NEO4J_URI=${uri} is set`);
    return { driver, uri, user, password, stop: () => driver.close() };
  }
  let container: StartedNeo4jContainer;
  try {
    container = await new Neo4jContainer(NEO4J_IMAGE).withStartupTimeout(120_000).start();
  } catch (error) {
    throw new Error(
      `No Neo4j for integration tests: NEO4J_URI is not set and testcontainers could not start ${NEO4J_IMAGE} ` +
        `(${messageOf(error)}). To fix:\n  ${HOW_TO_GET_NEO4J}`,
    );
  }
  const uri = container.getBoltUri();
  const user = container.getUsername();
  const password = container.getPassword();
  const driver = await connectDriver(uri, user, password, `testcontainers started ${NEO4J_IMAGE}`);
  return {
    driver,
    uri,
    user,
    password,
    stop: async () => {
      await driver.close();
      await container.stop();
    },
  };
}

/** Deletes every node and relationship; constraints and indexes stay (the schema is the loader's to manage). */
export async function clearDatabase(driver: Driver): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: 'neo4j' });
}

async function connectDriver(uri: string, user: string, password: string, origin: string): Promise<Driver> {
  enableTcpNoDelay(); // as createDriver does: no delayed-ACK waits on large Bolt messages
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { connectionTimeout: 10_000 });
  try {
    await driver.verifyConnectivity({ database: 'neo4j' });
    return driver;
  } catch (error) {
    await driver.close();
    throw new Error(
      `${origin} but Neo4j at ${uri} did not accept a connection (${messageOf(error)}). To fix:\n  ${HOW_TO_GET_NEO4J}`,
    );
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}
