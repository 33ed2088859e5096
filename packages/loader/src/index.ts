// Public API of @news-kg/loader: GraphDocuments into Neo4j, idempotent, batched, transactional, incremental.
export { createDriver, uriOf, type CreateDriverOptions } from './create-driver';
export { enableTcpNoDelay } from './tcp-no-delay';
export { LoaderError, mapNeo4jError, type LoaderErrorCode, type MapNeo4jErrorOptions } from './errors';
export { applySchema, readSchemaStatements, SCHEMA_DIR, type ApplySchemaOptions } from './apply-schema';
export { writeDocument, type WriteDocumentOptions, type WriteProgress } from './write-document';
export { exportDocument, REQUIRED_PROPERTIES, type ExportDocumentOptions } from './export-document';
export { resetDatabase, type ResetDatabaseOptions } from './reset-database';
export {
  ingestArticles,
  type IngestArticlesOptions,
  type IngestProgress,
  type IngestSummary,
  type FailedArticle,
} from './ingest-articles';
export {
  ingestStreamed,
  type IngestStreamedOptions,
  type StoredArticles,
  type StreamedExtraction,
} from './ingest-streamed';
export { isUnchanged, type WriteSummary } from './write-summary';
export type { WriteMode } from './cypher/cypher-query';
export { buildCreateNodes, buildCreateRelationships } from './cypher/create-plain';
export { normalizeDocument } from './normalize-document';
export { toNeo4jProperties, fromNeo4jValue } from './neo4j-values';
export { RELATIONSHIP_KEY_PROPERTIES, toRelationshipKey } from './relationship-keys';
export { SOURCE_PROPERTIES } from './source-properties';

/** Names of the full-text indexes of cypher/02-fulltext.cypher, for `db.index.fulltext.queryNodes`. */
export const FULLTEXT_INDEXES = {
  /** Person and Organization `name` + `aliases`. */
  entityNames: 'entity_names',
  /** Statement `text`. */
  statementText: 'statement_text',
} as const;
export { createReadingStore, type ReadingStore, type ReadingStoreOptions } from './reading-store';
