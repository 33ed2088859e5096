// bytes of "story.json" / "feed.jsonl" / "page.html" / "story.txt" -> ArticleInput[]. Pure: the CLI reads the
// files, this decides the format and turns each record into an article. A bad file or record is an
// InputError naming the file (and the line for JSON Lines); it never stops the rest of a batch.
import type { ArticleInput } from '@news-kg/graph-model';
import { htmlToArticle } from './html-to-article';

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

export type InputFormat = 'text' | 'html' | 'json' | 'jsonl';

export interface ParsedInput {
  articles: ArticleInput[];
  /** Records of the file that could not be read (one bad JSON line does not lose the others). */
  errors: InputError[];
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The longest single article read (characters of text or HTML). A news story is rarely over 100 000; a
 * larger "article" is a dump or a wrong file, and one would stall a whole batch. Feeds (JSON Lines, JSON
 * arrays) may be larger as files: the limit holds per record. */
export const MAX_ARTICLE_CHARS = 2_000_000;

/** Decodes bytes as strict UTF-8 and rejects empty or binary content, with a message naming the file. */
export function decodeInputBytes(bytes: Uint8Array, path: string): string {
  if (bytes.length === 0)
    throw new InputError(path, 'the file is empty; give an article as text, HTML, JSON or JSON Lines');
  if (bytes.subarray(0, 8192).includes(0))
    throw new InputError(path, 'looks binary (contains NUL bytes); not an article');
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new InputError(path, 'is not valid UTF-8; convert it to UTF-8 first (e.g. iconv -t UTF-8)');
  }
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw new InputError(path, 'contains only whitespace; no article text');
  return body;
}

/** The format by extension, else by the first non-blank character. */
export function detectFormat(path: string, text: string): InputFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl';
  if (ext === 'json') return 'json';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'txt' || ext === 'text' || ext === 'md') return 'text';
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (
    head.startsWith('<!doctype html') ||
    head.startsWith('<html') ||
    /^<(head|body|article|div|p)\b/.test(head)
  )
    return 'html';
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  return 'text';
}

/** Parses one input file's bytes into its articles; throws InputError when the whole file is unusable. */
export function parseInputBytes(bytes: Uint8Array, path: string): ParsedInput {
  const text = decodeInputBytes(bytes, path);
  const format = detectFormat(path, text);
  if ((format === 'text' || format === 'html') && text.length > MAX_ARTICLE_CHARS)
    throw tooLong(path, text.length);
  switch (format) {
    case 'html':
      return { articles: [requireText(htmlToArticle(text, path))], errors: [] };
    case 'json':
      return parseJson(text, path);
    case 'jsonl':
      return parseJsonLines(text, path);
    default:
      return { articles: [{ path, text }], errors: [] };
  }
}

function parseJson(text: string, path: string): ParsedInput {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(path, `malformed JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const records = Array.isArray(value) ? value : [value];
  return collect(
    records.map((record, i) => () => recordToArticle(record, records.length > 1 ? `${path}#${i + 1}` : path)),
  );
}

function parseJsonLines(text: string, path: string): ParsedInput {
  const lines = text
    .split('\n')
    .map((line, i) => ({ line: line.trim(), at: `${path}:${i + 1}` }))
    .filter(l => l.line);
  return collect(
    lines.map(({ line, at }) => () => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new InputError(
          at,
          `malformed JSON line (${error instanceof Error ? error.message : String(error)})`,
        );
      }
      return recordToArticle(value, at);
    }),
  );
}

function collect(tasks: (() => ArticleInput)[]): ParsedInput {
  const out: ParsedInput = { articles: [], errors: [] };
  for (const task of tasks) {
    try {
      out.articles.push(task());
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      out.errors.push(error);
    }
  }
  return out;
}

/** `{ text | html, title?, url?, publishedAt?, outlet? }` -> ArticleInput; record fields win over the page's. */
export function recordToArticle(record: unknown, path: string): ArticleInput {
  if (!record || typeof record !== 'object' || Array.isArray(record)) {
    throw new InputError(
      path,
      'a JSON record must be an object { text | html, title?, url?, publishedAt?, outlet? }',
    );
  }
  const r = record as Record<string, unknown>;
  for (const name of ['text', 'html']) {
    const value = r[name];
    if (typeof value === 'string' && value.length > MAX_ARTICLE_CHARS) throw tooLong(path, value.length);
  }
  const field = (name: string): string | null =>
    typeof r[name] === 'string' && (r[name] as string).trim() ? (r[name] as string) : null;
  const url = field('url');
  const articlePath = url ?? path;
  const base: ArticleInput =
    field('text') !== null
      ? { path: articlePath, text: field('text') as string }
      : field('html') !== null
        ? htmlToArticle(field('html') as string, articlePath)
        : (() => {
            throw new InputError(
              path,
              'the record has neither "text" nor "html" (a non-empty string is required)',
            );
          })();
  return requireText({
    ...base,
    path: articlePath,
    url: url ?? base.url ?? null,
    title: field('title') ?? base.title ?? null,
    publishedAt: field('publishedAt') ?? field('published') ?? base.publishedAt ?? null,
    outlet: field('outlet') ?? base.outlet ?? null,
  });
}

function tooLong(path: string, length: number): InputError {
  const mb = (length / 1e6).toFixed(1);
  return new InputError(
    path,
    `is ${mb} million characters, over the ${MAX_ARTICLE_CHARS / 1e6} million limit for one article; split it into articles (e.g. JSON Lines, one record per article)`,
  );
}

function requireText(article: ArticleInput): ArticleInput {
  if (article.text.length > MAX_ARTICLE_CHARS) throw tooLong(article.path, article.text.length);
  if (!article.text.trim())
    throw new InputError(article.path, 'no article text found (empty page or no main content)');
  return article;
}
