// One evaluation: `kg extract CORPUS --out tmp.json` (the command users run, not an in-process shortcut), then
// the shared scorer on its output, once for the table it prints and once for the numbers the floors read.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ScorerResult } from './metrics';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
/** The shared scorer beside the clone (../shared/eval/score.mjs), as CI lays it out. */
export const DEFAULT_SCORER = resolve(REPO_ROOT, '..', 'shared', 'eval', 'score.mjs');
const KG_MAIN = join(REPO_ROOT, 'packages', 'cli', 'src', 'main.ts');

export interface ScoreCorpusOptions {
  corpus: string;
  gold: string;
  scorer?: string;
  /** The scorer's full listing (every miss and false hit) instead of its summary. */
  verbose?: boolean;
}

export interface ScoredCorpus {
  /** What the scorer printed (its table). */
  table: string;
  result: ScorerResult;
}

/** Throws naming the missing file or folder, and how to give it. */
export function assertInputs({ corpus, gold, scorer = DEFAULT_SCORER }: ScoreCorpusOptions): void {
  if (!existsSync(corpus)) throw new Error(`--corpus ${corpus}: no such folder`);
  if (!existsSync(gold)) throw new Error(`--gold ${gold}: no such file`);
  if (!existsSync(scorer)) {
    throw new Error(
      `the shared scorer ${scorer} is not there: put the shared material beside the clone (../shared) or name the scorer with --scorer PATH`,
    );
  }
}

export function scoreCorpus(options: ScoreCorpusOptions): ScoredCorpus {
  assertInputs(options);
  const { corpus, gold, scorer = DEFAULT_SCORER, verbose = false } = options;
  const dir = mkdtempSync(join(tmpdir(), 'news-kg-eval-'));
  try {
    const graph = join(dir, 'graph.json');
    extractWithKg(corpus, graph);
    const scorerArgs = [scorer, '--gold', gold, '--graph', graph, '--corpus', corpus];
    const table = runNode([...scorerArgs, ...(verbose ? [] : ['--quiet'])]);
    const result = JSON.parse(runNode([...scorerArgs, '--json'])) as ScorerResult;
    return { table, result };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function extractWithKg(corpus: string, out: string): void {
  try {
    execFileSync(
      process.execPath,
      [require.resolve('tsx/cli'), '--conditions=@news-kg/source', KG_MAIN, 'extract', corpus, '--out', out],
      {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'ignore', 'pipe'],
        maxBuffer: 64 * 1024 * 1024,
      },
    );
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').trim();
    throw new Error(`kg extract ${corpus} failed:\n${stderr.split('\n').slice(-10).join('\n')}`);
  }
}

function runNode(args: string[]): string {
  return execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
