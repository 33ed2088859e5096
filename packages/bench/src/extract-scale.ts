// pnpm bench extract-scale [--sizes 1000,10000] [--heap-mb 8192]
// `kg extract` of generated archives (generate-articles.ts: distinct story worlds, every name in one world only)
// of each size, each in a process of its own: CPU seconds per article, wall time and peak RSS, then the ratio of
// CPU per article at the largest size to that at the smallest (target <= 1.3: the cross-article stages compare
// through blocking keys, so their cost per article does not grow with the archive). Prints figures only.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { join } from 'node:path';
import { generateArticles } from './generate-articles';
import { runKg } from './run-kg';
import { writeArticles } from './write-articles';

interface ScaleRow {
  articles: number;
  seconds: number;
  cpuSeconds: number;
  maxRssMb: number;
}

export async function runExtractScaleBench(argv: string[]): Promise<void> {
  const sizes = parseSizes(valueOf(argv, '--sizes') ?? '1000,10000', 1);
  const heapMb = Number(valueOf(argv, '--heap-mb') ?? 8192);
  console.log(
    `bench extract-scale: sizes ${sizes.join(', ')}; load average ${formatLoad()} on ${os.cpus().length} cores`,
  );
  const rows: ScaleRow[] = [];
  for (const articles of sizes) {
    const dir = fs.mkdtempSync(join(os.tmpdir(), 'kg-bench-extract-'));
    try {
      writeArticles(join(dir, 'corpus'), generateArticles({ count: articles }));
      const run = await runKg(['extract', join(dir, 'corpus'), '--out', join(dir, 'graph.json')], { heapMb });
      rows.push({ articles, ...run });
      console.log(
        `  ${articles} articles: ${run.seconds.toFixed(1)} s wall, CPU ${run.cpuSeconds.toFixed(1)} s, peak RSS ${run.maxRssMb.toFixed(0)} MB; load average ${formatLoad()}`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log('\narticles | wall s | CPU s | CPU ms/article | peak RSS MB');
  for (const r of rows)
    console.log(
      `${String(r.articles).padStart(8)} | ${r.seconds.toFixed(1).padStart(6)} | ${r.cpuSeconds.toFixed(1).padStart(5)} | ${((r.cpuSeconds / r.articles) * 1000).toFixed(1).padStart(14)} | ${r.maxRssMb.toFixed(0).padStart(11)}`,
    );
  const [small, large] = [rows[0], rows.at(-1)];
  if (small && large && small !== large) {
    const ratio = large.cpuSeconds / large.articles / (small.cpuSeconds / small.articles);
    console.log(
      `CPU per article at ${large.articles} vs ${small.articles}: ${ratio.toFixed(2)}x (target <= 1.3x)`,
    );
  }
}

export function valueOf(argv: readonly string[], flag: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** "0,1000,10000" -> [0, 1000, 10000]; each at least `min`. */
export function parseSizes(text: string, min: number): number[] {
  const sizes = text.split(',').map(Number);
  if (sizes.length === 0 || sizes.some(n => !Number.isInteger(n) || n < min))
    throw new Error(
      `--sizes expects whole numbers >= ${min} separated by commas (e.g. 1000,10000); got "${text}"`,
    );
  return sizes;
}

/** The 1, 5 and 15 minute load averages: how busy the shared machine was. */
export function formatLoad(): string {
  return os
    .loadavg()
    .map(n => n.toFixed(1))
    .join(' / ');
}
