// ingestArticles for a folder too large to hold in memory (kg ingest): the caller streams the given articles through
// the per-article stage before the lock (`prepare`) and keeps no text; under the lock it extracts the stored and the
// given articles from their readings (`extract`), reading the stored texts a page at a time when it needs them
// (StoredArticles), and the write asks for the new Articles' texts one transaction at a time (`sourcesOf`). The
// guarantees are ingestArticles': `exact` leaves the graph of extracting every stored and given article at once,
// writing only what changed; an article the extractor fails on is named and left out, the rest is loaded; a stored
// one it now fails on makes the ingest refuse and change nothing; each article is committed whole.
import debugFactory from 'debug';
import type { Driver } from 'neo4j-driver';
import type { ArticleInput, GraphDocument, Properties } from '@news-kg/graph-model';
import { ensureSchema } from './apply-schema';
import { fromStoredSource, idOfInput, toSourceInput } from './article-sources';
import { buildListStoredArticleRefs, buildReadStoredArticles } from './cypher/list-graph';
import { LoaderError } from './errors';
import {
  runIngestLocked,
  type FailedArticle,
  type IngestProgress,
  type IngestSummary,
} from './ingest-articles';
import { runRead, writeDocument } from './write-document';
import { writeChanges } from './write-changes';

const debug = debugFactory('news-kg:ingest');

/** The Articles in the database, their texts read when asked for. */
export interface StoredArticles {
  /** Every stored Article with a text: its id and the input it was read from, without the text. */
  readonly refs: readonly { id: string; input: Omit<ArticleInput, 'text'> }[];
  /** The stored articles of these ids, with their texts, in the ids' order. */
  read(ids: readonly string[]): Promise<ArticleInput[]>;
}

/** What the caller's extraction gives: the document with Article nodes that carry no source properties. */
export interface StreamedExtraction {
  doc: GraphDocument;
  /** Ids of the distinct given articles (failed ones included). */
  given: readonly string[];
  /** Articles the document was extracted from. */
  articlesExtracted: number;
  /** Given articles the extractor failed on (left out). */
  failed: FailedArticle[];
  /** Stored articles the extractor now fails on: the ingest refuses. */
  storedFailed: FailedArticle[];
}

export interface IngestStreamedOptions {
  /** Reads the given articles' readings (no lock needed: the CLI shares this work between concurrent ingests). */
  prepare: () => Promise<void>;
  /** Under the lock: `exact`, the stored and given articles; `merge`, the given ones only. */
  extract: (stored: StoredArticles, strategy: 'exact' | 'merge') => Promise<StreamedExtraction>;
  /** The given articles of these ids, their texts read again, for the write (ids it does not know are left out). */
  sourcesOf: (ids: readonly string[]) => ArticleInput[] | Promise<ArticleInput[]>;
  database?: string;
  /** Rows per transaction (whole articles). @default 5000 */
  batchSize?: number;
  /** @default 'exact' (IngestArticlesOptions.strategy) */
  strategy?: 'exact' | 'merge';
  onProgress?: (progress: IngestProgress) => void;
  /** @default 30000 (IngestArticlesOptions.lockTtlMs) */
  lockTtlMs?: number;
}

