#!/usr/bin/env node
// The `kg` bin: the compiled CLI (packages/cli/dist, `pnpm build`). A file of its own, not dist/main.js itself, so
// that `pnpm install` on a fresh clone (before any build) can link it. `pnpm kg …` runs the sources through tsx.
const path = require('node:path');
const fs = require('node:fs');

const main = path.join(__dirname, '..', 'dist', 'main.js');
if (!fs.existsSync(main)) {
  console.error('kg: the CLI is not built yet: run `pnpm build` (or `pnpm kg …` to run the sources)');
  process.exit(1);
}
require(main);
