// Public API of @news-kg/graph-model: the GraphDocument contract of ../shared/graph-model.md (labels, relationship
// types, node and relationship shapes), the deterministic ids and name keys, and the ArticleInput every reader
// produces. No compromise, no driver: the loader, the API and the CLI depend on this without loading the extractor.
export * from './types';
export {
  SPECIAL_FOLDS,
  foldLetters,
  slugify,
  digest,
  personId,
  organizationId,
  articleId,
  meetingId,
  statementId,
  normalizeForKey,
} from './ids';
export type { ArticleInput } from './article-input';
