// `neo4j-local start --bolt-port 7688 --http-port 7475 --dir .neo4j-local/loader` -> prints the Bolt and Browser URLs.
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { localNeo4jStatus } from './local-neo4j-status';
import { formatNewPassword } from './local-password';
import { DEFAULT_BOLT_PORT, DEFAULT_DIR, DEFAULT_HEAP, DEFAULT_HTTP_PORT, DEFAULT_PAGE_CACHE } from './paths';
import { startLocalNeo4j } from './start-local-neo4j';
import { stopLocalNeo4j } from './stop-local-neo4j';
import { runWithNeo4j } from './with-neo4j';

export const USAGE = `Usage: neo4j-local <command> [options]

Commands:
  start            start Neo4j 5.26 Community on 127.0.0.1 (no-op if already running), return once Bolt answers
  stop             stop it and wait for the process to end
  status           print whether it runs, its pid, URLs and log file (exit 3 when stopped)
  run -- <cmd...>  run <cmd> against a throwaway Neo4j (temp dir, free ports) unless NEO4J_URI is set

Options:
  --bolt-port <n>   Bolt port (default ${DEFAULT_BOLT_PORT})
  --http-port <n>   HTTP/Browser port (default ${DEFAULT_HTTP_PORT})
  --dir <path>      data dir: database, logs, pid file (default .neo4j-local/default under the repo root)
  --heap <size>     JVM heap (default ${DEFAULT_HEAP})
  --page-cache <size>  page cache (default ${DEFAULT_PAGE_CACHE})
`;

export interface CliOptions {
  command: string;
  rest: string[];
  boltPort: number;
  httpPort: number;
  dir: string;
  heap: string;
  pageCache: string;
}

/** argv (after `node bin`) -> options; throws naming the bad argument. */
export function parseCliArgs(argv: string[]): CliOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'bolt-port': { type: 'string' },
      'http-port': { type: 'string' },
      dir: { type: 'string' },
      heap: { type: 'string' },
      'page-cache': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command = values.help ? 'help' : '', ...rest] = positionals;
  return {
    command,
    rest,
    boltPort: parsePort('--bolt-port', values['bolt-port'], DEFAULT_BOLT_PORT),
    httpPort: parsePort('--http-port', values['http-port'], DEFAULT_HTTP_PORT),
    dir: values.dir ? path.resolve(values.dir) : DEFAULT_DIR,
    heap: parseSize('--heap', values.heap, DEFAULT_HEAP),
    pageCache: parseSize('--page-cache', values['page-cache'], DEFAULT_PAGE_CACHE),
  };
}

function parsePort(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${flag} must be a port number from 1 to 65535, got "${value}"`);
  }
  return port;
}

function parseSize(flag: string, value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  if (!/^\d+[kmg]$/i.test(value)) throw new Error(`${flag} must look like 512m or 2g, got "${value}"`);
  return value;
}

/** Runs one command; returns the process exit code. */
export async function runNeo4jLocalCli(argv: string[]): Promise<number> {
  const options = parseCliArgs(argv);
  const say = (line: string) => console.log(line);
  switch (options.command) {
    case 'start': {
      const neo4j = await startLocalNeo4j({ ...options, log: say });
      say(
        `${neo4j.startedNow ? 'Neo4j 5.26 is ready' : 'Neo4j is already running'} (pid ${neo4j.pid}, data in ${neo4j.dir})\n` +
          `  Bolt:    ${neo4j.uri}   (user ${neo4j.user}, password in ${neo4j.passwordFile})\n  Browser: ${neo4j.browserUrl}`,
      );
      if (neo4j.passwordCreated) say(formatNewPassword(neo4j.password, neo4j.passwordFile));
      return 0;
    }
    case 'stop': {
      const { wasRunning, pid } = await stopLocalNeo4j({ dir: options.dir });
      say(
        wasRunning
          ? `Neo4j stopped (pid ${pid}, data kept in ${options.dir})`
          : `Neo4j is not running (${options.dir})`,
      );
      return 0;
    }
    case 'status': {
      const status = localNeo4jStatus({ dir: options.dir });
      if (!status.running) {
        say(`Neo4j is not running (${status.dir})`);
        return 3;
      }
      say(
        `Neo4j is running (pid ${status.pid}, data in ${status.dir})\n  Bolt:    ${status.uri}   (user neo4j, password in ${status.passwordFile})\n  Browser: ${status.browserUrl}\n  Log:     ${status.logFile}`,
      );
      return 0;
    }
    case 'run':
      return runWithNeo4j(options.rest, { log: line => console.error(`[with-neo4j] ${line}`) });
    case 'help':
      say(USAGE);
      return 0;
    default:
      console.error(`Unknown command "${options.command}".\n\n${USAGE}`);
      return 2;
  }
}
