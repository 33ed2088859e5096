// The API on the real dev corpus (../shared/corpus/dev), extracted with extractDocument and loaded with the
// loader. Nothing here names a person of the corpus: the test finds "the ambassador" by role, then asks the
// questions a journalist would, and checks every answer against the article texts (evidence at its offsets).
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Driver } from 'neo4j-driver';
// The pipeline module itself: the package index also loads the HTML reader (ESM-only linkedom), not needed here.
import { extractDocument } from '@news-kg/extractor';
import type { ArticleInput } from '@news-kg/graph-model';
import { CONSTRUCTIONS } from '@news-kg/extractor';
import { createApi, type Api } from '@news-kg/api';
import { buildExampleQueries } from '@news-kg/api';
import { pickExampleNames } from '@news-kg/api';
import { createRead } from '@news-kg/api';
import { loadDocument, postQuery } from './api-support';
import { startTestNeo4j, type TestNeo4j } from './support/neo4j';

const CORPUS = path.resolve(__dirname, '..', '../shared/corpus/dev');

let neo: TestNeo4j;
let driver: Driver;
let api: Api;
const textOf = new Map<string, string>();

function readCorpus(): ArticleInput[] {
  return readdirSync(CORPUS)
    .filter(file => file.endsWith('.txt'))
    .sort()
    .map(file => ({ path: file, text: readFileSync(path.join(CORPUS, file), 'utf8') }));
}

/** Every source cites its article exactly: the evidence stands in the text at start..end. */
function expectExactSource(source: {
  evidence: string;
  start: number;
  end: number;
  article: { path: string };
}): void {
  const text = textOf.get(source.article.path);
  expect(text).toBeDefined();
  expect(text!.slice(source.start, source.end)).toBe(source.evidence);
}

const SOURCES = 'sources { evidence start end article { path title } }';

beforeAll(async () => {
  neo = await startTestNeo4j();
  driver = neo.driver;
  const inputs = readCorpus();
  for (const input of inputs) textOf.set(input.path, input.text);
  await loadDocument(driver, extractDocument(inputs));
  api = createApi({ driver });
});

afterAll(async () => {
  await neo.stop();
});

async function findAmbassador(): Promise<string> {
  const { data, errors } = await postQuery(
    api,
    '{ meetings(first: 100) { edges { node { participants { name ... on Person { roles { title } } } } } } }',
  );
  expect(errors).toBeUndefined();
  const people = data.meetings.edges.flatMap((e: any) => e.node.participants);
  const ambassador = people.find((p: any) =>
    (p.roles ?? []).some((r: any) => /ambassador/i.test(r.title ?? '')),
  );
  expect(ambassador).toBeDefined();
  return ambassador.name;
}

test('who met the ambassador, when and where, with sources', async () => {
  const ambassador = await findAmbassador();
  const { data, errors } = await postQuery(
    api,
    `query ($name: String!) { whoMet(name: $name) { totalCount edges { node { name } meetings { date dateText place status ${SOURCES} } } } }`,
    { name: ambassador },
  );
  expect(errors).toBeUndefined();
  expect(data.whoMet.totalCount).toBeGreaterThan(0);
  const meetings = data.whoMet.edges.flatMap((e: any) => e.meetings);
  expect(meetings.length).toBeGreaterThan(0);
  // When: the corpus dates these encounters; at least one meeting carries an ISO date.
  expect(meetings.some((m: any) => /^\d{4}(-\d{2}){0,2}$/.test(m.date ?? ''))).toBe(true);
  // Where: the corpus places some of them too.
  expect(meetings.some((m: any) => typeof m.place === 'string' && m.place.length > 0)).toBe(true);
  for (const meeting of meetings) {
    expect(meeting.status).toBe('reported');
    expect(meeting.sources.length).toBeGreaterThan(0);
    meeting.sources.forEach(expectExactSource);
  }
  // The same question by an alias in another case gives the same answer.
  const lower = await postQuery(api, 'query ($name: String!) { whoMet(name: $name) { totalCount } }', {
    name: ambassador.toLowerCase(),
  });
  expect(lower.data.whoMet.totalCount).toBe(data.whoMet.totalCount);
});

test('every meeting source names the construction that read it, a row of the table', async () => {
  const { data, errors } = await postQuery(
    api,
    '{ meetings(first: 100) { edges { node { sources { rule } } } } }',
  );
  expect(errors).toBeUndefined();
  const rules = data.meetings.edges.flatMap((e: any) => e.node.sources.map((s: any) => s.rule));
  const ids = new Set(CONSTRUCTIONS.map(row => row.id));
  expect(rules.length).toBeGreaterThan(0);
  for (const rule of rules) expect([rule, ids.has(rule)]).toEqual([rule, true]);
});

