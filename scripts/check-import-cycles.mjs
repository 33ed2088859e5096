// node scripts/check-import-cycles.mjs: fails (exit 1) when any package's TypeScript imports form a cycle, type
// imports included (madge reads the import graph of every package's src/). Run by `pnpm lint`.
import madge from 'madge';

const result = await madge(['packages'], {
  fileExtensions: ['ts'],
  excludeRegExp: [/node_modules/, /\.test\.ts$/, /\/dist\//],
  tsConfig: 'tsconfig.json',
  detectiveOptions: { ts: { skipTypeImports: false } },
});
const cycles = result.circular();
if (cycles.length > 0) {
  console.error(`import cycles (${cycles.length}):`);
  for (const cycle of cycles) console.error(`  ${cycle.join(' -> ')}`);
  process.exit(1);
}
console.log(`no import cycles (${Object.keys(result.obj()).length} files)`);
