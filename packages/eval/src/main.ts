// pnpm eval --corpus DIR --gold FILE [--floors entities=0.86,…] [--scorer PATH] [--verbose]
// pnpm eval --sets .ci/eval-sets.json [--only dev,real] [--markdown docs/quality.md] [--results FILE]
// Extracts each corpus with `kg extract`, prints the shared scorer's table, checks the floors; exit 1 when a score
// is under its floor (or an input is missing). --results writes {"passed": n, "failed": n} (one per floor) for CI.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readEvalSets, type EvalSet } from './eval-sets';
import { checkFloors, formatVerdict, parseFloors, type FloorVerdict } from './floors';
import { replaceGeneratedTable, toQualityTable, type ScoredSet } from './quality-table';
import { assertInputs, DEFAULT_SCORER, scoreCorpus } from './score-corpus';

const USAGE = `usage: pnpm eval --corpus DIR --gold FILE [--floors name=number,…] [--scorer PATH] [--verbose]
       pnpm eval --sets FILE [--only NAME,…] [--markdown FILE] [--results FILE] [--scorer PATH]
floors name: entities, meetings, statements, denials (F1), dates, places, kinds, roles (rates)`;

function readOptions(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string' },
      gold: { type: 'string' },
      floors: { type: 'string' },
      name: { type: 'string' },
      sets: { type: 'string' },
      only: { type: 'string' },
      markdown: { type: 'string' },
      results: { type: 'string' },
      scorer: { type: 'string' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  return values;
}

type Options = ReturnType<typeof readOptions>;

/** The sets to run: from --sets, or the one named by --corpus and --gold. */
function chooseSets(options: Options, scorer: string): EvalSet[] {
  if (options.sets) {
    if (options.corpus || options.gold)
      throw new Error('give either --sets or --corpus with --gold, not both');
    const sharedDir = dirname(dirname(scorer));
    const all = readEvalSets(resolve(options.sets), sharedDir);
    const only = options.only?.split(',').map(s => s.trim());
    const unknown = only?.filter(name => !all.some(set => set.name === name)) ?? [];
    if (unknown.length) throw new Error(`--only: no set named ${unknown.join(', ')} in ${options.sets}`);
    return only ? all.filter(set => only.includes(set.name)) : all;
  }
  if (!options.corpus || !options.gold) throw new Error(`--corpus and --gold are needed\n${USAGE}`);
  return [
    {
      name: options.name ?? options.corpus,
      corpus: resolve(options.corpus),
      gold: resolve(options.gold),
      floors: parseFloors(options.floors ?? ''),
      shared: false,
    },
  ];
}

function main(argv: string[]): number {
  const options = readOptions(argv);
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const scorer = resolve(options.scorer ?? DEFAULT_SCORER);
  const sets = chooseSets(options, scorer);
  const verdicts: FloorVerdict[] = [];
  const scored: ScoredSet[] = [];
  for (const set of sets) {
    if (set.shared && !existsSync(set.corpus)) {
      console.log(
        `\n== ${set.name}: left out, ${set.corpus} is not there (shared material beside the clone)`,
      );
      continue;
    }
    assertInputs({ corpus: set.corpus, gold: set.gold, scorer });
    console.log(`\n== ${set.name} (${set.corpus})`);
    const { table, result } = scoreCorpus({
      corpus: set.corpus,
      gold: set.gold,
      scorer,
      verbose: options.verbose,
    });
    process.stdout.write(table);
    scored.push({ name: set.name, result });
    const checked = checkFloors(result, set.floors);
    for (const verdict of checked) console.log(formatVerdict(verdict));
    verdicts.push(...checked);
  }
  if (options.markdown) writeQualityPage(resolve(options.markdown), scored);
  const failed = verdicts.filter(v => !v.passed).length;
  const passed = verdicts.length - failed;
  console.log(`\neval: ${scored.length} set(s) scored, ${passed} floor(s) met, ${failed} under`);
  if (options.results) writeFileSync(resolve(options.results), `${JSON.stringify({ passed, failed })}\n`);
  return failed > 0 ? 1 : 0;
}

function writeQualityPage(file: string, scored: ScoredSet[]): void {
  const page = readFileSync(file, 'utf8');
  writeFileSync(file, replaceGeneratedTable(page, toQualityTable(scored), file));
  console.log(`\nwrote the scores table to ${file}`);
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
