// Hostile or broken requests get clear GraphQL errors: depth, cost, alias, token and directive limits
// (graphql-armor), masked internal errors, no mutations, and /health that tells when Neo4j is down.
import neo4j, { type Driver } from 'neo4j-driver';
import { createApi, type Api } from '@news-kg/api';
import { loadDocument, postQuery } from './api-support';
import { createFixtureDocument } from './api-fixture';
import { startTestNeo4j, type TestNeo4j } from './support/neo4j';

let neo: TestNeo4j;
let driver: Driver;
let api: Api;

beforeAll(async () => {
  neo = await startTestNeo4j();
  driver = neo.driver;
  await loadDocument(driver, createFixtureDocument());
  api = createApi({ driver });
});

afterAll(async () => {
  await neo.stop();
});

const WHO_MET_DEEP =
  'whoMet(name: "Oskar Brandt") { edges { node { name } meetings { date place participants { name } sources { evidence article { title } } } } }';

function expectRefused(
  response: { status: number; data?: unknown; errors?: { message: string }[] },
  pattern: RegExp,
): void {
  expect(response.data).toBeUndefined();
  expect(response.errors?.[0]?.message).toMatch(pattern);
}

test('a query deeper than the limit is refused before anything runs', async () => {
  let selection = 'name';
  for (let i = 0; i < 4; i++) selection = `met { edges { node { ${selection} } } }`;
  const response = await postQuery(api, `{ person(name: "Oskar Brandt") { ${selection} } }`);
  expectRefused(response, /depth limit of 10 exceeded/i);
});

test('a query costing more than the limit is refused', async () => {
  const nested =
    '{ person(name: "Oskar Brandt") { met(first: 100) { edges { node { met(first: 100) { edges { node { name } } } } } } } }';
  expectRefused(await postQuery(api, nested), /cost limit of 100000 exceeded/i);
  // A page of 100 of the deepest example question passes.
  expect((await postQuery(api, `{ ${WHO_MET_DEEP.replace(')', ', first: 100)')} }`)).errors).toBeUndefined();
});

test('too many aliases, tokens or directives are refused', async () => {
  const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: entity(name: "Brandt") { name }`).join(' ');
  expectRefused(await postQuery(api, `{ ${aliases} }`), /aliases limit of 15 exceeded/i);
  const tokens = `{ entity(name: "Brandt") { ${Array.from({ length: 1100 }, () => 'name').join(' ')} } }`;
  expectRefused(await postQuery(api, tokens), /token limit of 1000 exceeded/i);
  const directives = `{ entity(name: "Brandt") { name ${Array.from({ length: 11 }, () => '@include(if: true)').join(' ')} } }`;
  expectRefused(await postQuery(api, directives), /directives limit of 10 exceeded/i);
});

test('an alias that names an Object.prototype property is refused; string arguments are only ever data', async () => {
  const proto = await postQuery(api, '{ articles(first: 1) { edges { __proto__: cursor } } }');
  expectRefused(proto, /alias "__proto__" is reserved/);
  // Quotes, backslashes and template syntax in a literal reach Neo4j as a parameter value, never as code.
  const literal = await postQuery(api, '{ whoMet(name: "\\"); throw 1; //${0}`") { totalCount } }');
  expect(literal.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect(({} as Record<string, unknown>).cursor).toBeUndefined();
});

test('field suggestions are not leaked', async () => {
  const response = await postQuery(api, '{ entity(name: "Brandt") { nam } }');
  expect(response.errors?.[0]?.message).toMatch(/Cannot query field "nam"/);
  expect(response.errors?.[0]?.message).not.toMatch(/Did you mean/);
});

test('internal errors are masked', async () => {
  // A name that is not canonical goes through the full-text index; this API names one that does not exist.
  const broken = createApi({ driver, nameIndex: 'no_such_index' });
  const response = await postQuery(broken, '{ entity(name: "Brandt") { name } }');
  expect(response.errors?.[0]?.message).toBe('Unexpected error.');
  expect(JSON.stringify(response)).not.toMatch(/no_such_index|Neo4j|procedure/i);
});

test('bad arguments are BAD_USER_INPUT, unknown names NOT_FOUND or null', async () => {
  const cases: [string, string][] = [
    ['{ whoMet(name: "!!!") { totalCount } }', 'BAD_USER_INPUT'],
    ['{ meetings(between: []) { totalCount } }', 'BAD_USER_INPUT'],
    ['{ connection(from: "Brandt", to: "Oskar Brandt") { length } }', 'BAD_USER_INPUT'],
    ['{ connection(from: "Brandt", to: "Lindqvist", maxHops: 7) { length } }', 'BAD_USER_INPUT'],
    ['{ statements(text: "") { totalCount } }', 'BAD_USER_INPUT'],
    ['{ whoMet(name: "Nobody Atall") { totalCount } }', 'NOT_FOUND'],
    ['{ timeline(name: "Nobody Atall") { totalCount } }', 'NOT_FOUND'],
    ['{ connection(from: "Brandt", to: "Nobody Atall") { length } }', 'NOT_FOUND'],
    ['{ articles(mentioning: "Nobody Atall") { totalCount } }', 'NOT_FOUND'],
  ];
  for (const [query, code] of cases) {
    const response = await postQuery(api, query);
    expect([query, response.errors?.[0]?.extensions?.code]).toEqual([query, code]);
  }
  const nulls = await postQuery(
    api,
    '{ entity(name: "Nobody Atall") { name } meeting(id: "meeting:none") { id } }',
  );
  expect(nulls).toMatchObject({ data: { entity: null, meeting: null } });
});

test('the schema has no mutations; a mutation is refused', async () => {
  const introspection = await postQuery(api, '{ __schema { mutationType { name } } }');
  expect(introspection.data.__schema.mutationType).toBeNull();
  const mutation = await postQuery(api, 'mutation { deleteEverything }');
  expect(mutation.errors?.[0]?.message).toMatch(/not configured to execute mutation/i);
});

test('/health is 200 when Neo4j answers and 503 when it does not', async () => {
  const up = await api.fetch('http://yoga/health');
  expect(up.status).toBe(200);
  expect(await up.json()).toEqual({ status: 'ok', neo4j: 'up' });
  // Port 1 on loopback: nothing listens there.
  const deadDriver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'password'), {
    connectionTimeout: 2000,
  });
  try {
    const down = await createApi({ driver: deadDriver }).fetch('http://yoga/health');
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'unavailable', neo4j: 'down' });
  } finally {
    await deadDriver.close();
  }
});
