// Serves the GraphQL API on host:port until Ctrl-C (SIGINT) or SIGTERM, then closes the server, the driver and
// whatever else the caller started (the local Neo4j of `kg start`). Shared by kg serve and kg start.
import { InvalidArgumentError } from 'commander';
import { BROWSER_GUIDE_PATH, createApi, startApiServer } from '@news-kg/api';
import type { Driver } from 'neo4j-driver';
import { assertSpeaksBolt } from './check-bolt';

export interface ServeFlags {
  port?: number;
  host?: string;
  /** --cors-origin, repeatable. */
  corsOrigin?: string[];
}

export interface ServeApiOptions {
  driver: Driver;
  database?: string;
  port: number;
  host: string;
  /** Origins of other pages allowed to query the API (none by default: only its own GraphiQL). */
  corsOrigins: string[];
  /** Run after the server and driver are closed (e.g. stop the Neo4j that kg start launched). */
  onClose?: () => Promise<void>;
}

/** Flags win over PORT / HOST / CORS_ORIGINS (as docker-compose.yml sets them), which win over 4000 / 127.0.0.1 /
 * no other origin. */
export function resolveServeFlags(
  flags: ServeFlags,
  env: NodeJS.ProcessEnv = process.env,
): { port: number; host: string; corsOrigins: string[] } {
  return {
    port: flags.port ?? (env.PORT ? parsePort(env.PORT) : 4000),
    host: flags.host ?? env.HOST ?? '127.0.0.1',
    corsOrigins:
      flags.corsOrigin ??
      (env.CORS_ORIGINS ?? '')
        .split(',')
        .map(o => o.trim())
        .filter(Boolean)
        .map(parseOrigin),
  };
}

/** "http://localhost:3000" -> itself; a URL with a path, or not a URL, is refused naming the value. */
export function parseOrigin(value: string): string {
  let origin: string | undefined;
  try {
    origin = new URL(value).origin;
  } catch {
    origin = undefined;
  }
  if (!origin || origin === 'null' || origin !== value.replace(/\/$/, '')) {
    throw new InvalidArgumentError(
      `"${value}" is not an origin (scheme://host[:port], e.g. http://localhost:3000)`,
    );
  }
  return origin;
}

/** commander's collector of a repeatable --cors-origin. */
export function collectOrigin(value: string, previous: string[] = []): string[] {
  return [...previous, parseOrigin(value)];
}

export function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError(`"${value}" is not a port (0-65535)`);
  return port;
}

/** Resolves when the server has stopped after a signal. */
export async function serveApi({
  driver,
  database,
  port,
  host,
  corsOrigins,
  onClose,
}: ServeApiOptions): Promise<void> {
  const server = await startApiServer({
    api: createApi({ driver, database, corsOrigins }),
    port,
    host,
  }).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'EADDRINUSE'
        ? `port ${port} on ${host} is in use; pick another with --port or PORT`
        : String(error),
    );
  });
  console.log(`GraphiQL and the GraphQL endpoint: ${server.url}`);
  console.log(`Health (checks Neo4j): ${server.url.replace(/\/graphql$/, '/health')}`);
  console.log(
    `Notebooks as a Neo4j Browser guide: type \`:play ${server.url.replace(/\/graphql$/, BROWSER_GUIDE_PATH)}\` in Browser`,
  );
  console.log('Press Ctrl-C to stop.');
  await new Promise<void>(resolve => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      console.log('\nStopping...');
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  await driver.close();
  await onClose?.();
}

/** Fails fast with the URI and the remedy when Neo4j does not answer. */
export async function assertNeo4jReachable(driver: Driver, uri: string): Promise<void> {
  try {
    await assertSpeaksBolt(uri);
  } catch (error) {
    await driver.close(); // it has opened no connection yet
    throw error;
  }
  try {
    await driver.verifyConnectivity();
  } catch (error) {
    await driver.close();
    throw new Error(
      `cannot reach Neo4j at ${uri} (${error instanceof Error ? error.message : String(error)}); ` +
        'start one with `pnpm neo4j:start`, or set NEO4J_URI / --uri to a running server',
    );
  }
}
