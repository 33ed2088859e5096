// { boltPort: 7687, httpPort: 7474, dir: '.neo4j-local/default' } -> one detached JVM running Neo4j 5.26 Community,
// resolved once when Bolt answers; a second start on the same dir is a no-op.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { assertJavaAndMaven, findJava } from './assert-java-and-maven';
import { waitForBolt } from './bolt-handshake';
import { buildLauncher } from './build-launcher';
import { isPortFree } from './free-port';
import { ensureLocalPassword, LOCAL_USER } from './local-password';
import {
  DEFAULT_BOLT_PORT,
  DEFAULT_DIR,
  DEFAULT_HEAP,
  DEFAULT_HTTP_PORT,
  DEFAULT_PAGE_CACHE,
  LAUNCHER_CLASS,
  READY_LINE,
  toRunFiles,
} from './paths';
import { isLauncherAlive, readRunState, removeRunState, writeRunState } from './run-state';
import { stopLocalNeo4j, stopProcess } from './stop-local-neo4j';
import type { StartedLocalNeo4j, StartLocalNeo4jOptions } from './types';
import { toBoltUri, toBrowserUrl } from './urls';

// The flags the neo4j start script passes (conf/neo4j.conf server.jvm.additional) that matter off-heap.
const JVM_FLAGS = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-XX:+ExitOnOutOfMemoryError',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

const CONF_HEADER = `# Extra Neo4j settings for this data dir (read by packages/neo4j-local on start).
# Ports, listen addresses, auth and page cache come from the launcher's flags and override this file.
# The password of user neo4j is in neo4j-local.password beside this folder (set at every start).
`;

/** Starts (or finds running) a local Neo4j for this data dir; resolves once Bolt accepts connections. */
export async function startLocalNeo4j(options: StartLocalNeo4jOptions = {}): Promise<StartedLocalNeo4j> {
  const {
    dir = DEFAULT_DIR,
    boltPort = DEFAULT_BOLT_PORT,
    httpPort = DEFAULT_HTTP_PORT,
    heap = DEFAULT_HEAP,
    pageCache = DEFAULT_PAGE_CACHE,
    timeoutMs = 180_000,
    log = () => {},
  } = options;
  const absDir = path.resolve(dir);
  const running = readRunState(absDir);
  if (running) {
    await waitForBolt(running.boltPort, { timeoutMs }); // it may still be starting
    return toHandle(absDir, running.pid, running.boltPort, running.httpPort, false, false);
  }
  assertJavaAndMaven();
  await assertPortsFree(boltPort, httpPort);
  const argFile = await buildLauncher({ log });
  fs.mkdirSync(path.join(absDir, 'conf'), { recursive: true });
  const confFile = path.join(absDir, 'conf', 'neo4j.conf');
  if (!fs.existsSync(confFile)) fs.writeFileSync(confFile, CONF_HEADER);
  const { created } = ensureLocalPassword(absDir);

  const { logFile } = toRunFiles(absDir);
  const logOffset = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0;
  const logFd = fs.openSync(logFile, 'a');
  const args = [`-Xms${heap}`, `-Xmx${heap}`, ...JVM_FLAGS, `@${argFile}`, LAUNCHER_CLASS, absDir];
  // Detached with its output in the log file: the server outlives `pnpm neo4j:start`, one pid to stop.
  const child = spawn(findJava(), [...args, String(boltPort), String(httpPort), pageCache], {
    cwd: absDir,
    detached: true,
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  child.unref();
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${findJava()} (see ${logFile})`);
  writeRunState(absDir, { pid, boltPort, httpPort });
  log(`Starting Neo4j (pid ${pid}, data in ${absDir}, log ${logFile})...`);

  try {
    await waitForReadyLine(pid, logFile, logOffset, timeoutMs);
    await waitForBolt(boltPort, { timeoutMs: 30_000 });
  } catch (error) {
    await stopProcess(pid, 30_000);
    removeRunState(absDir);
    throw error;
  }
  return toHandle(absDir, pid, boltPort, httpPort, true, created);
}

function toHandle(
  dir: string,
  pid: number,
  boltPort: number,
  httpPort: number,
  startedNow: boolean,
  passwordCreated: boolean,
): StartedLocalNeo4j {
  const { password, passwordFile } = ensureLocalPassword(dir);
  return {
    uri: toBoltUri(boltPort),
    browserUrl: toBrowserUrl(httpPort, boltPort),
    user: LOCAL_USER,
    password,
    passwordFile,
    passwordCreated,
    boltPort,
    httpPort,
    dir,
    pid,
    startedNow,
    stop: async () => {
      await stopLocalNeo4j({ dir });
    },
  };
}

async function assertPortsFree(boltPort: number, httpPort: number): Promise<void> {
  for (const [name, port, flag] of [
    ['Bolt', boltPort, '--bolt-port'],
    ['HTTP', httpPort, '--http-port'],
  ] as const) {
    if (!(await isPortFree(port))) {
      throw new Error(
        `${name} port ${port} on 127.0.0.1 is already in use (another Neo4j? try "pnpm neo4j:status"). ` +
          `Stop that process or choose another port with ${flag}.`,
      );
    }
  }
}

// The Java launcher prints READY_LINE after the bootstrapper returns; if the JVM dies first, show why.
async function waitForReadyLine(
  pid: number,
  logFile: string,
  offset: number,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const output = readFrom(logFile, offset);
    if (output.includes(READY_LINE)) return;
    if (!isLauncherAlive(pid)) {
      throw new Error(`Neo4j exited during startup. Last lines of ${logFile}:\n${lastLines(output, 25)}`);
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Neo4j did not become ready within ${timeoutMs} ms. Last lines of ${logFile}:\n${lastLines(output, 25)}`,
      );
    }
    await new Promise(r => setTimeout(r, 250));
  }
}

function readFrom(file: string, offset: number): string {
  const buffer = fs.readFileSync(file);
  return buffer.subarray(Math.min(offset, buffer.length)).toString('utf8');
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n');
}