export async function ingestStreamed(driver: Driver, options: IngestStreamedOptions): Promise<IngestSummary> {
  const { database, strategy = 'exact', lockTtlMs = 30_000, batchSize, onProgress } = options;
  await ensureSchema(driver, { database });
  await options.prepare();
  return runIngestLocked(
    driver,
    async fence => {
      let t = Date.now();
      const stored = await listStored(driver, database, strategy === 'exact');
      debug('list %d stored articles: %d ms', stored.refs.length, Date.now() - t);
      t = Date.now();
      const storedIds = new Set(stored.refs.map(r => r.id));
      onProgress?.({ phase: 'extract', articlesDone: 0, articlesTotal: 0 });
      const extraction = await options.extract(stored, strategy);
      debug('extract %d articles: %d ms', extraction.articlesExtracted, Date.now() - t);
      const { doc, given, failed, storedFailed } = extraction;
      if (storedFailed.length > 0) {
        throw new LoaderError(
          `The extractor now fails on ${storedFailed.length} article(s) already in the database (first: ${storedFailed[0]?.path}: ${storedFailed[0]?.message}); nothing was changed. Fix the extractor, or use --strategy merge to add the new articles only.`,
          { code: 'EXTRACTION_FAILED' },
        );
      }
      // exact: a stored Article keeps its text (the document gives it the same), a new one gets it; merge: every
      // given one gets its own, as ingestArticles writes them
      const sourcesOf = async (ids: readonly string[]): Promise<Map<string, Properties>> => {
        const wanted = strategy === 'exact' ? ids.filter(id => !storedIds.has(id)) : ids;
        const out = new Map<string, Properties>();
        if (!wanted.length) return out;
        for (const input of await options.sourcesOf(wanted))
          out.set(idOfInput(input), { sourceText: input.text, sourceInput: toSourceInput(input) });
        return out;
      };
      const onWrite = (p: { articlesDone: number; articlesTotal: number }) =>
        onProgress?.({ phase: 'write', articlesDone: p.articlesDone, articlesTotal: p.articlesTotal });
      if (strategy === 'exact') onProgress?.({ phase: 'compare', articlesDone: 0, articlesTotal: 0 });
      const written =
        strategy === 'exact'
          ? await writeChanges(driver, doc, { database, batchSize, fence, sourcesOf, onProgress: onWrite })
          : await writeDocument(driver, doc, {
              database,
              batchSize,
              fence,
              mode: 'merge',
              sourcesOf,
              onProgress: onWrite,
            });
      return {
        ...written,
        articlesInput: given.length,
        articlesNew: given.filter(id => !storedIds.has(id)).length,
        articlesExtracted: extraction.articlesExtracted,
        failed,
      };
    },
    {
      database,
      ttlMs: lockTtlMs,
      onWait: () => onProgress?.({ phase: 'wait', articlesDone: 0, articlesTotal: 0 }),
    },
  );
}

async function listStored(
  driver: Driver,
  database: string | undefined,
  needText: boolean,
): Promise<StoredArticles> {
  const { cypher, params } = buildListStoredArticleRefs();
  const rows = await runRead(driver, { database, during: 'listing stored articles' }, async tx =>
    (await tx.run(cypher, params)).records.map(r => ({
      id: r.get('id') as string,
      input: r.get('input') as string | null,
      hasText: r.get('hasText') as boolean,
    })),
  );
  const missing = rows.filter(r => !r.hasText);
  if (missing.length > 0 && needText) {
    throw new LoaderError(
      `${missing.length} article(s) in the database (first: ${missing[0]?.id}) were loaded without their text, so an exact ingest cannot re-extract them. Use \`--strategy merge\`, or \`kg reset --yes\` and ingest all files again.`,
      { code: 'MISSING_SOURCE' },
    );
  }
  return {
    refs: rows
      .filter(r => r.hasText)
      .map(r => {
        const { text: _text, ...input } = fromStoredSource('', r.input);
        return { id: r.id, input };
      }),
    read: async ids => {
      const query = buildReadStoredArticles(ids);
      const byId = await runRead(driver, { database, during: 'reading stored articles' }, async tx => {
        const result = await tx.run(query.cypher, query.params);
        return new Map(
          result.records.map(r => [
            r.get('id') as string,
            fromStoredSource(r.get('text') as string, r.get('input') as string | null),
          ]),
        );
      });
      return ids.map(id => {
        const input = byId.get(id);
        if (!input)
          throw new LoaderError(`Article ${id} is no longer in the database`, { code: 'EXTRACTION_FAILED' });
        return input;
      });
    },
  };
}
