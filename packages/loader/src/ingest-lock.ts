// Holding the ingest lease for the duration of `work`, renewing it while work runs (see cypher/ingest-lock.ts).
// `work` gets the lease's fence: every write transaction it runs must start with it (lock-fence.ts), so a holder
// whose lease was taken over never commits another write.
import { randomBytes } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { LoaderError } from './errors';
import { buildAcquireLock, buildLockFence, buildReleaseLock } from './cypher/ingest-lock';
import type { CypherQuery } from './cypher/cypher-query';
import { startLeaseRenewal } from './renew-lease';
import { runWrite } from './write-document';

export interface WithIngestLockOptions {
  database?: string;
  /** Lease length; renewed every third of it. @default 30000 */
  ttlMs?: number;
  /** How long to wait for another ingest to finish. @default 600000 */
  waitMs?: number;
  /** Called once when another ingest holds the lock and this one starts waiting. */
  onWait?: (holder: string) => void;
}

/** Runs `work` while holding the ingest lease; waits for another holder, fails with LOCK_TIMEOUT after `waitMs`. */
export async function withIngestLock<T>(
  driver: Driver,
  work: (fence: CypherQuery) => Promise<T>,
  { database, ttlMs = 30_000, waitMs = 600_000, onWait }: WithIngestLockOptions = {},
): Promise<T> {
  // The fencing token: new for every acquisition, never reused.
  const owner = `kg-${process.pid}-${randomBytes(6).toString('hex')}`;
  let waiting = false;
  const tryAcquire = async (): Promise<boolean> => {
    const { cypher, params } = buildAcquireLock(owner, ttlMs);
    const result = await runWrite(driver, { database, during: 'taking the ingest lock' }, tx =>
      tx.run(cypher, params),
    );
    const holder = result.records[0]?.get('owner') as string | undefined;
    if (holder !== owner && !waiting) onWait?.(holder ?? 'unknown');
    waiting = holder !== owner;
    return !waiting;
  };
  const deadline = Date.now() + waitMs;
  while (!(await tryAcquire())) {
    if (Date.now() > deadline) {
      throw new LoaderError(
        `Another ingest held the lock for more than ${waitMs} ms; try again when it is done.`,
        { code: 'LOCK_TIMEOUT' },
      );
    }
    await new Promise(resolve => setTimeout(resolve, 200));
  }
  const fence = buildLockFence(owner, ttlMs);
  const stopRenewal = startLeaseRenewal(driver, { database, fence, intervalMs: ttlMs / 3 });
  try {
    return await work(fence);
  } finally {
    await stopRenewal();
    const { cypher, params } = buildReleaseLock(owner);
    // A lost connection must not hide the work's own error; the lease then simply expires.
    await runWrite(driver, { database, during: 'releasing the ingest lock' }, tx =>
      tx.run(cypher, params),
    ).catch(() => undefined);
  }
}
