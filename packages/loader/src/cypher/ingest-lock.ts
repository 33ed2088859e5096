// One re-extracting ingest at a time: a lease node that a second ingest waits on. The lease expires, so an ingest
// killed mid-run does not block the next one for longer than the lease.
//   acquire(owner "kg-1234-ab", ttl 30000) -> the lock's owner after the attempt: "kg-1234-ab" when we hold it,
//   else the other ingest's owner id
import type { CypherQuery } from './cypher-query';

export const INGEST_LOCK_ID = 'ingest';

export function buildAcquireLock(owner: string, ttlMs: number): CypherQuery {
  const cypher = [
    'MERGE (l:IngestLock {id: $id})',
    'WITH l, (l.owner IS NULL OR l.owner = $owner OR l.expiresAt < timestamp()) AS free',
    'FOREACH (_ IN CASE WHEN free THEN [1] ELSE [] END | SET l.owner = $owner, l.expiresAt = timestamp() + $ttl)',
    'RETURN l.owner AS owner',
  ];
  return { cypher: cypher.join('\n'), params: { id: INGEST_LOCK_ID, owner, ttl: ttlMs } };
}

export function buildReleaseLock(owner: string): CypherQuery {
  const cypher = ['MATCH (l:IngestLock {id: $id, owner: $owner})', 'DELETE l'];
  return { cypher: cypher.join('\n'), params: { id: INGEST_LOCK_ID, owner } };
}
