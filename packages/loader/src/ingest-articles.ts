// Articles in, graph out, so that ingesting A then B leaves exactly the graph of ingesting A and B together.
// `exact` (default) keeps each article's text on its Article node and re-extracts stored + new articles as one batch:
// cross-article resolution (a surname-only mention in A, the full name in B) then decides exactly as it would have
// with both at once; what the new extraction no longer contains is removed. `merge` extracts only the new articles.
import debugFactory from 'debug';
import type { Driver } from 'neo4j-driver';
import type { ArticleInput } from '@news-kg/graph-model';
import type { GraphDocument } from '@news-kg/graph-model';
import { ensureSchema } from './apply-schema';
import { fromStoredSource, idOfInput, toCanonicalInputs, withSources } from './article-sources';
import type { CypherQuery } from './cypher/cypher-query';
import { buildListStoredArticles } from './cypher/list-graph';
import { LoaderError } from './errors';
import { withIngestLock } from './ingest-lock';
import { runRead, writeDocument } from './write-document';
import { writeChanges } from './write-changes';
import type { WriteSummary } from './write-summary';

export interface IngestProgress {
  /** `wait`: another ingest holds the lock; this one starts when it is done. `compare`: an exact ingest reads the
   * graph to write only what changed (write-changes.ts). */
  phase: 'wait' | 'extract' | 'compare' | 'write';
  articlesDone: number;
  articlesTotal: number;
}

export interface IngestArticlesOptions {
  /** The extractor (`extractDocument` of @news-kg/extractor, or the CLI's pooled extractor over stored readings);
   * injected so the loader depends on its types only. */
  extract: (inputs: readonly ArticleInput[]) => GraphDocument | Promise<GraphDocument>;
  /** Work on the given articles that needs no lock, run before the ingest lock is taken (the CLI reads and stores
   * the articles' readings there, so concurrent ingests share that work). */
  prepare?: (given: readonly ArticleInput[]) => Promise<void>;
  database?: string;
  /** Rows per transaction (whole articles). @default 5000 */
  batchSize?: number;
  /**
   * - `exact`: re-extract the stored articles together with the new ones, write the result and remove what it no
   *   longer contains; the graph always equals the extraction of all articles at once.
   * - `merge`: extract only the new articles and merge them in (faster; cross-article resolution sees one batch).
   * @default 'exact'
   */
  strategy?: 'exact' | 'merge';
  onProgress?: (progress: IngestProgress) => void;
  /**
   * Lease of the ingest lock (exact strategy), renewed while the ingest runs; after a crash the next ingest waits
   * at most this long. @default 30000
   */
  lockTtlMs?: number;
}

export interface FailedArticle {
  path: string;
  message: string;
}

export interface IngestSummary extends WriteSummary {
  /** Distinct articles given (the same text twice is one article). */
  articlesInput: number;
  /** Given articles that were not in the database before. */
  articlesNew: number;
  /** Articles the written graph was extracted from (stored + new in `exact`). */
  articlesExtracted: number;
  /** Articles the extractor failed on; left out, the rest is loaded. */
  failed: FailedArticle[];
}

/** Extracts and loads articles; see IngestArticlesOptions.strategy for what "incremental" guarantees. */
export async function ingestArticles(
  driver: Driver,
  inputs: readonly ArticleInput[],
  options: IngestArticlesOptions,
): Promise<IngestSummary> {
  const { database, strategy = 'exact', lockTtlMs = 30_000 } = options;
  await ensureSchema(driver, { database });
  await options.prepare?.(toCanonicalInputs(inputs));
  // Merge ingests take the lease too: an exact ingest's cleanup must never see articles being written by another.
  const run = strategy === 'merge' ? ingestMerge : ingestExact;
  const onWait = () => options.onProgress?.({ phase: 'wait', articlesDone: 0, articlesTotal: inputs.length });
  return runIngestLocked(driver, fence => run(driver, inputs, { ...options, fence }), {
    database,
    ttlMs: lockTtlMs,
    onWait,
  });
}

/** Runs an ingest under the ingest lock, again under a new lease when the lease was lost (up to three runs). */
export async function runIngestLocked<T>(
  driver: Driver,
  run: (fence: CypherQuery) => Promise<T>,
  lock: { database?: string; ttlMs: number; onWait: () => void },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await withIngestLock(driver, run, lock);
    } catch (error) {
      // The lease was lost (this process stalled longer than it): another ingest ran in between. Both strategies
      // are idempotent, and an exact run re-reads what is stored, so running again under a new lease is exact.
      if (!(error instanceof LoaderError && error.code === 'LOCK_LOST') || attempt >= MAX_LOCK_ATTEMPTS)
        throw error;
      lock.onWait();
    }
  }
}

const debug = debugFactory('news-kg:ingest');

/** Runs of an ingest that keeps losing its lease before it gives up with LOCK_LOST. */
const MAX_LOCK_ATTEMPTS = 3;

/** What a run gets besides the caller's options: the fence of the lease it runs under. */
interface RunOptions extends IngestArticlesOptions {
  fence: CypherQuery;
}

