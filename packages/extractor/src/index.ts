// Public API of @news-kg/extractor: explicit re-exports only.
export { extractDocument } from './extract-document';
export type { ExtractOptions, ExtractProgress } from './extract-document';
export { analyzeArticle } from './entities/analyze-article';
export { resolveAcrossArticles } from './entities/resolve-across-articles';
export { assembleDocument } from './assemble-document';
export { parseInputBytes, decodeInputBytes, detectFormat, recordToArticle, InputError } from './input/parse-input';
export type { ParsedInput, InputFormat } from './input/parse-input';
export { htmlToArticle } from './input/html-to-article';
export type { ArticleInput } from './input/article-input';
export { slugify, digest, personId, organizationId, articleId, meetingId, statementId, normalizeForKey } from './ids';
export * from './types';
export type * from './analysis';
