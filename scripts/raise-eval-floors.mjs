// node scripts/raise-eval-floors.mjs EVAL_OUTPUT: sets every floor of .ci/eval-sets.json to the score the given
// `pnpm eval --sets` output measured (the ratchet after a change that was checked set by set). Prints each change.
import { readFileSync, writeFileSync } from 'node:fs';

const KEYS = {
  'entity F1': 'entities',
  'meeting F1': 'meetings',
  'statement F1': 'statements',
  'denial F1': 'denials',
  'meeting dates': 'dates',
  'meeting places': 'places',
  'statement kinds': 'kinds',
  roles: 'roles',
};
const [outputPath] = process.argv.slice(2);
if (!outputPath) throw new Error('usage: node scripts/raise-eval-floors.mjs EVAL_OUTPUT');
const measured = new Map();
let set = null;
for (const line of readFileSync(outputPath, 'utf8').split('\n')) {
  const header = /^== (\S+)/.exec(line);
  if (header) set = header[1];
  const floor = /^\s+(?:ok|UNDER)\s+(.+?)\s+(\d\.\d+)\s/.exec(line);
  if (set && floor && KEYS[floor[1]]) measured.set(`${set}.${KEYS[floor[1]]}`, Number(floor[2]));
}
const path = new URL('../.ci/eval-sets.json', import.meta.url);
const sets = JSON.parse(readFileSync(path, 'utf8'));
for (const entry of sets) {
  const floors = entry.floors.split(',').map(pair => {
    const [name, value] = pair.split('=');
    const now = measured.get(`${entry.name}.${name}`);
    if (now === undefined || now === Number(value)) return pair;
    console.log(`${entry.name} ${name}: ${value} -> ${now}`);
    return `${name}=${now}`;
  });
  entry.floors = floors.join(',');
}
writeFileSync(path, `${JSON.stringify(sets, null, 2)}\n`);
