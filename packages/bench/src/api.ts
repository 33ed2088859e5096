// pnpm bench api [--articles 10000] [--seed 1] [--duration 10] [--connections 1,10] [--reuse] [--uri bolt://…]
// On a synthetic graph of N articles' worth (generate-synthetic-document.ts, loaded by writeDocument): who met
// whom and denials by a person, asked back to back (1) as the equivalent raw Cypher through the driver, its
// records turned into JSON, (2) through the GraphQL API in this process (yoga.fetch: GraphQL without HTTP),
// (3) through the API on a real listening server (`kg serve` in a child process, loopback, keep-alive), and
// (1) again, all by one closed-loop harness at each concurrency given (1: the cost of one request; 10: under
// load). Prints requests/s, p50/p99 latency (sub-millisecond), errors and the p50 ratios; never asserts.
// Bounded: a fixed duration per scenario, a fixed set of names.
import { spawn, type ChildProcess } from 'node:child_process';
import * as http from 'node:http';
import * as path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { createApi, type Api } from '@news-kg/api';
import { applySchema, createDriver, normalizeDocument, resetDatabase, writeDocument } from '@news-kg/loader';
import { generateSyntheticDocument } from './generate-synthetic-document';

interface ApiBenchOptions {
  articles: number;
  seed: number;
  durationS: number;
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

interface Figures {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

const NAME_COUNT = 50;
const PAGE = 20;
const REPO = path.resolve(__dirname, '../../..');

const SOURCES_CYPHER = (v: string): string =>
  `[(${v})-[r:REPORTED_IN]->(a:Article) | { evidence: r.evidence, start: r.start, end: r.end, title: a.title }]`;

const WHO_MET: Omit<Question, 'names'> = {
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

const DENIALS: Omit<Question, 'names'> = {
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
  const driver = createDriver(options);
  let server: ChildProcess | undefined;
  try {
    console.log(
      `bench api: Neo4j at ${options.uri}; ${options.articles} articles; ${options.connections.join(' and ')} concurrent; ${options.durationS} s per run`,
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
    const rows: string[][] = [];
    for (const question of questions) {
      await checkSameAnswer(driver, started.url, question);
      for (const connections of options.connections) {
        const run = { ...options, connections };
        // Back to back, same harness: raw, in-process, HTTP, then raw again (the machine's load drifts).
        const raw = await loadDriver(driver, question, run);
        const inProcess = await loadInProcess(local, question, run);
        const api = await loadApi(started.url, question, run);
        const rawAgain = await loadDriver(driver, question, run);
        const rawP50 = (raw.p50 + rawAgain.p50) / 2;
        const title = `${question.title} (${connections} concurrent)`;
        rows.push(
          toRow(title, 'raw Cypher (driver)', raw),
          toRow(title, 'GraphQL in-process', inProcess),
          toRow(title, 'GraphQL API (HTTP)', api),
          toRow(title, 'raw Cypher again', rawAgain),
          [title, 'p50 ratio HTTP / raw', `${(api.p50 / rawP50).toFixed(2)}x`, '', '', '', ''],
          [title, 'p50 ratio in-process / raw', `${(inProcess.p50 / rawP50).toFixed(2)}x`, '', '', '', ''],
        );
      }
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

interface RunOptions {
  durationS: number;
  connections: number;
}

/** POSTs one GraphQL request over a keep-alive socket; true when the answer has GraphQL `errors` or is not 200. */
function postOnce(agent: http.Agent, url: URL, body: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      response => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', chunk => (text += chunk));
        response.on('end', () => resolve(response.statusCode !== 200 || text.includes('"errors"')));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** The API over HTTP: `connections` keep-alive sockets to the `kg serve` child process. */
async function loadApi(url: string, question: Question, run: RunOptions): Promise<Figures> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: run.connections });
  const target = new URL(url);
  try {
    return await measureLoops(question, run, name =>
      postOnce(agent, target, JSON.stringify({ query: question.graphql, variables: { name } })),
    );
  } finally {
    agent.destroy();
  }
}

/** The same API in this process (yoga.fetch, no HTTP): what GraphQL itself costs over the raw query. */
async function loadInProcess(api: Api, question: Question, run: RunOptions): Promise<Figures> {
  return measureLoops(question, run, async name => {
    const response = await api.fetch('http://bench/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: question.graphql, variables: { name } }),
    });
    return response.status !== 200 || (await response.text()).includes('"errors"');
  });
}

/** The raw query through the driver, its records turned into JSON as the API does with its answer. */
async function loadDriver(driver: Driver, question: Question, run: RunOptions): Promise<Figures> {
  return measureLoops(question, run, async name => {
    const { records } = await driver.executeQuery(
      question.cypher,
      { name },
      { routing: 'READ', database: 'neo4j' },
    );
    JSON.stringify(records.map(record => record.toObject()));
    return false;
  });
}

/**
 * The one harness for every side, so they are measured alike: `connections` loops, each asking its next
 * question (names in rotation) when the last is answered, for `durationS`; latency by performance.now().
 * `ask` resolves to true for an answer with errors and rejects on a failed request (both counted as errors).
 */
async function measureLoops(
  question: Question,
  { durationS, connections }: RunOptions,
  ask: (name: string) => Promise<boolean>,
): Promise<Figures> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const end = performance.now() + durationS * 1000;
  const loop = async (): Promise<void> => {
    while (performance.now() < end) {
      const name = question.names[next++ % question.names.length]!;
      const t = performance.now();
      try {
        if (await ask(name)) errors += 1;
        else latencies.push(performance.now() - t);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  latencies.sort((a, b) => a - b);
  const at = (q: number): number =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    requests: latencies.length + errors,
    rps: (latencies.length + errors) / durationS,
    p50: at(0.5),
    p99: at(0.99),
    errors,
  };
}

function toRow(question: string, how: string, f: Figures): string[] {
  return [
    question,
    how,
    f.rps.toFixed(0),
    f.p50.toFixed(2),
    f.p99.toFixed(1),
    String(f.requests),
    String(f.errors),
  ];
}

function printTable(rows: string[][]): void {
  const header = ['question', 'through', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors'];
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
  return {
    articles: positive('--articles', 10_000),
    seed: positive('--seed', 1),
    durationS: positive('--duration', 10),
    connections: (value('--connections') ?? '1,10').split(',').map(n => {
      const c = Number(n);
      if (!Number.isInteger(c) || c < 1) throw new Error(`--connections: "${n}" is not a positive integer`);
      return c;
    }),
    reuse: argv.includes('--reuse'),
    uri: value('--uri') ?? process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
    user: value('--user') ?? process.env.NEO4J_USER ?? 'neo4j',
    password: value('--password') ?? process.env.NEO4J_PASSWORD ?? 'password',
  };
}
