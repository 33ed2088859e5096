// pnpm bench api [--articles 10000] [--seed 1] [--duration 10] [--rounds N] [--warmup 3] [--server-warmup 5] [--connections 1,10] [--reuse] [--uri bolt://…]
// On a synthetic graph of N articles' worth (generate-synthetic-document.ts, loaded by writeDocument): who met
// whom and denials by a person, asked (1) as the equivalent raw Cypher through the driver (executeQuery), its
// records turned into JSON, (2) through the GraphQL API in this process (yoga.fetch: GraphQL without HTTP), (3)
// through the API on a real listening server (`kg serve` in a child process, loopback, an undici client's
// keep-alive sockets), and (4) as the raw Cypher again in a read-mode auto-commit transaction (session.run), the
// driver call the API makes (read.ts), which saves executeQuery's COMMIT round trip: a second baseline, all by
// one closed-loop harness at each concurrency given (1: the cost of one request; 10: under load), in alternating
// short rounds (api-rounds.ts) so that the machine's drifting load does not decide the ratios. Prints requests/s,
// p50/p99 latency (sub-millisecond, pooled over the rounds), each round's p50, the median per-round p50 ratio to
// raw and errors; never asserts. Bounded: a fixed duration per side, a fixed set of names.
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { Pool } from 'undici';
import { createApi, type Api } from '@news-kg/api';
import { applySchema, createDriver, normalizeDocument, resetDatabase, writeDocument } from '@news-kg/loader';
import { measureLoops, runRounds, type Side, type SideFigures } from './api-rounds';
import { generateSyntheticDocument } from './generate-synthetic-document';
import { DEFAULT_DIR, readLocalPassword } from '@news-kg/neo4j-local';

interface ApiBenchOptions {
  articles: number;
  seed: number;
  /** Timed seconds per side, split into `rounds` alternating rounds. */
  durationS: number;
  rounds: number;
  roundS: number;
  /** Untimed seconds per side before the rounds. */
  warmupS: number;
  /** Untimed seconds per question of HTTP requests to the freshly started server, before anything else. */
  serverWarmupS: number;
  /** Concurrent requests, one run per value. */
  connections: number[];
  /** Skip regenerating the graph when the database already holds exactly `articles` articles. */
  reuse: boolean;
  uri: string;
  user: string;
  password: string;
}

interface Question {
  title: string;
  /** GraphQL query with a $name variable. */
  graphql: string;
  /** The same answer as one Cypher query with a $name parameter, as a developer would write it. */
  cypher: string;
  /** Names to ask about, in rotation. */
  names: string[];
}

const NAME_COUNT = 50;
const PAGE = 20;
const REPO = path.resolve(__dirname, '../../..');

const SOURCES_CYPHER = (v: string): string =>
  `[(${v})-[r:REPORTED_IN]->(a:Article) | { evidence: r.evidence, start: r.start, end: r.end, title: a.title }]`;

export const WHO_MET: Omit<Question, 'names'> = {
  title: 'who met whom',
  graphql: `query ($name: String!) { whoMet(name: $name, first: ${PAGE}) { edges { node { name } meetings { id date place sources { evidence start end article { title } } } } } }`,
  cypher: `MATCH (p:Person {name: $name})-[:PARTICIPATED_IN]->(m:Meeting)<-[:PARTICIPATED_IN]-(other)
WHERE other <> p AND m.status = 'reported'
WITH other, m ORDER BY coalesce(m.date, '~'), m.id
WITH other, collect(m { .id, .date, .place, sources: ${SOURCES_CYPHER('m')} }) AS meetings
ORDER BY size(meetings) DESC, other.name, other.id
LIMIT ${PAGE}
RETURN other.name AS name, meetings`,
};

export const DENIALS: Omit<Question, 'names'> = {
  title: 'denials by',
  graphql: `query ($name: String!) { denials(by: $name, first: ${PAGE}) { edges { node { text speaker { name } sources { evidence start end article { title } } } } } }`,
  cypher: `MATCH (p:Person {name: $name})-[:STATED]->(s:Statement)
WHERE s.kind = 'denial'
WITH s ORDER BY coalesce(s.date, '~'), s.id
LIMIT ${PAGE}
RETURN s.text AS text, [(x)-[:STATED]->(s) | x.name] AS speakers, ${SOURCES_CYPHER('s')} AS sources`,
};

