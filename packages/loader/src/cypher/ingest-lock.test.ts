import { buildAcquireLock, buildLockFence, buildReleaseLock } from './ingest-lock';

test('the ingest lease is taken when free, expired or already ours, and released only by its owner', () => {
  expect(buildAcquireLock('kg-1-ab', 30000)).toMatchInlineSnapshot(`
   {
     "cypher": "MERGE (l:IngestLock {id: $id})
   SET l.touchedAt = timestamp()
   WITH l, (l.owner IS NULL OR l.owner = $owner OR l.expiresAt < timestamp()) AS free
   FOREACH (_ IN CASE WHEN free THEN [1] ELSE [] END | SET l.owner = $owner, l.expiresAt = timestamp() + $ttl)
   RETURN l.owner AS owner",
     "params": {
       "id": "ingest",
       "owner": "kg-1-ab",
       "ttl": 30000,
     },
   }
  `);
  expect(buildReleaseLock('kg-1-ab').cypher).toMatchInlineSnapshot(`
   "MATCH (l:IngestLock {id: $id})
   SET l.touchedAt = timestamp()
   WITH l
   WHERE l.owner = $owner
   DELETE l"
  `);
});

test('the fence extends the lease only while the token owns it, after taking the lock node for its transaction', () => {
  expect(buildLockFence('kg-1-ab', 30000).cypher).toMatchInlineSnapshot(`
   "MATCH (l:IngestLock {id: $id})
   SET l.touchedAt = timestamp()
   WITH l
   WHERE l.owner = $owner
   SET l.expiresAt = timestamp() + $ttl
   RETURN count(l) AS held"
  `);
});
