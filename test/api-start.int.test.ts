// The commands as a user runs them: `kg start` with no folder (the shipped example corpus) against the test
// Neo4j (NEO4J_URI set, so no local Neo4j is started), then `kg serve`; both print the GraphiQL address, answer
// on it, and stop on Ctrl-C (SIGINT). `kg serve` without a reachable Neo4j exits non-zero saying what to do.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { resetDatabase } from '@news-kg/loader';
import { startTestNeo4j, type TestNeo4j } from './support/neo4j';

// Each test runs the CLI (tsx startup, extraction of the example corpus): the integration project's 120 s.
jest.setTimeout(120_000);

const REPO = path.resolve(__dirname, '..');
const KG = [
  path.join(REPO, 'node_modules/tsx/dist/cli.mjs'),
  '--conditions=@news-kg/source',
  path.join(REPO, 'packages/cli/src/main.ts'),
];

let neo: TestNeo4j;

beforeAll(async () => {
  neo = await startTestNeo4j();
  // An exact ingest re-extracts the stored articles: start from an empty graph.
  await resetDatabase(neo.driver);
});

afterAll(async () => {
  await neo.stop();
});

interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function runKg(args: string[], env: Record<string, string>): Running {
  const child = spawn(process.execPath, [...KG, ...args], {
    cwd: REPO,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', chunk => (output += String(chunk)));
  child.stderr!.on('data', chunk => (output += String(chunk)));
  const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForUrl(running: Running, timeoutMs = 100_000): Promise<string> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const match = /GraphiQL and the GraphQL endpoint: (http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(
      running.output(),
    );
    if (match) return match[1]!;
    if (running.child.exitCode !== null) break;
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  throw new Error(`no GraphiQL address printed:\n${running.output()}`);
}

const neo4jEnv = () => ({ NEO4J_URI: neo.uri, NEO4J_USER: neo.user, NEO4J_PASSWORD: neo.password });

async function ask(url: string, query: string): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

test('kg start with no folder ingests the example corpus, serves it, and stops on Ctrl-C', async () => {
  const running = runKg(['start', '--port', '0'], neo4jEnv());
  try {
    const url = await waitForUrl(running);
    expect(running.output()).toMatch(/Ingesting \d+ articles from .*example-corpus/);
    const articles = await ask(url, '{ articles { totalCount } }');
    expect(articles.data.articles.totalCount).toBeGreaterThanOrEqual(3);
    // The example tabs ask about people of the example corpus: they must be there.
    const who = await ask(
      url,
      '{ entity(name: "Marta Lindqvist") { name } whoMet(name: "Oskar Brandt") { totalCount } }',
    );
    expect(who.data.entity).toEqual({ name: 'Marta Lindqvist' });
    expect(who.data.whoMet.totalCount).toBeGreaterThan(0);
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('news-kg');
  } finally {
    running.child.kill('SIGINT');
  }
  expect(await running.exited).toBe(0);
  expect(running.output()).toContain('Stopping...');
});

test("kg start FOLDER replaces the graph with that folder's; --keep adds to it", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-start-'));
  fs.writeFileSync(
    path.join(dir, 'mine.txt'),
    'Port board meets\n\nHarbour board chair Ilse Marek met union leader Ravi Okoye on Monday. Okoye said the talks were hard.\n',
  );
  const countArticles = async () =>
    (
      await neo.driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n', {}, { database: 'neo4j' })
    ).records[0]
      ?.get('n')
      .toNumber();
  // The example corpus is there from the first test; `start mine/` leaves only mine.
  expect(await countArticles()).toBeGreaterThanOrEqual(3);
  const replacing = runKg(['start', dir, '--port', '0'], neo4jEnv());
  try {
    await waitForUrl(replacing);
    expect(replacing.output()).toMatch(
      /Replaced the graph that was there \(\d+ nodes; --keep adds instead\)/,
    );
    expect(replacing.output()).toMatch(/│ [^│]*mine\.txt +│ Port board meets +│/);
    expect(await countArticles()).toBe(1);
  } finally {
    replacing.child.kill('SIGINT');
  }
  expect(await replacing.exited).toBe(0);

  const keeping = runKg(['start', '--keep', '--port', '0'], neo4jEnv());
  try {
    await waitForUrl(keeping);
    expect(keeping.output()).not.toContain('Replaced the graph');
    const articles = await countArticles();
    expect(articles).toBeGreaterThanOrEqual(4); // mine + the example corpus
    // the per-article stage ran in the reading pool, and mine came from the reading the first start stored
    const read = /Per-article stage: (\d+) article\(s\) read, \d+ re-read in a new context, \d+ worker/.exec(
      keeping.output(),
    );
    expect(Number(read?.[1])).toBe((articles as number) - 1);
  } finally {
    keeping.child.kill('SIGINT');
  }
  expect(await keeping.exited).toBe(0);
});

test('kg serve serves the loaded graph and /health; stops on Ctrl-C', async () => {
  const running = runKg(['serve', '--port', '0'], neo4jEnv());
  try {
    const url = await waitForUrl(running);
    const health = await fetch(url.replace('/graphql', '/health'));
    expect(health.status).toBe(200);
    const denials = await ask(
      url,
      '{ denials { totalCount edges { node { speaker { name } sources { evidence } } } } }',
    );
    expect(denials.errors).toBeUndefined();
    expect(denials.data.denials.totalCount).toBeGreaterThan(0);
  } finally {
    running.child.kill('SIGINT');
  }
  expect(await running.exited).toBe(0);
});

test('kg serve without a reachable Neo4j exits non-zero and says what to do', async () => {
  const running = runKg(['serve', '--port', '0'], {
    NEO4J_URI: 'bolt://127.0.0.1:1',
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: 'password',
  });
  expect(await running.exited).toBe(1);
  expect(running.output()).toContain('cannot reach Neo4j at bolt://127.0.0.1:1');
  expect(running.output()).toContain('pnpm neo4j:start');
});
