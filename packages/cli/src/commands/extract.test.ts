// Runs the real `kg extract` (tsx, real files, real stdin) on good and bad inputs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../../..');
const FIXTURES = join(ROOT, 'test/fixtures/extractor');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const MAIN = join(ROOT, 'packages/cli/src/main.ts');

jest.setTimeout(120_000);

const kg = (args: string[], input?: string) => spawnSync(TSX, [MAIN, 'extract', ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 120_000 });

describe('kg extract', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-extract-'));
    mkdirSync(join(dir, 'batch/nested'), { recursive: true });
    copyFileSync(join(FIXTURES, 'duarte-budget.html'), join(dir, 'batch/nested/duarte-budget.html'));
    copyFileSync(join(FIXTURES, 'records.json'), join(dir, 'batch/records.json'));
    writeFileSync(join(dir, 'batch/okafor.txt'), 'Chidi Okafor, Nigeria’s ambassador to Brazil, met Finance Minister Ana Duarte on Tuesday.\n');
    writeFileSync(join(dir, 'batch/empty.txt'), '');
    writeFileSync(join(dir, 'batch/binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    writeFileSync(join(dir, 'batch/latin1.txt'), Buffer.from([0x41, 0x6e, 0x61, 0x20, 0xe9, 0x74, 0xe9]));
    writeFileSync(join(dir, 'batch/broken.json'), '{"text": ');
    writeFileSync(join(dir, 'batch/notes.bin'), 'skipped: not an article extension');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('extracts a folder recursively, reports each bad file, goes on, and exits 1', () => {
    const out = join(dir, 'graph.json');
    const run = kg([join(dir, 'batch'), join(dir, 'missing.txt'), '--out', out]);
    expect(run.status).toBe(1);
    const errors = run.stderr.split('\n').filter(l => l.startsWith('kg extract: ') && !l.includes(' articles, '));
    expect(errors).toEqual([
      expect.stringMatching(/binary\.txt: looks binary/),
      expect.stringMatching(/broken\.json: malformed JSON/),
      expect.stringMatching(/empty\.txt: the file is empty/),
      expect.stringMatching(/latin1\.txt: is not valid UTF-8/),
      expect.stringMatching(/missing\.txt: no such file or folder/),
    ]);
    expect(run.stderr).toMatch(/kg extract: 4 articles, \d+ entities, \d+ facts \(\d+ meetings, \d+ statements\), 5 failed/);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { nodes: { id: string; labels: string[] }[] };
    const ids = doc.nodes.map(n => n.id);
    expect(ids).toEqual(expect.arrayContaining(['person:ana-duarte', 'person:chidi-okafor', 'person:ingrid-solberg']));
    expect(doc.nodes.filter(n => n.labels.includes('Article'))).toHaveLength(4);
  });

  it('reads stdin, writes the document to stdout and exits 0', () => {
    const run = kg([], 'Striker Tom Hale scored twice. Hale said the team was ready.');
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as { nodes: { id: string; properties: Record<string, unknown> }[] };
    expect(doc.nodes.find(n => n.id === 'person:tom-hale')?.properties).toMatchObject({ name: 'Tom Hale', aliases: ['Hale', 'Tom Hale'] });
    expect(run.stderr).toMatch(/kg extract: 1 articles, 1 entities, .* 0 failed/);
  });

  it('gives the same bytes for the same input', () => {
    const a = kg([join(FIXTURES, 'records.json')]);
    const b = kg([join(FIXTURES, 'records.json')]);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });
});
