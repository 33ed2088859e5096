// readInputs on real files (issue 18, items 5 and 9): folders that cannot be read, symbolic links, UTF-16,
// a file over the size limit, records with fields of the wrong type. The unreadable folder is read by the real
// `kg extract` as an unprivileged user (root reads any folder, whatever its mode).
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readInputs } from './read-inputs';

const ROOT = resolve(__dirname, '../../..');
const STORY = 'Chidi Okafor, the ambassador, met Finance Minister Ana Duarte on Tuesday.\n';

jest.setTimeout(120_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-read-inputs-'));
  chmodSync(dir, 0o755);
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

test('an unreadable sub-folder is a failure naming it; the rest of the batch is read', () => {
  mkdirSync(join(dir, 'batch/locked'), { recursive: true });
  writeFileSync(join(dir, 'batch/okafor.txt'), STORY);
  writeFileSync(join(dir, 'batch/locked/hidden.txt'), STORY);
  chmodSync(join(dir, 'batch'), 0o755);
  chmodSync(join(dir, 'batch/locked'), 0o000);
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const run = spawnSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    ['--conditions=@news-kg/source', join(ROOT, 'packages/cli/src/main.ts'), 'extract', join(dir, 'batch')],
    { cwd: ROOT, encoding: 'utf8', timeout: 120_000, ...asUser, env: { ...process.env, HOME: dir } },
  );
  chmodSync(join(dir, 'batch/locked'), 0o755);
  expect(run.stderr).toMatch(/kg extract: .*batch\/locked: cannot read this folder \(EACCES/);
  expect(run.stderr).toMatch(/kg extract: 1 articles, .* 1 failed/);
  expect(run.status).toBe(1);
  expect(JSON.parse(run.stdout).nodes.map((n: { id: string }) => n.id)).toContain('person:chidi-okafor');
});

test('symbolic links are followed once: a loop and a second link are said, a link to nothing is a failure', () => {
  mkdirSync(join(dir, 'elsewhere'), { recursive: true });
  mkdirSync(join(dir, 'batch/sub'), { recursive: true });
  writeFileSync(join(dir, 'elsewhere/linked.txt'), STORY);
  writeFileSync(join(dir, 'batch/sub/own.txt'), 'Lena Ortiz met Tomas Reyes in Lisbon.\n');
  symlinkSync(join(dir, 'elsewhere/linked.txt'), join(dir, 'batch/a-link.txt'));
  symlinkSync(join(dir, 'elsewhere'), join(dir, 'batch/b-folder-link'));
  symlinkSync(join(dir, 'batch'), join(dir, 'batch/sub/loop'));
  symlinkSync(join(dir, 'gone.txt'), join(dir, 'batch/dangling.txt'));
  const read = readInputs([join(dir, 'batch')]);
  expect(read.articles.map(a => a.path)).toEqual([
    join(dir, 'batch/a-link.txt'),
    join(dir, 'batch/sub/own.txt'),
  ]);
  expect(read.failures.map(f => f.message)).toEqual([
    expect.stringMatching(/dangling\.txt: a symbolic link to nothing readable \(ENOENT/),
  ]);
  expect(read.warnings.map(f => f.message)).toEqual([
    expect.stringMatching(/b-folder-link\/linked\.txt: skipped, the same file as .*a-link\.txt/),
    expect.stringMatching(/sub\/loop: skipped, a link to .*batch, which is read already/),
  ]);
});

test('UTF-16 with a byte-order mark is decoded, not called binary', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY, 'utf16le')]);
  const be = Buffer.from(le.map((_, i) => le[i ^ 1] as number)); // the same text, big-endian
  writeFileSync(join(dir, 'le.txt'), le);
  writeFileSync(join(dir, 'be.txt'), be);
  writeFileSync(join(dir, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0xd8])); // a lone surrogate
  const read = readInputs([join(dir, 'le.txt'), join(dir, 'be.txt'), join(dir, 'broken.txt')]);
  expect(read.articles.map(a => a.text)).toEqual([STORY, STORY]);
  expect(read.failures.map(f => f.message)).toEqual([
    expect.stringMatching(/broken\.txt: starts with a UTF-16 byte-order mark but is not valid UTF-16/),
  ]);
});

test('a file over the size limit is called too large, with the limit, before it is read', () => {
  const huge = join(dir, 'huge.jsonl');
  writeFileSync(huge, '');
  truncateSync(huge, 1_073_741_824); // 1 GB, sparse: nothing is written to disk
  const read = readInputs([huge]);
  expect(read.failures).toHaveLength(1);
  expect(read.failures[0]?.message).toBe(
    `${huge}: is 1.00 GB, over the 256 MB limit for one input file; split it into smaller files (e.g. JSON Lines, one article per line, several files)`,
  );
});

test('optional record fields of the wrong type or not a date are ignored with a warning naming the record', () => {
  const records = [
    { text: STORY, publishedAt: 'not a date', title: 42 },
    { text: STORY, publishedAt: '2021-03-05', outlet: ['Daily Ledger'] },
  ];
  writeFileSync(join(dir, 'feed.jsonl'), records.map(r => JSON.stringify(r)).join('\n'));
  writeFileSync(join(dir, 'array.json'), JSON.stringify(records));
  const read = readInputs([join(dir, 'feed.jsonl'), join(dir, 'array.json')]);
  expect(read.failures).toEqual([]);
  expect(read.articles).toHaveLength(4);
  expect(read.warnings.map(w => w.message.slice(dir.length + 1))).toEqual([
    'feed.jsonl:1: "title" is 42 (a number), not a string; ignored',
    'feed.jsonl:1: "publishedAt" is "not a date", not a date (e.g. 2021-03-05); ignored, the date is looked for in the text',
    'feed.jsonl:2: "outlet" is ["Daily Ledger"] (a list), not a string; ignored',
    'array.json#1: "title" is 42 (a number), not a string; ignored',
    'array.json#1: "publishedAt" is "not a date", not a date (e.g. 2021-03-05); ignored, the date is looked for in the text',
    'array.json#2: "outlet" is ["Daily Ledger"] (a list), not a string; ignored',
  ]);
});
