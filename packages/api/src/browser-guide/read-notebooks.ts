// The repository's notebooks, in file order: cypher/notebooks/NN-name.cypher, parsed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseNotebook } from './parse-notebook';
import type { GuideNotebook } from './render-browser-guide';

/** The repository's cypher/notebooks folder (packages/api/src/browser-guide -> ../../../../cypher/notebooks). */
export const NOTEBOOK_DIR = path.resolve(__dirname, '../../../../cypher/notebooks');

export function readNotebooks(dir: string = NOTEBOOK_DIR): GuideNotebook[] {
  return fs
    .readdirSync(dir)
    .filter(file => /^\d\d-.*\.cypher$/.test(file))
    .sort()
    .map(file => ({ file, notebook: parseNotebook(fs.readFileSync(path.join(dir, file), 'utf8'), file) }));
}
