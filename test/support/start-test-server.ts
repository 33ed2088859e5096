// The one Neo4j an integration test run uses, started before the first test file and stopped after the last
// (jest globalSetup / globalTeardown of the integration projects):
//   1. NEO4J_TEST_URI when set: a server the developer keeps for tests (it is reset by the tests!);
//   2. else a throwaway Neo4j 5.26 of the repo's launcher (Java 17+ and Maven) in a temp dir on free ports;
//   3. else a throwaway neo4j:5.26 container (Docker, through testcontainers);
//   4. else a failure saying how to get one. Never NEO4J_URI, never the default ports 7687/7474.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Neo4jContainer } from '@testcontainers/neo4j';
import { assertJavaAndMaven, findFreePort, startLocalNeo4j } from '@news-kg/neo4j-local';
import { NEO4J_IMAGE } from './neo4j-image';
import { readTestNeo4jAddress, type TestNeo4jAddress } from './test-neo4j-env';

export interface TestServer {
  address: TestNeo4jAddress;
  /** Where it came from, for the one line the setup prints. */
  origin: string;
  stop(): Promise<void>;
}

export const HOW_TO_GET_A_TEST_NEO4J = [
  'install Java 17+ and Maven (Debian/Ubuntu: sudo apt-get install -y openjdk-17-jdk-headless maven;',
  '  macOS: brew install openjdk@17 maven) so the tests start a throwaway Neo4j from Maven Central,',
  'or start Docker so they run a throwaway ' + NEO4J_IMAGE + ' container,',
  'or name a Neo4j kept for tests with NEO4J_TEST_URI (+ NEO4J_TEST_USER, NEO4J_TEST_PASSWORD); its data is wiped.',
].join('\n  ');

export async function startTestServer(env: NodeJS.ProcessEnv = process.env): Promise<TestServer> {
  const given = readTestNeo4jAddress(env);
  if (given) return { address: given, origin: `NEO4J_TEST_URI=${given.uri}`, stop: async () => {} };

  let noLauncher: string | undefined;
  try {
    assertJavaAndMaven(env);
  } catch (error) {
    noLauncher = messageOf(error);
  }
  if (!noLauncher) return startThrowawayLocalServer();
  try {
    return await startThrowawayContainer();
  } catch (error) {
    throw new Error(
      `No Neo4j for the integration tests.\n  Local launcher: ${noLauncher}\n  Docker: ${messageOf(error)}\n` +
        `To fix, either:\n  ${HOW_TO_GET_A_TEST_NEO4J}`,
    );
  }
}

async function startThrowawayLocalServer(): Promise<TestServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-kg-test-neo4j-'));
  const boltPort = await findFreePort();
  let httpPort = await findFreePort();
  while (httpPort === boltPort) httpPort = await findFreePort();
  try {
    const server = await startLocalNeo4j({ dir, boltPort, httpPort });
    return {
      // Auth is on: the password the launcher generated for this data dir.
      address: {
        uri: server.uri,
        user: server.user,
        password: server.password,
        browserUrl: server.browserUrl,
      },
      origin: `a throwaway local Neo4j (data in ${dir})`,
      stop: async () => {
        await server.stop();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

async function startThrowawayContainer(): Promise<TestServer> {
  const container = await new Neo4jContainer(NEO4J_IMAGE).withStartupTimeout(120_000).start();
  return {
    address: {
      uri: container.getBoltUri(),
      user: container.getUsername(),
      password: container.getPassword(),
    },
    origin: `a throwaway ${NEO4J_IMAGE} container`,
    stop: async () => {
      await container.stop();
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}
