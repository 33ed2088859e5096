// Issue 18, item 7: during a Neo4j outage queries answered HTTP 200 "Unexpected error."; /health said 503. Now
// a query says SERVICE_UNAVAILABLE with a 503 too, and answers again once Neo4j is back. The outage is real: the
// API's driver reaches the real Neo4j through a TCP relay in this test, which is cut and restored.
import * as net from 'node:net';
import { createDriver } from '@news-kg/loader';
import { createApi, startApiServer, type StartedApiServer } from '@news-kg/api';
import type { Driver } from 'neo4j-driver';
import { loadDocument } from './api-support';
import { createFixtureDocument } from './api-fixture';
import { startTestNeo4j, type TestNeo4j } from './support/neo4j';

let neo: TestNeo4j;
let relay: net.Server;
let relayPort: number;
const sockets = new Set<net.Socket>();
let apiDriver: Driver;
let server: StartedApiServer;

/** Listens on relayPort and pipes every connection to Neo4j's Bolt port. */
function openRelay(port = 0): Promise<void> {
  const target = new URL(neo.uri);
  relay = net.createServer(client => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise(done =>
    relay.listen(port, '127.0.0.1', () => {
      relayPort = (relay.address() as net.AddressInfo).port;
      done();
    }),
  );
}

/** The outage: no new connections, and every open one cut. */
function cutRelay(): Promise<void> {
  for (const socket of sockets) socket.destroy();
  return new Promise(done => relay.close(() => done()));
}

beforeAll(async () => {
  neo = await startTestNeo4j();
  await loadDocument(neo.driver, createFixtureDocument());
  await openRelay();
  apiDriver = createDriver({ uri: `bolt://127.0.0.1:${relayPort}`, user: neo.user, password: neo.password });
  server = await startApiServer({ api: createApi({ driver: apiDriver }), port: 0 });
});

afterAll(async () => {
  await server?.close();
  await apiDriver?.close();
  if (relay?.listening) await cutRelay();
  await neo.stop();
});

async function ask(): Promise<{ status: number; body: any }> {
  const response = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ whoMet(name: "Oskar Brandt") { totalCount } }' }),
  });
  return { status: response.status, body: await response.json() };
}

test('a query during an outage is SERVICE_UNAVAILABLE with HTTP 503; it answers again after', async () => {
  const before = await ask();
  expect(before.status).toBe(200);
  expect(before.body.data.whoMet.totalCount).toBeGreaterThan(0);

  await cutRelay();
  const during = await ask();
  expect(during.status).toBe(503);
  expect(during.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
  expect(during.body.errors[0].message).toBe('The graph database is unavailable; try again shortly.');
  expect(JSON.stringify(during.body)).not.toContain(String(relayPort)); // no address leaks
  expect((await fetch(server.url.replace('/graphql', '/health'))).status).toBe(503);

  await openRelay(relayPort);
  const after = await ask();
  expect(after.status).toBe(200);
  expect(after.body.data).toEqual(before.body.data);
});
