// pnpm bench startup [--runs 5] [--article FILE]: how long the compiled kg (packages/cli/bin/kg.cjs, `pnpm build`)
// and the sources through tsx (`pnpm kg`) take to start. `kg extract` of one small article: spawn to exit.
// `kg serve --port 0`: spawn to the first 200 answer of GET /health (Neo4j reached through the API), which needs
// NEO4J_URI (e.g. `node packages/neo4j-local/bin/neo4j-local.mjs run -- pnpm bench startup`); without it, only
// extract. The two ways alternate run by run, so a busy machine slows both alike. Prints medians and minima of the
// wall time and, where GNU time is at /usr/bin/time, of the CPU time (user + system, the process and its
// children: tsx runs the program in a second Node process), the steadier figure on a shared machine.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const REPO = resolve(__dirname, '../../..');
const COMPILED = [resolve(REPO, 'packages/cli/bin/kg.cjs')];
const SOURCES = [
  resolve(REPO, 'node_modules/tsx/dist/cli.mjs'),
  '--conditions=@news-kg/source',
  resolve(REPO, 'packages/cli/src/main.ts'),
];
const WAYS: Array<[string, string[]]> = [
  ['compiled (node dist)', COMPILED],
  ['sources (tsx)', SOURCES],
];
const GNU_TIME = '/usr/bin/time';
const CPU_LINE = /^cpu (\d+\.\d+) (\d+\.\d+)$/m;

interface Timing {
  wallMs: number;
  cpuMs?: number;
}

/** The command line that runs `kg` with these arguments, under GNU time when there is one. */
function command(kg: string[], args: string[]): [string, string[]] {
  const node = [process.execPath, ...kg, ...args];
  return existsSync(GNU_TIME) ? [GNU_TIME, ['-f', 'cpu %U %S', ...node]] : [node[0]!, node.slice(1)];
}

function cpuMsOf(stderr: string): number | undefined {
  const match = CPU_LINE.exec(stderr);
  return match ? (Number(match[1]) + Number(match[2])) * 1000 : undefined;
}

const DEFAULT_ARTICLE = resolve(REPO, 'packages/cli/example-corpus/01-northern-post-harbour-talks.txt');

function timeExtract(kg: string[], article: string): Timing {
  const start = performance.now();
  const [file, args] = command(kg, ['extract', article]);
  const run = spawnSync(file, args, { encoding: 'utf8', cwd: REPO });
  const wallMs = performance.now() - start;
  if (run.status !== 0) throw new Error(`kg extract failed (${run.status}): ${run.stderr}`);
  return { wallMs, cpuMs: cpuMsOf(run.stderr) };
}

async function timeServe(kg: string[]): Promise<Timing> {
  const start = performance.now();
  const [file, args] = command(kg, ['serve', '--port', '0', '--host', '127.0.0.1']);
  const child = spawn(file, args, {
    cwd: REPO,
    env: { ...process.env, PORT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // a process group of its own, so that the stop signal reaches kg serve under GNU time (which ignores SIGINT)
    detached: true,
  });
  let stderr = '';
  child.stderr!.on('data', chunk => (stderr += String(chunk)));
  let wallMs = 0;
  try {
    const health = await new Promise<string>((done, fail) => {
      let out = '';
      child.stdout!.on('data', chunk => {
        out += String(chunk);
        const match = /Health \(checks Neo4j\): (http:\/\/\S+)/.exec(out);
        if (match) done(match[1]!);
      });
      child.once('exit', code => fail(new Error(`kg serve exited (${code}):\n${out}`)));
    });
    for (;;) {
      const response = await fetch(health).catch(() => undefined);
      if (response?.status === 200) break;
      await new Promise(wait => setTimeout(wait, 5));
    }
    wallMs = performance.now() - start;
  } finally {
    const exited = new Promise(done => child.once('exit', done));
    // kg serve stops on SIGINT (Ctrl-C) and exits; GNU time, which ignores it, then prints its line and exits
    process.kill(-child.pid!, 'SIGINT');
    await exited;
  }
  return { wallMs, cpuMs: cpuMsOf(stderr) };
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

function report(title: string, times: Map<string, Timing[]>): void {
  console.log(title);
  const ms = (n: number) => `${Math.round(n)} ms`;
  const figures = (values: number[]) => `median ${ms(median(values))}, min ${ms(Math.min(...values))}`;
  for (const [way, timings] of times) {
    const cpu = timings.flatMap(t => (t.cpuMs === undefined ? [] : [t.cpuMs]));
    const cpuText = cpu.length === timings.length ? `; CPU ${figures(cpu)}` : '';
    console.log(
      `  ${way.padEnd(22)} wall ${figures(timings.map(t => t.wallMs))}${cpuText} (${timings.length} runs)`,
    );
  }
}

export async function runStartupBench(argv: string[]): Promise<void> {
  const option = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const runs = Number(option('--runs') ?? 5);
  const article = resolve(option('--article') ?? DEFAULT_ARTICLE);
  if (!existsSync(resolve(REPO, 'packages/cli/dist/main.js'))) throw new Error('run `pnpm build` first');

  const extract = new Map<string, Timing[]>(WAYS.map(([way]) => [way, []]));
  const serve = new Map<string, Timing[]>(WAYS.map(([way]) => [way, []]));
  for (const [, kg] of WAYS) timeExtract(kg, article); // warm the file cache (and tsx's transform cache)
  for (let run = 0; run < runs; run++) {
    for (const [way, kg] of WAYS) extract.get(way)!.push(timeExtract(kg, article));
    if (process.env.NEO4J_URI) for (const [way, kg] of WAYS) serve.get(way)!.push(await timeServe(kg));
  }
  report(`kg extract ${article.replace(`${REPO}/`, '')} (spawn to exit)`, extract);
  if (process.env.NEO4J_URI) report('kg serve (spawn to the first 200 of GET /health)', serve);
  else console.log('kg serve: not measured (set NEO4J_URI, or run under neo4j-local.mjs run --)');
}