async function ingestExact(
  driver: Driver,
  inputs: readonly ArticleInput[],
  { extract, database, batchSize, onProgress, fence }: RunOptions,
): Promise<IngestSummary> {
  let t = Date.now();
  const lap = (what: string) => {
    debug('%s: %d ms', what, Date.now() - t);
    t = Date.now();
  };
  const stored = await readStoredInputs(driver, database);
  lap(`read ${stored.length} stored articles`);
  const storedIds = new Set(stored.map(idOfInput));
  const given = toCanonicalInputs(inputs);
  const all = toCanonicalInputs([...stored, ...given]);
  onProgress?.({ phase: 'extract', articlesDone: 0, articlesTotal: all.length });
  const { doc, used, failed } = await extractSafely(extract, all);
  lap(`extract ${all.length} articles`);
  const storedFailed = failed.filter(f => stored.some(input => input.path === f.path));
  if (storedFailed.length > 0) {
    // Writing without them would remove their facts from the graph: refuse instead, and change nothing.
    throw new LoaderError(
      `The extractor now fails on ${storedFailed.length} article(s) already in the database (first: ${storedFailed[0]?.path}: ${storedFailed[0]?.message}); nothing was changed. Fix the extractor, or use --strategy merge to add the new articles only.`,
      { code: 'EXTRACTION_FAILED' },
    );
  }
  onProgress?.({ phase: 'extract', articlesDone: used.length, articlesTotal: all.length });
  const withSource = withSources(doc, used);
  // only what differs from the stored graph is written, and what the extraction lacks removed (write-changes.ts)
  onProgress?.({ phase: 'compare', articlesDone: 0, articlesTotal: used.length });
  const written = await writeChanges(driver, withSource, {
    database,
    batchSize,
    fence,
    onProgress: p =>
      onProgress?.({ phase: 'write', articlesDone: p.articlesDone, articlesTotal: p.articlesTotal }),
  });
  lap(
    `write the changes of ${withSource.nodes.length} nodes, ${withSource.relationships.length} relationships`,
  );
  return {
    ...written,
    articlesInput: given.length,
    articlesNew: given.filter(input => !storedIds.has(idOfInput(input))).length,
    articlesExtracted: used.length,
    failed,
  };
}

async function ingestMerge(
  driver: Driver,
  inputs: readonly ArticleInput[],
  { extract, database, batchSize, onProgress, fence }: RunOptions,
): Promise<IngestSummary> {
  const storedIds = new Set(
    (await readStoredInputs(driver, database, { allowMissingText: true })).map(idOfInput),
  );
  const given = toCanonicalInputs(inputs);
  onProgress?.({ phase: 'extract', articlesDone: 0, articlesTotal: given.length });
  const { doc, used, failed } = await extractSafely(extract, given);
  const written = await writeDocument(driver, withSources(doc, used), {
    database,
    batchSize,
    fence,
    mode: 'merge',
    onProgress: p =>
      onProgress?.({ phase: 'write', articlesDone: p.articlesDone, articlesTotal: p.articlesTotal }),
  });
  return {
    ...written,
    articlesInput: given.length,
    articlesNew: given.filter(input => !storedIds.has(idOfInput(input))).length,
    articlesExtracted: used.length,
    failed,
  };
}

async function readStoredInputs(
  driver: Driver,
  database: string | undefined,
  { allowMissingText = false } = {},
): Promise<ArticleInput[]> {
  const { cypher, params } = buildListStoredArticles();
  const rows = await runRead(driver, { database, during: 'reading stored articles' }, async tx =>
    (await tx.run(cypher, params)).records.map(r => ({
      id: r.get('id') as string,
      text: r.get('text') as string | null,
      input: r.get('input') as string | null,
    })),
  );
  const missing = rows.filter(r => r.text === null);
  if (missing.length > 0 && !allowMissingText) {
    throw new LoaderError(
      `${missing.length} article(s) in the database (first: ${missing[0]?.id}) were loaded without their text, so an exact ingest cannot re-extract them. Use \`--strategy merge\`, or \`kg reset --yes\` and ingest all files again.`,
      { code: 'MISSING_SOURCE' },
    );
  }
  return rows.filter(r => r.text !== null).map(r => fromStoredSource(r.text as string, r.input));
}

/** Extracts the batch; when the extractor throws, finds the articles it fails on alone and extracts the rest. */
async function extractSafely(
  extract: IngestArticlesOptions['extract'],
  inputs: ArticleInput[],
): Promise<{ doc: GraphDocument; used: ArticleInput[]; failed: FailedArticle[] }> {
  try {
    return { doc: await extract(inputs), used: inputs, failed: [] };
  } catch (batchError) {
    const failed: FailedArticle[] = [];
    const used: ArticleInput[] = [];
    for (const input of inputs) {
      try {
        await extract([input]);
        used.push(input);
      } catch (error) {
        failed.push({ path: input.path, message: error instanceof Error ? error.message : String(error) });
      }
    }
    if (failed.length === 0) {
      throw new LoaderError(
        `The extractor failed on the batch of ${inputs.length} articles but on none alone: ${String(batchError)}`,
        {
          code: 'EXTRACTION_FAILED',
          cause: batchError,
        },
      );
    }
    return { doc: await extract(used), used, failed };
  }
}
