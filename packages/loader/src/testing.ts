// @news-kg/loader/testing: small GraphDocuments and the ingest lock's Cypher, for tests of this package and of the
// repository's integration suite (test/). Not part of the loader's API for applications.
export { articleNode, personNode, meetingNode, rel, createTwoArticleDocument } from './test-documents';
export { buildAcquireLock, buildLockFence } from './cypher/ingest-lock';