export async function runApiBench(argv: string[]): Promise<void> {
  const options = parseArgs(argv);
  // The raw sides as a compiled program runs them: tsx turns source maps on, which makes the stack trace the
  // driver records for every query cost ~0.07 ms more; the API skips that record (read.ts), so the baseline
  // should not pay it either.
  process.setSourceMapsEnabled(false);
  const driver = createDriver(options);
  let server: ChildProcess | undefined;
  try {
    console.log(
      `bench api: Neo4j at ${options.uri}; ${options.articles} articles; ${options.connections.join(' and ')} concurrent; ` +
        `${options.rounds} rounds of ${options.roundS} s per side`,
    );
    await prepareGraph(driver, options);
    const questions = [
      { ...WHO_MET, names: await topNames(driver, 'PARTICIPATED_IN') },
      { ...DENIALS, names: await topNames(driver, 'STATED', "AND x.kind = 'denial'") },
    ];
    const started = await startServer(options);
    // The same schema and driver settings as kg serve, without HTTP: separates GraphQL's cost from the hop's.
    const local = createApi({ driver, graphiql: false });
    server = started.child;
    // undici (Node's own HTTP client, the engine of its fetch): about a fifth less client CPU per request than
    // node:http (measured), and the client shares the machine's cores with the server and Neo4j.
    const pool = new Pool(new URL(started.url).origin, { connections: Math.max(...options.connections) });
    const rows: string[][] = [];
    const endpoint = new URL(started.url).pathname;
    try {
      // The kg serve child starts cold (V8 optimises its hot paths after thousands of requests, graphql-jit
      // compiles each document on first use): without this its first HTTP rounds were up to 3x its last.
      for (const question of questions) {
        const ask = (name: string) => askHttp(pool, endpoint, question, name);
        await measureLoops(question.names, options.serverWarmupS, Math.max(...options.connections), ask);
      }
      for (const question of questions) {
        await checkSameAnswer(driver, started.url, question);
        const sides: Side[] = [
          { name: 'raw Cypher (driver)', ask: name => askDriver(driver, question, name) },
          { name: 'GraphQL in-process', ask: name => askInProcess(local, question, name) },
          { name: 'GraphQL API (HTTP)', ask: name => askHttp(pool, endpoint, question, name) },
          { name: 'raw Cypher (auto-commit)', ask: name => askDriverAutoCommit(driver, question, name) },
        ];
        for (const connections of options.connections) {
          const figures = await runRounds(sides, {
            rounds: options.rounds,
            roundS: options.roundS,
            connections,
            warmupS: options.warmupS,
            names: question.names,
            baselines: [0, 3],
          });
          rows.push(...figures.map(f => toRow(`${question.title} (${connections} concurrent)`, f)));
        }
      }
    } finally {
      await pool.close();
    }
    printTable(rows);
  } finally {
    server?.kill('SIGINT');
    await driver.close();
  }
}

async function prepareGraph(driver: Driver, options: ApiBenchOptions): Promise<void> {
  const { records } = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
  const present = Number(records[0]?.get('n') ?? 0);
  if (options.reuse && present === options.articles) {
    console.log(`reusing the ${present} articles already loaded`);
    return;
  }
  const doc = normalizeDocument(
    generateSyntheticDocument({ articles: options.articles, seed: options.seed }),
  );
  console.log(`loading ${doc.nodes.length} nodes + ${doc.relationships.length} relationships...`);
  const t = performance.now();
  await resetDatabase(driver);
  await applySchema(driver);
  await writeDocument(driver, doc);
  await driver.executeQuery('CALL db.awaitIndexes(300)');
  console.log(`loaded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

/** The people with most relationships of a type (the busiest names: the heaviest answers). */
async function topNames(driver: Driver, type: 'PARTICIPATED_IN' | 'STATED', where = ''): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (p:Person)-[:${type}]->(x) WHERE true ${where}
     WITH p, count(x) AS n ORDER BY n DESC, p.id LIMIT $limit
     RETURN p.name AS name`,
    { limit: neo4j.int(NAME_COUNT) },
  );
  return records.map(r => r.get('name') as string);
}

async function startServer(options: ApiBenchOptions): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    [
      path.join(REPO, 'node_modules/tsx/dist/cli.mjs'),
      '--conditions=@news-kg/source',
      path.join(REPO, 'packages/cli/src/main.ts'),
      'serve',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
    ],
    {
      env: {
        ...process.env,
        NEO4J_URI: options.uri,
        NEO4J_USER: options.user,
        NEO4J_PASSWORD: options.password,
        PORT: '',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`kg serve did not print its address in 60 s:\n${out}`)),
      60_000,
    );
    child.stdout!.on('data', chunk => {
      out += String(chunk);
      const match = /(http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', code => reject(new Error(`kg serve exited (${code}):\n${out}`)));
  });
  console.log(`API server (kg serve, child process) at ${url}`);
  return { child, url };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the JSON of a GraphQL answer, shaped by each query
async function postGraphQL(url: string, query: string, name: string): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { name } }),
  });
  return response.json();
}