test('who denied what: every denial has a speaker and an exact source', async () => {
  const { data, errors } = await postQuery(
    api,
    `{ denials(first: 50) { totalCount edges { node { text kind speaker { name } ${SOURCES} } } } }`,
  );
  expect(errors).toBeUndefined();
  expect(data.denials.totalCount).toBeGreaterThan(0);
  expect(data.denials.edges).toHaveLength(Math.min(50, data.denials.totalCount));
  for (const { node } of data.denials.edges) {
    expect(node.kind).toBe('denial');
    expect(node.speaker).not.toBeNull();
    node.sources.forEach(expectExactSource);
  }
  // denials(by: X) for the first speaker returns only X's denials.
  const speaker = data.denials.edges[0].node.speaker.name;
  const bySpeaker = await postQuery(
    api,
    'query ($by: String!) { denials(by: $by) { edges { node { speaker { name } } } } }',
    {
      by: speaker,
    },
  );
  expect(bySpeaker.data.denials.edges.length).toBeGreaterThan(0);
  for (const { node } of bySpeaker.data.denials.edges) expect(node.speaker.name).toBe(speaker);
});

test('the connection between two people who met runs through a sourced meeting', async () => {
  const ambassador = await findAmbassador();
  const met = await postQuery(
    api,
    'query ($name: String!) { whoMet(name: $name) { edges { node { name } } } }',
    {
      name: ambassador,
    },
  );
  const other = met.data.whoMet.edges[0].node.name;
  const { data, errors } = await postQuery(
    api,
    `query ($from: String!, $to: String!) {
      connection(from: $from, to: $to) {
        length
        paths { nodes { __typename } facts { __typename ... on Meeting { ${SOURCES} } ... on Statement { ${SOURCES} } } }
      }
    }`,
    { from: other, to: ambassador },
  );
  expect(errors).toBeUndefined();
  expect(data.connection.length).toBe(2);
  expect(data.connection.paths.length).toBeGreaterThan(0);
  // All shortest paths: through a meeting they took part in, or a statement one made about the other.
  const middles = data.connection.paths.map((p: any) => p.nodes[1].__typename);
  expect(middles).toContain('Meeting');
  for (const p of data.connection.paths) {
    expect(['Meeting', 'Statement']).toContain(p.nodes[1].__typename);
    expect(p.facts.length).toBe(1);
    for (const fact of p.facts) fact.sources.forEach(expectExactSource);
  }
});

test('statements paginate over the whole corpus with a stable order and totalCount', async () => {
  const query =
    'query ($after: String) { statements(first: 4, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }';
  const ids: string[] = [];
  let after: string | null = null;
  let total = -1;
  for (let page = 0; page < 100; page++) {
    const response: any = await postQuery(api, query, { after });
    expect(response.errors).toBeUndefined();
    total = response.data.statements.totalCount;
    ids.push(...response.data.statements.edges.map((e: any) => e.node.id));
    if (!response.data.statements.pageInfo.hasNextPage) break;
    after = response.data.statements.pageInfo.endCursor;
  }
  expect(total).toBeGreaterThan(4);
  expect(ids).toHaveLength(total);
  expect(new Set(ids).size).toBe(total);
});

test('every person is found by each of their aliases, in upper case', async () => {
  const { data } = await postQuery(
    api,
    '{ meetings(first: 100) { edges { node { participants { id aliases } } } } }',
  );
  const people = new Map<string, string[]>();
  for (const e of data.meetings.edges) for (const p of e.node.participants) people.set(p.id, p.aliases);
  expect(people.size).toBeGreaterThan(1);
  for (const [id, aliases] of people) {
    for (const alias of aliases) {
      const found = await postQuery(api, 'query ($name: String!) { entity(name: $name) { id aliases } }', {
        name: alias.toUpperCase(),
      });
      // An alias two entities share may resolve to the other one; it must then carry that alias too.
      expect(found.data.entity).not.toBeNull();
      if (found.data.entity.id !== id)
        expect(found.data.entity.aliases.map((a: string) => a.toUpperCase())).toContain(alias.toUpperCase());
    }
  }
});

test("GraphiQL's ready-made tabs ask about names of this graph and each answers with data", async () => {
  const names = await pickExampleNames(createRead({ driver }));
  const hasData = (value: unknown): boolean =>
    Array.isArray(value)
      ? value.some(hasData)
      : value && typeof value === 'object'
        ? Object.values(value).some(hasData)
        : value !== null && value !== undefined && value !== 0;
  for (const { title, query } of buildExampleQueries(names)) {
    const { data, errors } = await postQuery(api, query);
    expect({ title, errors, answered: hasData(data) }).toEqual({ title, errors: undefined, answered: true });
  }
});
