// Public API of @news-kg/extractor: explicit re-exports only.
export { extractDocument } from './extract-document';
export type { ExtractOptions, ExtractProgress } from './extract-document';
export { analyzeArticle } from './entities/analyze-article';
export { resolveAcrossArticles } from './entities/resolve-across-articles';
export { assembleDocument } from './assemble-document';
export {
  parseInputBytes,
  decodeInputBytes,
  detectFormat,
  recordToArticle,
  InputError,
} from './input/parse-input';
export type { ParsedInput, InputFormat } from './input/parse-input';
export { htmlToArticle } from './input/html-to-article';
export type * from './analysis';
export { CONSTRUCTIONS } from './meetings/constructions';
export type { Construction } from './meetings/constructions';
export { findLongRunCuts, MAX_RUN_CHARS } from './entities/cut-long-runs';
export { parseDate } from './entities/header-dates';
export { readArticle, rereadFacts, textDigest } from './readings/read-article';
export { resolveReadings, assembleReadings, withFactVariant } from './readings/extract-from-readings';
export type { ResolvedReadings } from './readings/extract-from-readings';
export { readExcerpts } from './evidence-text';
export type { ArticleReading, FactVariant, FactDependencies, RereadTask } from './readings/article-reading';
