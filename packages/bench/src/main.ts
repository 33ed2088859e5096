// pnpm bench <extract|load|api>: prints figures and ratios; never asserts timings.
const [, , which] = process.argv;
const BENCHES: Record<string, () => Promise<void>> = {
  extract: async () => (await import('./extract')).runExtractBench(process.argv.slice(3)),
  load: async () => (await import('./load')).runLoadBench(process.argv.slice(3)),
  api: async () => (await import('./api')).runApiBench(process.argv.slice(3)),
};

const bench = which ? BENCHES[which] : undefined;
if (!bench) {
  console.error(`usage: pnpm bench <${Object.keys(BENCHES).join('|')}> [options]`);
  process.exitCode = 2;
} else {
  bench().catch((error: unknown) => {
    console.error(`bench ${which}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
