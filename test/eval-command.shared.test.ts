// `pnpm eval` end to end on one of the project's invented sets with the shared scorer (../shared, so this file is
// one of the ratchets .ci/run runs): the scorer's table is printed, floors met pass, a floor above the score fails
// the run and says which, and --results holds the counts .ci/run adds to its line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, '..');
const SET = path.join(ROOT, 'test', 'heldout');

function evalCommand(args: string[]) {
  const run = spawnSync(
    process.execPath,
    [
      require.resolve('tsx/cli'),
      '--conditions=@news-kg/source',
      path.join(ROOT, 'packages/eval/src/main.ts'),
      ...args,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('prints the scorer table and passes the floors it meets, counting each', () => {
  const results = path.join(mkdtempSync(path.join(tmpdir(), 'eval-test-')), 'results.json');
  const base = [
    '--corpus',
    path.join(SET, 'corpus'),
    '--gold',
    path.join(SET, 'gold.json'),
    '--results',
    results,
  ];

  const met = evalCommand([...base, '--floors', 'entities=0.5,kinds=0.5', '--name', 'invented']);
  expect(met.stdout).toContain('== invented');
  expect(met.stdout).toMatch(/^SCORE entities \d\.\d{3} meetings/m);
  expect(met.stdout).toContain('ok    entity F1');
  expect(met.status).toBe(0);
  expect(JSON.parse(readFileSync(results, 'utf8'))).toEqual({ passed: 2, failed: 0 });
});

test('fails under a floor, naming the score', () => {
  const results = path.join(mkdtempSync(path.join(tmpdir(), 'eval-test-')), 'results.json');
  // A floor of 1 on a score with misses fails: read the score first, so the test holds as the extractor changes.
  const probe = evalCommand([
    '--corpus',
    path.join(ROOT, 'test/heldout-story-2/corpus'),
    '--gold',
    path.join(ROOT, 'test/heldout-story-2/gold.json'),
  ]);
  const statement = Number(/statements\s+P [\d.]+\s+R [\d.]+\s+F1 ([\d.]+)/.exec(probe.stdout)?.[1]);
  expect(statement).toBeLessThan(1);
  const under = evalCommand([
    '--corpus',
    path.join(ROOT, 'test/heldout-story-2/corpus'),
    '--gold',
    path.join(ROOT, 'test/heldout-story-2/gold.json'),
    '--floors',
    `statements=1,meetings=0`,
    '--results',
    results,
  ]);
  expect(under.status).toBe(1);
  expect(under.stdout).toContain(`UNDER statement F1    ${statement.toFixed(3)} <  floor 1.000`);
  expect(JSON.parse(readFileSync(results, 'utf8'))).toEqual({ passed: 1, failed: 1 });
});

test('names a missing corpus and a missing scorer', () => {
  const noCorpus = evalCommand(['--corpus', 'no-such-folder', '--gold', 'x.json']);
  expect(noCorpus.status).toBe(2);
  expect(noCorpus.stderr).toContain('--corpus');
  expect(noCorpus.stderr).toContain('no-such-folder: no such folder');
  const noScorer = evalCommand([
    '--corpus',
    path.join(SET, 'corpus'),
    '--gold',
    path.join(SET, 'gold.json'),
    '--scorer',
    '/nowhere/score.mjs',
  ]);
  expect(noScorer.stderr).toContain('the shared scorer /nowhere/score.mjs is not there');
});
