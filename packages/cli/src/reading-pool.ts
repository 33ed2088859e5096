// The per-article stage on every core: a piscina pool of worker threads, each reading one article per task. Results
// come back in the order asked, whatever worker read them, so the output never depends on the number of workers.
// piscina (not tinypool): it loads as CommonJS, as the CLI and its jest tests do (tinypool is ESM only), and it is
// the pool maintained under the Node.js organisation's people; one thread per core by default.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import type { ArticleReading, FactVariant, RereadTask } from '@news-kg/extractor';
import type { ArticleInput } from '@news-kg/graph-model';
import type { ReadingTask } from './reading-worker';

export interface ReadingPool {
  readonly workers: number;
  /** Readings of the articles, in their order. */
  read(inputs: readonly ArticleInput[], onEach?: () => void): Promise<ArticleReading[]>;
  /** The same as the JSON text the worker made (what a reading store keeps: no parse and stringify again). */
  readJson(inputs: readonly ArticleInput[], onEach?: () => void): Promise<string[]>;
  /** Facts of the articles read again in the given contexts, in the tasks' order. */
  reread(inputs: readonly ArticleInput[], tasks: readonly RereadTask[]): Promise<FactVariant[]>;
  /** Articles read and facts re-read so far (the per-article stage's work). */
  counts(): { read: number; reread: number };
  close(): Promise<void>;
}

/** Workers when none are asked for: the cores this process may use. */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

// Compiled (dist/*.js, `pnpm build`): each worker loads the compiled task module. From the sources (tsx, jest): a
// plain .mjs entry loads the TypeScript task through tsx, and the workers resolve the workspace packages to their
// sources (the @news-kg/source export condition), whatever conditions the parent process was started with.
const COMPILED = __filename.endsWith('.js');
const WORKER = COMPILED
  ? {
      filename: path.join(__dirname, 'reading-worker.js'),
      name: 'runReadingTask',
      execArgv: process.execArgv,
    }
  : {
      filename: path.join(__dirname, 'reading-worker-entry.mjs'),
      name: 'default',
      execArgv: [...withoutConditions(process.execArgv), '--conditions=@news-kg/source'],
    };

function withoutConditions(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === '--conditions' || arg === '-C') i += 1;
    else if (!arg.startsWith('--conditions=')) out.push(arg);
  }
  return out;
}

export function createReadingPool(workers = defaultWorkers()): ReadingPool {
  const pool = new Piscina({
    ...WORKER,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: 60_000,
  });
  let read = 0;
  let reread = 0;
  const run = async <T>(task: ReadingTask): Promise<T> => JSON.parse((await pool.run(task)) as string) as T;
  const readJson = async (inputs: readonly ArticleInput[], onEach?: () => void): Promise<string[]> =>
    Promise.all(
      inputs.map(async input => {
        const json = (await pool.run({ kind: 'read', input } satisfies ReadingTask)) as string;
        read++;
        onEach?.();
        return json;
      }),
    );
  return {
    workers,
    read: async (inputs, onEach) =>
      (await readJson(inputs, onEach)).map(json => JSON.parse(json) as ArticleReading),
    readJson,
    reread: async (inputs, tasks) =>
      Promise.all(
        tasks.map(async ({ index, ...task }) => {
          const variant = await run<FactVariant>({
            kind: 'reread',
            input: inputs[index] as ArticleInput,
            task,
          });
          reread++;
          return variant;
        }),
      ),
    counts: () => ({ read, reread }),
    close: () => pool.destroy(),
  };
}

/** Runs `work` with a pool of `workers` threads and closes the pool after it, whether it succeeds or throws. */
export async function withReadingPool<T>(
  workers: number,
  work: (pool: ReadingPool) => Promise<T>,
): Promise<T> {
  const pool = createReadingPool(workers);
  try {
    return await work(pool);
  } finally {
    await pool.close();
  }
}
