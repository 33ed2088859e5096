// <dir>/neo4j-local.pid + neo4j-local.json -> { pid: 4242, boltPort: 7687, httpPort: 7474 } when that server still runs.
import * as fs from 'node:fs';
import { LAUNCHER_CLASS, toRunFiles } from './paths';

export interface RunState {
  pid: number;
  boltPort: number;
  httpPort: number;
}

/** Records a started server so status/stop (maybe from another process) can find it. */
export function writeRunState(dir: string, state: RunState): void {
  const { pidFile, stateFile } = toRunFiles(dir);
  fs.writeFileSync(pidFile, `${state.pid}\n`);
  fs.writeFileSync(stateFile, `${JSON.stringify(state, null, 2)}\n`);
}

/** The recorded state, or null when there is none or its process is gone (stale files are removed). */
export function readRunState(dir: string): RunState | null {
  const { pidFile, stateFile } = toRunFiles(dir);
  if (!fs.existsSync(pidFile)) return null;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  const saved = fs.existsSync(stateFile)
    ? (JSON.parse(fs.readFileSync(stateFile, 'utf8')) as Partial<RunState>)
    : {};
  if (!Number.isInteger(pid) || !isLauncherAlive(pid)) {
    removeRunState(dir);
    return null;
  }
  return { pid, boltPort: saved.boltPort ?? 0, httpPort: saved.httpPort ?? 0 };
}

export function removeRunState(dir: string): void {
  const { pidFile, stateFile } = toRunFiles(dir);
  fs.rmSync(pidFile, { force: true });
  fs.rmSync(stateFile, { force: true });
}

/** True while pid is a live (not zombie) process; on Linux also checks it is our Java launcher, not a reused pid. */
export function isLauncherAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  const procDir = `/proc/${pid}`;
  if (!fs.existsSync(procDir)) return true; // not Linux: the signal check is all we have
  try {
    // A zombie (exited, not yet reaped, e.g. under a container init that does not reap) counts as gone.
    const stat = fs.readFileSync(`${procDir}/stat`, 'utf8');
    if (/\) Z /.test(stat)) return false;
    return fs.readFileSync(`${procDir}/cmdline`, 'utf8').includes(LAUNCHER_CLASS);
  } catch {
    return false;
  }
}
