// One re-extracting ingest at a time: a lease node that a second ingest waits on. The lease expires, so an ingest
// killed mid-run does not block the next one for longer than the lease.
//   acquire(token "kg-1234-ab", ttl 30000) -> the lock's owner after the attempt: "kg-1234-ab" when we hold it,
//   else the other ingest's token
// The owner is a fencing token: fresh for every acquisition, so a holder that lost the lease never becomes the
// owner again by renewing. Every write transaction of an ingest starts with the fence (buildLockFence): it
// extends the lease only while the token still owns it, and it writes the lock node first, so the node's write
// lock is held until that transaction ends and another ingest cannot take the lease in between.
import type { CypherQuery } from './cypher-query';

export const INGEST_LOCK_ID = 'ingest';

export function buildAcquireLock(owner: string, ttlMs: number): CypherQuery {
  const cypher = [
    'MERGE (l:IngestLock {id: $id})',
    // Write first: the node's lock, then a read of what the last holder committed.
    'SET l.touchedAt = timestamp()',
    'WITH l, (l.owner IS NULL OR l.owner = $owner OR l.expiresAt < timestamp()) AS free',
    'FOREACH (_ IN CASE WHEN free THEN [1] ELSE [] END | SET l.owner = $owner, l.expiresAt = timestamp() + $ttl)',
    'RETURN l.owner AS owner',
  ];
  return { cypher: cypher.join('\n'), params: { id: INGEST_LOCK_ID, owner, ttl: ttlMs } };
}

/** Extends the lease while `owner` holds it; `held` is 0 once another ingest has taken it. Never takes a lease. */
export function buildLockFence(owner: string, ttlMs: number): CypherQuery {
  const cypher = [
    'MATCH (l:IngestLock {id: $id})',
    'SET l.touchedAt = timestamp()',
    'WITH l',
    'WHERE l.owner = $owner',
    'SET l.expiresAt = timestamp() + $ttl',
    'RETURN count(l) AS held',
  ];
  return { cypher: cypher.join('\n'), params: { id: INGEST_LOCK_ID, owner, ttl: ttlMs } };
}

export function buildReleaseLock(owner: string): CypherQuery {
  const cypher = [
    'MATCH (l:IngestLock {id: $id})',
    'SET l.touchedAt = timestamp()',
    'WITH l',
    'WHERE l.owner = $owner',
    'DELETE l',
  ];
  return { cypher: cypher.join('\n'), params: { id: INGEST_LOCK_ID, owner } };
}
