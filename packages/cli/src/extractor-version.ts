// The extractor's version as the key of stored readings: the package version plus a digest of its sources (step
// code, lexicons, construction tables), so that any change of a rule reads every article again. Computed once per
// process from the files the running extractor was loaded from.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

let cached: string | null = null;

export function extractorVersion(): string {
  if (cached) return cached;
  const manifest = require.resolve('@news-kg/extractor/package.json');
  const root = path.dirname(manifest);
  const hash = createHash('sha256');
  for (const file of listSources(path.join(root, 'src'))) {
    hash.update(path.relative(root, file));
    hash.update('\u0000');
    hash.update(readFileSync(file));
    hash.update('\u0000');
  }
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  cached = `${version}+${hash.digest('hex').slice(0, 16)}`;
  return cached;
}

/** Every source file but tests and their fixtures, sorted (the same tree gives the same digest anywhere). */
function listSources(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'testing' && entry.name !== '__snapshots__') out.push(...listSources(full));
    } else if (!/\.test\.[cm]?[jt]s$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}
