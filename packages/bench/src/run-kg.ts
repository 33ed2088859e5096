// runKg(['extract', dir, '--out', file]) runs the `kg` command in a process of its own, as a user would (the
// public CLI: whatever the command does inside, worker threads included, is measured), and returns its wall time,
// CPU time and peak RSS (report-usage.cjs, preloaded) with its stdout. Throws with its stderr when it fails.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve(__dirname, '../../..');
const CLI = join(REPO, 'packages/cli/src/main.ts');
const REPORT_USAGE = join(__dirname, 'report-usage.cjs');

export interface KgRun {
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
  stdout: string;
}

export interface RunKgOptions {
  /** V8 heap limit of the process (--max-old-space-size), when the default is too small for the run. */
  heapMb?: number;
  env?: NodeJS.ProcessEnv;
}

export async function runKg(args: readonly string[], { heapMb, env }: RunKgOptions = {}): Promise<KgRun> {
  const dir = fs.mkdtempSync(join(os.tmpdir(), 'kg-bench-usage-'));
  const usageFile = join(dir, 'usage.json');
  // the heap limit goes in NODE_OPTIONS, not the arguments: the reading pool starts its worker threads with the
  // process's execArgv, and a worker refuses --max-old-space-size there ("invalid execArgv flags")
  const nodeArgs = [...process.execArgv, '--require', REPORT_USAGE, CLI, ...args];
  const started = process.hrtime.bigint();
  try {
    const { code, stdout, stderr } = await new Promise<{
      code: number | null;
      stdout: string;
      stderr: string;
    }>((done, fail) => {
      const child = spawn(process.execPath, nodeArgs, {
        cwd: REPO,
        env: {
          ...process.env,
          ...env,
          ...(heapMb
            ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapMb}`.trim() }
            : {}),
          KG_BENCH_USAGE_FILE: usageFile,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', fail);
      child.on('close', exitCode =>
        done({
          code: exitCode,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
        }),
      );
    });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (code !== 0) throw new Error(`kg ${args[0]} exited with ${code}: ${stderr.trim().slice(-2000)}`);
    const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8')) as { cpuSeconds: number; maxRssMb: number };
    return { seconds, ...usage, stdout };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
