// Keeps an ingest lease alive while the ingest runs: every third of the lease, the fence query (which extends the
// lease only while its token still owns it). From a worker thread when the driver came from createDriver (its
// settings are known), so a long synchronous extraction on the main thread cannot starve it; from a timer on
// this thread otherwise, where the fence on every write still keeps a late writer from committing.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Driver } from 'neo4j-driver';
import { settingsOf } from './create-driver';
import type { CypherQuery } from './cypher/cypher-query';
import { runWrite } from './write-document';

export interface RenewLeaseOptions {
  database?: string;
  /** The lease's fence query (cypher/ingest-lock.ts buildLockFence). */
  fence: CypherQuery;
  intervalMs: number;
}

/** Starts renewing; the returned function stops it. */
export function startLeaseRenewal(
  driver: Driver,
  { database, fence, intervalMs }: RenewLeaseOptions,
): () => Promise<void> {
  const settings = settingsOf(driver);
  if (!settings) {
    const timer = setInterval(
      () =>
        void runWrite(driver, { database, during: 'renewing the ingest lock' }, tx =>
          tx.run(fence.cypher, fence.params),
        ).catch(() => undefined),
      intervalMs,
    );
    return async () => clearInterval(timer);
  }
  const worker = new Worker(path.join(__dirname, 'renew-lease-worker.cjs'), {
    workerData: { ...settings, database, fence, intervalMs },
  });
  // The ingest must not wait on this thread to exit, nor fail because it did.
  worker.unref();
  worker.on('error', () => undefined);
  return async () => {
    const exited = new Promise<void>(resolve => worker.once('exit', () => resolve()));
    worker.postMessage('stop');
    await Promise.race([exited, new Promise(resolve => setTimeout(resolve, 5_000).unref())]);
    await worker.terminate();
  };
}
