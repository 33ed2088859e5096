// The guide route over yoga.fetch: answered to Neo4j Browser's origin (a page of another origin), preflight
// included, while the API's other routes keep refusing that origin. No Neo4j is needed: the guide never reads the
// graph, and a driver connects only when a query runs.
import neo4j from 'neo4j-driver';
import { createApi } from '../create-api';
import { BROWSER_GUIDE_PATH } from './use-browser-guide';

const BROWSER_ORIGIN = 'http://127.0.0.1:7474';
const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('neo4j', 'unused'));
const api = createApi({ driver, graphiql: false });
const at = (path: string) => `http://127.0.0.1:4000${path}`;

afterAll(() => driver.close());

test('GET /browser-guide from the Browser origin: the guide, with that origin allowed and no credentials', async () => {
  const response = await api.fetch(at(BROWSER_GUIDE_PATH), {
    headers: { origin: BROWSER_ORIGIN, 'cache-control': 'no-cache', pragma: 'no-cache' },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  expect(response.headers.get('access-control-allow-origin')).toBe(BROWSER_ORIGIN);
  expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  const html = await response.text();
  expect(html).toContain('<slide');
  expect(html).toContain('class="pre-scrollable code runnable');
});

test('the preflight Browser sends before it (Cache-Control, Pragma) is allowed', async () => {
  const response = await api.fetch(at(BROWSER_GUIDE_PATH), {
    method: 'OPTIONS',
    headers: {
      origin: BROWSER_ORIGIN,
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'cache-control,pragma',
    },
  });
  expect(response.status).toBe(204);
  expect(response.headers.get('access-control-allow-origin')).toBe(BROWSER_ORIGIN);
  expect(response.headers.get('access-control-allow-methods')).toContain('GET');
  expect(response.headers.get('access-control-allow-headers')).toBe('cache-control,pragma');
});

test('the same origin is still refused on /graphql, and the guide takes no POST', async () => {
  const graphql = await api.fetch(at('/graphql'), {
    method: 'POST',
    headers: { origin: BROWSER_ORIGIN, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  expect(graphql.status).toBe(403);
  expect(graphql.headers.get('access-control-allow-origin')).toBeNull();
  const preflight = await api.fetch(at('/graphql'), {
    method: 'OPTIONS',
    headers: { origin: BROWSER_ORIGIN, 'access-control-request-method': 'POST' },
  });
  expect(preflight.headers.get('access-control-allow-origin')).toBeNull();

  const post = await api.fetch(at(BROWSER_GUIDE_PATH), { method: 'POST', body: 'x' });
  expect(post.status).toBe(405);
});
