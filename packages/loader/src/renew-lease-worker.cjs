// The ingest lease's renewal, in a worker thread of its own (started by renew-lease.ts): extraction is
// synchronous and can block the main thread for longer than the lease, and a renewal timer on that thread
// would then not fire. Plain CommonJS, because worker threads load files with Node's own loader (no tsx, no jest
// transform). It only runs the fence query it is given; it never takes a lease.
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const neo4j = require('neo4j-driver');

const { uri, user, password, database, fence, intervalMs } = workerData;
const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
  connectionTimeout: Math.max(1000, intervalMs),
  userAgent: 'news-kg-lease-renewal',
});

async function renew() {
  try {
    await driver.executeQuery(fence.cypher, fence.params, { database, routing: neo4j.routing.WRITE });
  } catch {
    // Tried again at the next tick; if the lease is lost meanwhile, the fenced writes refuse to commit.
  }
}

const timer = setInterval(() => void renew(), intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  driver.close().finally(() => parentPort.close());
});