/** Before timing: the API and the raw query give the same answer (same people / texts, same sources). */
async function checkSameAnswer(driver: Driver, url: string, question: Question): Promise<void> {
  let facts = 0;
  for (const name of question.names.slice(0, 5)) {
    const api = await postGraphQL(url, question.graphql, name);
    if (api.errors) throw new Error(`${question.title}(${name}): ${JSON.stringify(api.errors)}`);
    const { records } = await driver.executeQuery(question.cypher, { name });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- edges of either question, read field by field
    const edges = (api.data.whoMet ?? api.data.denials).edges as any[];
    const apiKeys = edges.map(e =>
      e.meetings ? `${e.node.name}:${e.meetings.length}` : `${e.node.text}:${e.node.sources.length}`,
    );
    const rawKeys = records.map(r =>
      r.has('meetings')
        ? `${r.get('name')}:${(r.get('meetings') as unknown[]).length}`
        : `${r.get('text')}:${(r.get('sources') as unknown[]).length}`,
    );
    if (JSON.stringify(apiKeys) !== JSON.stringify(rawKeys)) {
      throw new Error(
        `${question.title}(${name}): the API and the raw query disagree:\n${apiKeys.join(', ')}\n${rawKeys.join(', ')}`,
      );
    }
    facts += edges.length;
  }
  console.log(`${question.title}: API and raw Cypher agree on 5 names (${facts} results)`);
}

/** The API over HTTP: one POST on the pool's keep-alive sockets; true when not 200 or the answer has `errors`. */
async function askHttp(pool: Pool, path: string, question: Question, name: string): Promise<boolean> {
  const { statusCode, body } = await pool.request({
    path,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: question.graphql, variables: { name } }),
  });
  const text = await body.text();
  return statusCode !== 200 || text.includes('"errors"');
}

/** The same API in this process (yoga.fetch, no HTTP): what GraphQL itself costs over the raw query. */
async function askInProcess(api: Api, question: Question, name: string): Promise<boolean> {
  const body = JSON.stringify({ query: question.graphql, variables: { name } });
  // The headers an HTTP client sends (undici on the HTTP side does too): the API judges the body size on them.
  const response = await api.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
    body,
  });
  return response.status !== 200 || (await response.text()).includes('"errors"');
}

/** The raw query through the driver, its records turned into JSON as the API does with its answer. */
async function askDriver(driver: Driver, question: Question, name: string): Promise<boolean> {
  const { records } = await driver.executeQuery(
    question.cypher,
    { name },
    { routing: 'READ', database: 'neo4j' },
  );
  JSON.stringify(records.map(record => record.toObject()));
  return false;
}

/**
 * The raw query in one read-mode auto-commit transaction (RUN and PULL, one round trip), as the API's read.ts
 * runs its queries: what the API's own time is measured against when both use the same driver call.
 */
async function askDriverAutoCommit(driver: Driver, question: Question, name: string): Promise<boolean> {
  const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
  try {
    const { records } = await session.run(question.cypher, { name });
    JSON.stringify(records.map(record => record.toObject()));
    return false;
  } finally {
    await session.close();
  }
}

function toRow(question: string, f: SideFigures): string[] {
  return [
    question,
    f.name,
    f.rps.toFixed(0),
    f.p50.toFixed(2),
    f.p99.toFixed(1),
    f.roundP50s.map(p => p.toFixed(1)).join(' '),
    `${f.ratio.toFixed(2)}x`,
    `${f.ratios[1]!.toFixed(2)}x`,
    String(f.requests),
    String(f.errors),
  ];
}

function printTable(rows: string[][]): void {
  const header = [
    'question',
    'through',
    'req/s',
    'p50 ms',
    'p99 ms',
    'p50 per round',
    'p50 / raw',
    'p50 / raw auto-commit',
    'requests',
    'errors',
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(r => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(`\n${line(header)}\n${widths.map(w => '-'.repeat(w)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

function parseArgs(argv: string[]): ApiBenchOptions {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const positive = (flag: string, fallback: number): number => {
    const raw = value(flag);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag}: "${raw}" is not a positive integer`);
    return n;
  };
  const durationS = positive('--duration', 10);
  const rounds = positive('--rounds', Math.max(3, durationS));
  return {
    articles: positive('--articles', 10_000),
    seed: positive('--seed', 1),
    durationS,
    rounds,
    roundS: durationS / rounds,
    warmupS: positive('--warmup', 3),
    serverWarmupS: positive('--server-warmup', 5),
    connections: (value('--connections') ?? '1,10').split(',').map(n => {
      const c = Number(n);
      if (!Number.isInteger(c) || c < 1) throw new Error(`--connections: "${n}" is not a positive integer`);
      return c;
    }),
    reuse: argv.includes('--reuse'),
    uri: value('--uri') ?? process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    user: value('--user') ?? process.env.NEO4J_USER ?? 'neo4j',
    password:
      value('--password') ?? process.env.NEO4J_PASSWORD ?? readLocalPassword(DEFAULT_DIR) ?? 'password',
  };
}
