// A write transaction of an ingest runs only while the ingest still holds the lease it believes it holds: the
// fence (cypher/ingest-lock.ts buildLockFence) runs first in the same transaction, and when another ingest has
// taken the lease the transaction is rolled back with LOCK_LOST before anything is committed.
import type { ManagedTransaction } from 'neo4j-driver';
import type { CypherQuery } from './cypher/cypher-query';
import { LoaderError } from './errors';

/** `work` preceded, in its own transaction, by the fence; `work` itself when there is no fence. */
export function withLockFence<T>(
  fence: CypherQuery | undefined,
  work: (tx: ManagedTransaction) => Promise<T>,
): (tx: ManagedTransaction) => Promise<T> {
  if (!fence) return work;
  return async tx => {
    const { records } = await tx.run(fence.cypher, fence.params);
    if (Number(records[0]?.get('held') ?? 0) === 0) {
      throw new LoaderError(
        'This ingest lost the ingest lock (its lease expired and another ingest took it); nothing more was written by it.',
        { code: 'LOCK_LOST' },
      );
    }
    return work(tx);
  };
}
