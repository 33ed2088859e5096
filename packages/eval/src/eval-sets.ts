// The sets CI measures, as data (.ci/eval-sets.json): a name, a corpus, a gold file and the floors (ratchets:
// today's scores; raise them when a score improves). Paths are relative to the file; "${shared}" stands for the
// shared material beside the clone (../shared), so one file serves every clone.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseFloors, type Floors } from './floors';

export interface EvalSet {
  name: string;
  corpus: string;
  gold: string;
  floors: Floors;
  /** Needs ../shared (real articles): left out, and said so, where it is absent. */
  shared: boolean;
}

interface EvalSetRow {
  name?: unknown;
  corpus?: unknown;
  gold?: unknown;
  floors?: unknown;
}

/** Reads a sets file; throws naming the file and the bad row. */
export function readEvalSets(file: string, sharedDir: string): EvalSet[] {
  const rows = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(rows)) throw new Error(`${file}: expected a JSON array of sets`);
  return rows.map((row: EvalSetRow, index) => {
    const where = `${file}: set ${index + 1}`;
    if (typeof row.name !== 'string' || typeof row.corpus !== 'string' || typeof row.gold !== 'string') {
      throw new Error(`${where}: needs "name", "corpus" and "gold" strings`);
    }
    if (typeof row.floors !== 'string')
      throw new Error(`${where} (${row.name}): needs "floors" as "name=number,…"`);
    const place = (p: string) =>
      p.startsWith('${shared}')
        ? resolve(sharedDir, p.slice('${shared}'.length).replace(/^\//, ''))
        : resolve(dirname(file), p);
    return {
      name: row.name,
      corpus: place(row.corpus),
      gold: place(row.gold),
      floors: parseFloors(row.floors),
      shared: row.corpus.startsWith('${shared}'),
    };
  });
}
