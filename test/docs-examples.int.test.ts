// Every example of README.md and docs/*.md runs against the example corpus (what `npm start` serves): each GraphQL
// example answers without errors and with data (an example that returns nothing fails: it would teach a user
// that the graph is empty), and each `pnpm kg extract` line runs and writes a graph.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createApi, type Api } from '@news-kg/api';
import { extractDocument } from '@news-kg/extractor';
import { loadDocument, postQuery } from './api-support';
import { readExtractCommands, readGraphqlExamples } from './support/doc-examples';
import { EXAMPLE_CORPUS, readTextArticles } from './support/invented-corpus';
import { startTestNeo4j, type TestNeo4j } from './support/neo4j';

const ROOT = path.resolve(__dirname, '..');
let neo: TestNeo4j;
let api: Api;

beforeAll(async () => {
  neo = await startTestNeo4j();
  await loadDocument(neo.driver, extractDocument(readTextArticles([EXAMPLE_CORPUS])));
  api = createApi({ driver: neo.driver });
}, 300_000);

afterAll(async () => {
  await neo.stop();
});

/** Each root field's answer holds something: a non-empty list or a non-null value somewhere below it. */
function emptyRootFields(data: Record<string, unknown> | undefined): string[] {
  const hasData = (value: unknown): boolean =>
    Array.isArray(value)
      ? value.some(hasData)
      : value !== null && typeof value === 'object'
        ? Object.values(value).some(hasData)
        : value !== null && value !== undefined && value !== 0;
  return Object.entries(data ?? {})
    .filter(([, value]) => !hasData(value))
    .map(([field]) => field);
}

const graphql = readGraphqlExamples();

test('the docs have GraphQL examples to run, the README among them', () => {
  expect(graphql.length).toBeGreaterThanOrEqual(8);
  expect(graphql.some(e => e.where.startsWith('README.md'))).toBe(true);
});

test.each(graphql.map(e => [e.where, e.text] as const))(
  'GraphQL example at %s answers with data',
  async (_where, query) => {
    const { data, errors } = await postQuery(api, query);
    expect(errors).toBeUndefined();
    expect(emptyRootFields(data)).toEqual([]);
  },
);

const commands = readExtractCommands();

test('the docs have kg extract lines to run', () => {
  expect(commands.length).toBeGreaterThanOrEqual(2);
});

test.each(commands.map(c => [c.where, c.text] as const))(
  '%s: `%s` runs and writes a graph',
  (_where, line) => {
    // Run where the example's relative paths resolve (packages/…), writing its outputs into a fresh folder.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'docs-example-'));
    fs.symlinkSync(path.join(ROOT, 'packages'), path.join(dir, 'packages'));
    const args = line.replace(/^pnpm kg /, '').split(/\s+/);
    const stdout = execFileSync(
      process.execPath,
      [
        require.resolve('tsx/cli'),
        '--conditions=@news-kg/source',
        path.join(ROOT, 'packages/cli/src/main.ts'),
        ...args,
      ],
      {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const out = args[args.indexOf('-o') + 1];
    const written = args.includes('-o') && out ? fs.readFileSync(path.join(dir, out), 'utf8') : stdout;
    expect(written).toMatch(/"id": "(person|meeting|statement):|^Meeting|^Statement/m);
  },
);
