// The API on a real listening HTTP server (127.0.0.1, a free port): a POST query, /health, and GraphiQL in
// headless Chromium (Debian's chromium driven by playwright-core) running a query and showing the answer.
import * as http from 'node:http';
import * as zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { createApi, MAX_REQUEST_BYTES, startApiServer, type StartedApiServer } from '@news-kg/api';
import { loadDocument } from './api-support';
import { createFixtureDocument } from './api-fixture';
import { launchChromium } from './support/chromium';
import { startTestNeo4j, type TestNeo4j } from './support/neo4j';

let neo: TestNeo4j;
let server: StartedApiServer;

beforeAll(async () => {
  neo = await startTestNeo4j();
  await loadDocument(neo.driver, createFixtureDocument());
  server = await startApiServer({ api: createApi({ driver: neo.driver }), port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await server?.close();
  await neo.stop();
});

test('a real HTTP server answers a POSTed query and /health', async () => {
  expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ denials(by: "Lindqvist") { edges { node { text sources { evidence } } } } }',
    }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as any;
  expect(body.data.denials.edges[0].node.text).toBe(
    'I never discussed the harbour contract with the ambassador',
  );
  const health = await fetch(server.url.replace('/graphql', '/health'));
  expect(health.status).toBe(200);
});

/** POSTs `chunks` with Transfer-Encoding: chunked (no Content-Length): the status and the body. */
function postChunked(url: string, chunks: string[]): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json' } },
      response => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', chunk => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    // The server may answer 413 and close before the last chunk is sent.
    request.on('error', error =>
      (error as NodeJS.ErrnoException).code === 'EPIPE' ? undefined : reject(error),
    );
    for (const chunk of chunks) request.write(chunk);
    request.end();
  });
}

test('a body over the limit is refused with 413, whether its length is announced or not', async () => {
  const padding = ' '.repeat(MAX_REQUEST_BYTES);
  const announced = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: `{"query": "{ __typename }"${padding}}`,
  });
  expect(announced.status).toBe(413);
  const chunked = await postChunked(server.url, ['{"query": "{ __typename }"', padding, '}']);
  expect(chunked.status).toBe(413);
  expect(chunked.text).toContain('REQUEST_ENTITY_TOO_LARGE');
  // Under the limit, chunked or not, the same request is answered.
  const small = await postChunked(server.url, ['{"query": ', '"{ __typename }"}']);
  expect(small).toEqual({ status: 200, text: '{"data":{"__typename":"Query"}}' });
});

test('GraphiQL opens in headless Chromium, runs a query and shows the answer', async () => {
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', request => requested.push(request.url()));
    const query = '{ whoMet(name: "Oskar Brandt") { edges { node { name } meetings { place } } } }';
    await page.goto(`${server.url}?query=${encodeURIComponent(query)}`);
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 60_000 });
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await result.getByText('Lisbon').waitFor({ timeout: 30_000 });
    // The editor renders spaces as no-break spaces.
    const text = (await result.innerText()).replace(/\u00a0/g, ' ');
    expect(text).toContain('"name": "Marta Lindqvist"');
    expect(text).toContain('"place": "Harbour Hall"');
    // GraphiQL's assets are served inline: the page asks nothing of any other host (it works offline).
    const origin = new URL(server.url).origin;
    expect(requested.filter(url => !url.startsWith(origin) && !/^(blob|data):/.test(url))).toEqual([]);
  } finally {
    await browser?.close();
  }
});

// Issue 18, item 3: yoga's default CORS echoed any Origin with credentials allowed.
test('the API answers no page of a foreign origin; its own origin and configured ones are answered', async () => {
  const query = JSON.stringify({ query: '{ whoMet(name: "Oskar Brandt") { totalCount } }' });
  const post = (url: string, origin: string) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', origin }, body: query });
  const foreign = await post(server.url, 'http://evil.example');
  expect(foreign.status).toBe(403);
  expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  expect(((await foreign.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN_ORIGIN');
  const preflight = await fetch(server.url, {
    method: 'OPTIONS',
    headers: { origin: 'http://evil.example', 'access-control-request-method': 'POST' },
  });
  expect(preflight.headers.get('access-control-allow-origin')).toBeNull();

  const own = await post(server.url, new URL(server.url).origin); // GraphiQL, served by the API itself
  expect(own.status).toBe(200);

  const allowing = await startApiServer({
    api: createApi({ driver: neo.driver, corsOrigins: ['http://localhost:3000'] }),
    port: 0,
    host: '127.0.0.1',
  });
  try {
    const configured = await post(allowing.url, 'http://localhost:3000');
    expect(configured.status).toBe(200);
    expect(configured.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(configured.headers.get('access-control-allow-credentials')).toBeNull();
    expect((await post(allowing.url, 'http://localhost:3001')).status).toBe(403);
  } finally {
    await allowing.close();
  }
});

/** A raw GET (no automatic decompression): status, headers and the bytes as sent. */
function getRaw(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, response => {
        const chunks: Buffer[] = [];
        response.on('data', chunk => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on('error', reject);
  });
}

// Issue 18, item 8: the GraphiQL page (9 MB, scripts inlined) went uncompressed on every GET.
test('the GraphiQL page is sent compressed, once per client: a revalidation gets 304 without a body', async () => {
  const browser = { accept: 'text/html,application/xhtml+xml', 'accept-encoding': 'gzip, deflate, br' };
  const first = await getRaw(server.url, browser);
  expect(first.status).toBe(200);
  expect(first.headers['content-encoding']).toBe('br');
  expect(first.body.length).toBeLessThan(3_000_000);
  const html = zlib.brotliDecompressSync(first.body).toString('utf8');
  expect(html.length).toBeGreaterThan(5_000_000);
  expect(html).toContain('<title>news-kg</title>');
  expect(first.headers.etag).toMatch(/^"[\w-]+"$/);
  expect(first.headers['cache-control']).toBe('no-cache');
  expect(first.headers.vary).toMatch(/Accept-Encoding/i);

  const again = await getRaw(server.url, { ...browser, 'if-none-match': first.headers.etag ?? '' });
  expect(again.status).toBe(304);
  expect(again.body.length).toBe(0);

  const gzipOnly = await getRaw(server.url, { accept: 'text/html', 'accept-encoding': 'gzip' });
  expect(gzipOnly.headers['content-encoding']).toBe('gzip');
  expect(zlib.gunzipSync(gzipOnly.body).toString('utf8')).toBe(html);
  const plain = await getRaw(server.url, { accept: 'text/html' });
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.body.toString('utf8')).toBe(html);
});
