// GET /browser-guide -> the notebooks as a Neo4j Browser guide, for `:play http://127.0.0.1:4000/browser-guide`.
// Browser fetches it from its own page (http://127.0.0.1:7474, or localhost with Docker), a cross-origin request
// with a CORS preflight (it sends Cache-Control and Pragma). The guide is the repository's notebooks and nothing of
// the graph, so this one route answers any origin (allowed-origins.ts lets its path through); the API's other
// routes keep their origin rules. The page is rendered from cypher/notebooks at the first request, so it is
// always the notebooks' own questions and queries.
import type { Plugin } from 'graphql-yoga';
import { readNotebooks } from './read-notebooks';
import { renderBrowserGuide } from './render-browser-guide';

export const BROWSER_GUIDE_PATH = '/browser-guide';

export interface BrowserGuideOptions {
  /** The guide's HTML. @default rendered from the repository's cypher/notebooks */
  render?: () => string;
}

export function useBrowserGuide({
  render = () => renderBrowserGuide(readNotebooks()),
}: BrowserGuideOptions = {}): Plugin {
  let html: string | undefined;
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== BROWSER_GUIDE_PATH) return;
      const method = request.method.toUpperCase();
      if (method !== 'GET' && method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      html ??= render();
      endResponse(
        new fetchAPI.Response(method === 'HEAD' ? null : html, {
          status: 200,
          headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
        }),
      );
    },
  };
}
