// One node per id for every label of the graph model: MERGE relies on these to stay duplicate-free when two
// ingests run at the same time, and they back every lookup by id. Applied by the loader before each write
// (IF NOT EXISTS makes that idempotent).
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
// The ingest lease (one re-extracting ingest at a time; see packages/loader/src/ingest-lock.ts).
CREATE CONSTRAINT ingest_lock_id IF NOT EXISTS FOR (n:IngestLock) REQUIRE n.id IS UNIQUE;
// The per-article stage's stored results, one per article text and extractor version (reading-store.ts).
CREATE CONSTRAINT article_reading_key IF NOT EXISTS FOR (n:ArticleReading) REQUIRE n.key IS UNIQUE;
