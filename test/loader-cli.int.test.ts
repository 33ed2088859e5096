// kg ingest / export / reset as a user runs them: real files, a real Neo4j, the real extractor, exit codes.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { resetDatabase } from '@news-kg/loader';
import { startTestNeo4j, type TestNeo4j } from './support/neo4j';

jest.setTimeout(300_000);

const REPO = path.resolve(__dirname, '..');
const TSX = path.join(REPO, 'node_modules/.bin/tsx');
const MAIN = path.join(REPO, 'packages/cli/src/main.ts');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('kg ingest / export / reset', () => {
  let db: TestNeo4j;
  const dir = mkdtempSync(path.join(tmpdir(), 'loader-cli-'));

  const kg = async (args: string[], env: Record<string, string> = {}): Promise<Run> => {
    const connection = { NEO4J_URI: db.uri, NEO4J_USER: db.user, NEO4J_PASSWORD: db.password };
    try {
      const { stdout, stderr } = await promisify(execFile)(
        TSX,
        ['--conditions=@news-kg/source', MAIN, ...args],
        {
          cwd: REPO,
          env: { ...process.env, ...connection, ...env },
        },
      );
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  };

  beforeAll(async () => {
    db = await startTestNeo4j();
    await resetDatabase(db.driver);
    writeFileSync(
      path.join(dir, 'a-harbour.txt'),
      'Harbour talks resume\n\nFinance Minister Ana Duarte met Tomas Reyes, the chief executive of the Harbour Authority, in Porto on Tuesday, the ministry said.\n\n"The talks were useful," Duarte told reporters after the meeting.\n',
    );
    writeFileSync(
      path.join(dir, 'b-budget.txt'),
      'Budget row deepens\n\nOpposition leader Lena Ortiz accused Finance Minister Ana Duarte of hiding the true cost of the harbour plan.\n\nDuarte denied the claim on Wednesday.\n',
    );
    writeFileSync(path.join(dir, 'c-empty.txt'), '   \n');
  });

  afterAll(async () => {
    if (!db) return;
    await resetDatabase(db.driver);
    await db.stop();
  });

  test('kg reset refuses without --yes and names the database', async () => {
    const run = await kg(['reset']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`refusing to empty the database at ${db.uri} without --yes`);
  });

  test('kg ingest loads the readable files, reports the bad one, and exits non-zero for it', async () => {
    const run = await kg(['ingest', dir]);
    expect(run.stdout).toMatch(/Ingested 2 of 2 articles \(2 new; graph extracted from 2\)/);
    expect(run.stdout).toMatch(/nodes: +[1-9]\d* created/);
    expect(run.stdout).toContain('Failed (1):');
    expect(run.stdout).toContain('c-empty.txt');
    // what each article gave, and what was skipped and why
    expect(run.stdout).toMatch(/│ [^│]*a-harbour\.txt +│ Harbour talks resume +│/);
    expect(run.stdout).toMatch(/Skipped 1 file\(s\): 1 unreadable\n {2}[^\n]*c-empty\.txt: unreadable/);
    expect(run.stderr).not.toMatch(/articles\/s/); // two articles off a terminal: no progress lines
    expect(run.code).toBe(1);
  });

  test('kg ingest --report writes the per-article report as CSV; a folder with no article changes nothing', async () => {
    const report = path.join(dir, 'report.csv');
    const run = await kg(['ingest', path.join(dir, 'a-harbour.txt'), '--report', report]);
    expect(run.code).toBe(0);
    const lines = readFileSync(report, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('status,file,title,date,outlet,entities,meetings,statements,warnings');
    expect(lines[1]).toMatch(
      /^read,[^,]*a-harbour\.txt,Harbour talks resume,,,\d+,1,\d+,no date found; no outlet found$/,
    );

    const none = mkdtempSync(path.join(tmpdir(), 'loader-cli-none-'));
    writeFileSync(path.join(none, 'scan.pdf'), '%PDF-1.4');
    const nothing = await kg(['ingest', none]);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toContain(
      `no article could be read from ${none}; see the skipped files above; the graph was not changed`,
    );
    expect(nothing.stderr).toMatch(/scan\.pdf: unsupported type/);
  });

  test('kg ingest of the same files again changes nothing', async () => {
    const run = await kg(['ingest', path.join(dir, 'a-harbour.txt'), path.join(dir, 'b-budget.txt')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('nodes:          0 created, 0 updated, 0 deleted');
    expect(run.stdout).toContain('relationships:  0 created, 0 updated, 0 deleted');
  });

  test('kg export -o facts.csv writes each meeting and statement with its source sentence', async () => {
    const out = path.join(dir, 'facts.csv');
    const run = await kg(['export', '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/Wrote \d+ meetings and statements \(one row per source\) to /);
    const csv = readFileSync(out, 'utf8');
    expect(csv.split('\n')[0]).toBe(
      'fact,id,status_or_kind,date,place,who,about,text,article,title,outlet,published,evidence',
    );
    expect(csv).toMatch(
      /^meeting,meeting:[^,]+,reported,[^\n]*Ana Duarte; Tomas Reyes[^\n]*a-harbour\.txt,Harbour talks resume,/m,
    );
    expect(csv).toMatch(/^statement,statement:[^\n]*,denial,/m);
    const viaFlag = await kg(['export', '--format', 'csv']);
    expect(viaFlag.stdout).toBe(csv);
  });

  test('kg export -o writes the graph as a GraphDocument; kg reset --yes empties it', async () => {
    const out = path.join(dir, 'graph.json');
    expect((await kg(['export', '-o', out])).code).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as {
      nodes: { labels: string[]; properties: Record<string, unknown> }[];
    };
    const articles = doc.nodes.filter(n => n.labels.includes('Article'));
    expect(articles.map(a => path.basename(String(a.properties.path))).sort()).toEqual([
      'a-harbour.txt',
      'b-budget.txt',
    ]);
    expect(articles[0]?.properties).not.toHaveProperty('sourceText');

    const reset = await kg(['reset', '--yes']);
    expect(reset.code).toBe(0);
    const empty = await kg(['export']);
    expect(JSON.parse(empty.stdout)).toEqual({ nodes: [], relationships: [] });
  });

  test('kg ingest against an unreachable Neo4j exits non-zero with a message naming the URI', async () => {
    const run = await kg(['ingest', path.join(dir, 'a-harbour.txt')], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('Neo4j at bolt://127.0.0.1:1 is unreachable');
  });
});
