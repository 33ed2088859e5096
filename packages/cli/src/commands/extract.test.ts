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

const kg = (args: string[], input?: string) =>
  spawnSync(TSX, ['--conditions=@news-kg/source', MAIN, 'extract', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 120_000,
  });

describe('kg extract', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-extract-'));
    mkdirSync(join(dir, 'batch/nested'), { recursive: true });
    copyFileSync(join(FIXTURES, 'duarte-budget.html'), join(dir, 'batch/nested/duarte-budget.html'));
    copyFileSync(join(FIXTURES, 'records.json'), join(dir, 'batch/records.json'));
    writeFileSync(
      join(dir, 'batch/okafor.txt'),
      'Chidi Okafor, Nigeria’s ambassador to Brazil, met Finance Minister Ana Duarte on Tuesday.\n',
    );
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
    const errors = run.stderr
      .split('\n')
      .filter(l => l.startsWith('kg extract: ') && !l.includes(' articles, '));
    // ...and says, after the table of what each article gave, which files it skipped and why
    expect(run.stderr).toMatch(/│ …?[^│]*okafor\.txt +│/);
    expect(run.stderr).toContain('Skipped 6 file(s): 5 unreadable, 1 unsupported type');
    expect(run.stderr).toMatch(/notes\.bin: unsupported type \(\.bin: /);
    expect(errors).toEqual([
      expect.stringMatching(/binary\.txt: looks binary/),
      expect.stringMatching(/broken\.json: malformed JSON/),
      expect.stringMatching(/empty\.txt: the file is empty/),
      expect.stringMatching(/latin1\.txt: is not valid UTF-8/),
      expect.stringMatching(/missing\.txt: no such file or folder/),
    ]);
    expect(run.stderr).toMatch(
      /kg extract: 4 articles, \d+ entities, \d+ facts \(\d+ meetings, \d+ statements\), 5 failed/,
    );
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { nodes: { id: string; labels: string[] }[] };
    const ids = doc.nodes.map(n => n.id);
    expect(ids).toEqual(
      expect.arrayContaining(['person:ana-duarte', 'person:chidi-okafor', 'person:ingrid-solberg']),
    );
    expect(doc.nodes.filter(n => n.labels.includes('Article'))).toHaveLength(4);
  });

  it('reads stdin, writes the document to stdout and exits 0', () => {
    const run = kg([], 'Striker Tom Hale scored twice. Hale said the team was ready.');
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout) as { nodes: { id: string; properties: Record<string, unknown> }[] };
    expect(doc.nodes.find(n => n.id === 'person:tom-hale')?.properties).toMatchObject({
      name: 'Tom Hale',
      aliases: ['Hale', 'Tom Hale'],
    });
    expect(run.stderr).toMatch(/kg extract: 1 articles, 1 entities, .* 0 failed/);
  });

  it('writes --report as JSON with each article, its counts and warnings, and the skipped files', () => {
    const report = join(dir, 'report.json');
    const copy = join(dir, 'twice');
    mkdirSync(copy, { recursive: true });
    writeFileSync(join(copy, 'a.txt'), 'Striker Tom Hale scored twice. Hale said the team was ready.');
    writeFileSync(join(copy, 'b.txt'), 'Striker Tom Hale scored twice. Hale said the team was ready.');
    const run = kg([copy, '--out', join(dir, 'twice.json'), '--report', report]);
    expect(run.status).toBe(0);
    const written = JSON.parse(readFileSync(report, 'utf8'));
    expect(written.articles).toEqual([
      expect.objectContaining({
        file: join(copy, 'a.txt'),
        entities: 1,
        warnings: expect.arrayContaining(['no date found']),
      }),
    ]);
    expect(written.skipped).toEqual([
      { file: join(copy, 'b.txt'), reason: 'duplicate', detail: `the same text as ${join(copy, 'a.txt')}` },
    ]);
  });

  it('exits 1 and leaves --out as it was when no article could be read', () => {
    const empty = join(dir, 'no-articles');
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, 'scan.pdf'), '%PDF-1.4');
    const out = join(dir, 'kept.json');
    writeFileSync(out, '{"nodes":[1],"relationships":[]}');
    const run = kg([empty, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`no article could be read from ${empty}`);
    expect(run.stderr).toContain(`${out} was left as it was`);
    expect(run.stderr).toMatch(/scan\.pdf: unsupported type/);
    expect(readFileSync(out, 'utf8')).toBe('{"nodes":[1],"relationships":[]}');
    const nothing = kg([join(dir, 'missing-folder'), '--out', out]);
    expect(nothing.status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('{"nodes":[1],"relationships":[]}');
  });

  it('gives the same bytes for the same input', () => {
    const a = kg([join(FIXTURES, 'records.json')]);
    const b = kg([join(FIXTURES, 'records.json')]);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });
});
