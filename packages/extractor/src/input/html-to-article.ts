// "<html><head><title>Ana Duarte resigns</title>…<article><p>Finance Minister Ana Duarte…</p></article>" ->
// { text: "Finance Minister Ana Duarte…", title: "Ana Duarte resigns", … }. Main content is found by Mozilla
// Readability (the Firefox reader view) on a linkedom DOM; the text we return is what offsets then refer to.
import type { ArticleInput } from '@news-kg/graph-model';

// linkedom ships ESM types but also a CommonJS build (its "default" export condition), which this CommonJS
// package loads; the type comes from the ESM declaration.
type Linkedom = typeof import('linkedom', { with: { 'resolution-mode': 'import' } });
type ReadabilityModule = typeof import('@mozilla/readability');

interface Dom {
  parseHTML: Linkedom['parseHTML'];
  Readability: ReadabilityModule['Readability'];
}

let dom: Dom | undefined;

/** linkedom and Readability, loaded with the first HTML page: most inputs are plain text, and linkedom (its HTML
 * parser and CSS selector engine) is the extractor's largest load after compromise. */
function loadDom(): Dom {
  dom ??= {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS builds, loaded on first use
    parseHTML: (require('linkedom') as Linkedom).parseHTML,
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS builds, loaded on first use
    Readability: (require('@mozilla/readability') as ReadabilityModule).Readability,
  };
  return dom;
}

const BLOCKS = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,figcaption,td,dt,dd';

/** Reads an HTML page into an ArticleInput: main text (one block per paragraph), title, byline outlet, date. */
export function htmlToArticle(html: string, path: string): ArticleInput {
  const { parseHTML, Readability } = loadDom();
  const { document } = parseHTML(html);
  const meta = readMeta(document);
  // Readability mutates the document it reads, so metadata is read first.
  const parsed = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const text = parsed?.content ? blocksToText(parsed.content) : '';
  return {
    path,
    text: text || collapse(parsed?.textContent ?? ''),
    title: clean(parsed?.title) ?? meta.title,
    publishedAt: clean(parsed?.publishedTime) ?? meta.publishedAt,
    outlet: clean(parsed?.siteName) ?? meta.outlet,
    url: meta.url,
  };
}

interface PageMeta {
  title: string | null;
  publishedAt: string | null;
  outlet: string | null;
  url: string | null;
}

function readMeta(document: {
  querySelector(selector: string): { getAttribute(name: string): string | null } | null;
}): PageMeta {
  const content = (selector: string): string | null =>
    clean(document.querySelector(selector)?.getAttribute('content'));
  return {
    title: content('meta[property="og:title"]'),
    publishedAt: content('meta[property="article:published_time"]') ?? content('meta[name="date"]'),
    outlet: content('meta[property="og:site_name"]'),
    url:
      content('meta[property="og:url"]') ??
      clean(document.querySelector('link[rel="canonical"]')?.getAttribute('href')),
  };
}

/** One line per innermost block element, blank line between blocks: paragraphs stay paragraphs. */
function blocksToText(contentHtml: string): string {
  const { document } = loadDom().parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter(el => !el.querySelector(BLOCKS));
  const lines = blocks.map(el => collapse(el.textContent ?? '')).filter(line => line.length > 0);
  return lines.length ? lines.join('\n\n') : collapse(document.body?.textContent ?? '');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clean(value: string | null | undefined): string | null {
  const text = value ? collapse(value) : '';
  return text ? text : null;
}
