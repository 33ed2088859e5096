// pnpm bench <extract|load|api|long-line|startup|extract-scale|ingest>: prints figures and ratios; never asserts timings.
import { runExtractBench } from './extract';
import { runLoadBench } from './load';
import { runApiBench } from './api';
import { runLongLineBench } from './long-line';
import { runStartupBench } from './startup';
import { runExtractScaleBench } from './extract-scale';
import { runIngestBench } from './ingest';

const BENCHES: Record<string, (argv: string[]) => Promise<void>> = {
  extract: runExtractBench,
  load: runLoadBench,
  api: runApiBench,
  'long-line': runLongLineBench,
  startup: runStartupBench,
  'extract-scale': runExtractScaleBench,
  ingest: runIngestBench,
};

const [, , which] = process.argv;
const bench = which ? BENCHES[which] : undefined;
if (!bench) {
  console.error(`usage: pnpm bench <${Object.keys(BENCHES).join('|')}> [options]`);
  process.exitCode = 2;
} else {
  bench(process.argv.slice(3)).catch((error: unknown) => {
    console.error(`bench ${which}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
