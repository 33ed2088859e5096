// ['pnpm', 'test', '--json'] -> runs it with NEO4J_URI/USER/PASSWORD (and NEO4J_BROWSER_URL) of a throwaway local Neo4j (temp dir, free
// ports), or of the Neo4j that NEO4J_URI already names; stops the throwaway server whatever happened.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findFreePort } from './free-port';
import { startLocalNeo4j } from './start-local-neo4j';

export interface WithNeo4jOptions {
  env?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

/** Runs command with a Neo4j in its environment; resolves with the command's exit code. */
export async function runWithNeo4j(
  command: string[],
  { env = process.env, log = () => {} }: WithNeo4jOptions = {},
) {
  const [file, ...args] = command;
  if (!file) throw new Error('with-neo4j: no command given (usage: neo4j-local run -- <command> [args...])');
  if (env.NEO4J_URI) {
    log(`Using the Neo4j at NEO4J_URI=${env.NEO4J_URI}`);
    return runCommand(file, args, env);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-kg-neo4j-'));
  // Two free ports, so a user's server on 7687/7474 (or another helper's) is never touched.
  const boltPort = await findFreePort();
  let httpPort = await findFreePort();
  while (httpPort === boltPort) httpPort = await findFreePort();
  try {
    const neo4j = await startLocalNeo4j({ dir, boltPort, httpPort, log });
    try {
      log(`Throwaway Neo4j ready at ${neo4j.uri} (data in ${dir})`);
      // The throwaway server's own generated password (auth is on, as on every launcher server).
      return await runCommand(file, args, {
        ...env,
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
        NEO4J_BROWSER_URL: neo4j.browserUrl,
      });
    } finally {
      await neo4j.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function runCommand(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: 'inherit', env });
    // Ctrl-C reaches the child through the terminal; SIGTERM from a CI runner is passed on so cleanup still runs.
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGTERM', forward);
    process.on('SIGINT', forward);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      process.off('SIGTERM', forward);
      process.off('SIGINT', forward);
      resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1));
    });
  });
}
