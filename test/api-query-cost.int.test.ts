// Issue 18, item 1: the cost limit counts `first` however it is given (literal, variable, default), and one
// request may return only so many results. Two ~2 KB hostile requests at once took `kg serve` out of memory
// when `first: $n` counted 1; here both are refused and the same server goes on answering.
import { createApi, startApiServer, type Api, type StartedApiServer } from '@news-kg/api';
import { loadDocument, postQuery } from './api-support';
import { createFixtureDocument } from './api-fixture';
import { startTestNeo4j, type TestNeo4j } from './support/neo4j';

let neo: TestNeo4j;
let api: Api;
let server: StartedApiServer;

beforeAll(async () => {
  neo = await startTestNeo4j();
  await loadDocument(neo.driver, createFixtureDocument());
  api = createApi({ driver: neo.driver });
  server = await startApiServer({ api, port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await server?.close();
  await neo.stop();
});

/** The battery's shape: 15 aliases of a page of articles, their mentions, each entity's page of articles. */
function hostileQuery({ withVariable }: { withVariable: boolean }): string {
  const first = withVariable ? '(first:$n)' : '';
  const alias = (i: number) =>
    `a${i}:articles${first}{edges{node{mentions{entity{mentionedIn${first}{edges{node{mentions{count}}}}}}}}}`;
  const aliases = Array.from({ length: 15 }, (_, i) => alias(i)).join(' ');
  return withVariable ? `query($n:Int){${aliases}}` : `{${aliases}}`;
}

test('first passed as a variable counts as much as the same literal', async () => {
  const nested =
    'person(name: "Oskar Brandt") { met(first: $n) { edges { node { met(first: $n) { edges { node { name } } } } } } }';
  const big = await postQuery(api, `query($n: Int) { ${nested} }`, { n: 100 });
  expect(big.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  expect(big.errors?.[0]?.message).toMatch(/cost limit of 100000 exceeded, found \d+/i);
  expect(big.data).toBeUndefined();
  // The same document with a small page runs: the cost is judged per request, on its variables.
  const small = await postQuery(api, `query($n: Int) { ${nested} }`, { n: 2 });
  expect(small.errors).toBeUndefined();
  expect(small.data.person.met.edges.length).toBeGreaterThan(0);
});

test('first left out counts as its default (20)', async () => {
  const query = hostileQuery({ withVariable: false });
  const response = await postQuery(api, query);
  expect(response.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
  // The same query with `first: 1` written out runs: a missing `first` did count as 1 before.
  const ones = await postQuery(
    api,
    query.replace(/articles\{/g, 'articles(first:1){').replace(/mentionedIn\{/g, 'mentionedIn(first:1){'),
  );
  expect(ones.errors).toBeUndefined();
});

test('a response with more results than the cap is refused whole, with RESPONSE_TOO_LARGE', async () => {
  const capped = createApi({ driver: neo.driver, maxResults: 10 });
  const query = '{ articles(first: 3) { edges { node { title mentions { count entity { name } } } } } }';
  const refused = await postQuery(capped, query);
  expect(refused.data).toBeUndefined();
  expect(refused.errors).toHaveLength(1);
  expect(refused.errors?.[0]?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
  expect(refused.errors?.[0]?.message).toMatch(/more than 10 results/);
  // The same query under the default cap answers in full.
  const full = await postQuery(api, query);
  expect(full.errors).toBeUndefined();
  expect(full.data.articles.edges).toHaveLength(3);
});

test('two hostile ~2 KB requests at once are refused while the server keeps serving', async () => {
  const body = JSON.stringify({ query: hostileQuery({ withVariable: true }), variables: { n: 100 } });
  expect(body.length).toBeGreaterThan(1500);
  const post = () =>
    fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const [first, second] = await Promise.all([post(), post()]);
  for (const response of [first, second]) {
    expect(response.status).toBe(400);
    const json = (await response.json()) as { data?: unknown; errors: { extensions: { code: string } }[] };
    expect(json.data).toBeUndefined();
    expect(json.errors[0]?.extensions.code).toBe('QUERY_TOO_COSTLY');
  }
  const ok = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ whoMet(name: "Oskar Brandt") { totalCount } }' }),
  });
  expect(ok.status).toBe(200);
  expect(
    ((await ok.json()) as { data: { whoMet: { totalCount: number } } }).data.whoMet.totalCount,
  ).toBeGreaterThan(0);
});
