// { dir: '.neo4j-local/default' } -> SIGTERM to the recorded pid, then wait until the JVM has exited.
import * as path from 'node:path';
import { DEFAULT_DIR } from './paths';
import { isLauncherAlive, readRunState, removeRunState } from './run-state';
import type { LocalNeo4jOptions } from './types';

export interface StopLocalNeo4jOptions extends LocalNeo4jOptions {
  /** After this long, SIGKILL. A clean shutdown checkpoints the store, which takes a few seconds. @default 120000 */
  timeoutMs?: number;
}

/** Stops the server of this data dir; resolves { wasRunning } once its process has ended. */
export async function stopLocalNeo4j({
  dir = DEFAULT_DIR,
  timeoutMs = 120_000,
}: StopLocalNeo4jOptions = {}): Promise<{ wasRunning: boolean; pid?: number }> {
  const absDir = path.resolve(dir);
  const state = readRunState(absDir);
  if (!state) return { wasRunning: false };
  await stopProcess(state.pid, timeoutMs);
  removeRunState(absDir);
  return { wasRunning: true, pid: state.pid };
}

/** SIGTERM (the Neo4j bootstrapper shuts down cleanly on it), SIGKILL after timeoutMs. */
export async function stopProcess(pid: number, timeoutMs: number): Promise<void> {
  sendSignal(pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isLauncherAlive(pid)) {
    if (Date.now() > deadline) {
      sendSignal(pid, 'SIGKILL');
      await new Promise(r => setTimeout(r, 500));
      return;
    }
    await new Promise(r => setTimeout(r, 200));
  }
}

function sendSignal(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
