// Which web pages may talk to the API: its own origin (GraphiQL at /graphql) and the origins configured with
// `corsOrigins` (kg serve --cors-origin, CORS_ORIGINS); none other. yoga's default CORS echoed any Origin and
// allowed credentials, so any page the user opened could read the graph through the user's browser.
//   Origin: http://evil.example -> 403 FORBIDDEN_ORIGIN, no Access-Control-Allow-Origin
//   Origin: http://127.0.0.1:4000 on http://127.0.0.1:4000/graphql -> answered (same origin)
// Paths open to every origin (the Browser guide: the repository's notebooks, nothing of the graph) are answered
// to any page, GET only, without credentials:
//   Origin: http://127.0.0.1:7474 on GET /browser-guide -> answered, Access-Control-Allow-Origin: http://127.0.0.1:7474
import type { Plugin } from 'graphql-yoga';

type CorsOption = NonNullable<Parameters<typeof import('graphql-yoga').createYoga>[0]['cors']>;

/** yoga's `cors` option: headers for a configured origin only, without credentials; nothing for the rest, but
 * GET of an open path from any origin. */
export function toCorsOption(origins: readonly string[], openPaths: readonly string[] = []): CorsOption {
  return request => {
    const origin = request.headers.get('origin');
    if (origin && openPaths.includes(new URL(request.url).pathname)) {
      return { origin: [origin], credentials: false, methods: ['GET', 'HEAD'] };
    }
    if (!origin || !origins.includes(origin)) return false;
    return { origin: [origin], credentials: false, methods: ['GET', 'POST'] };
  };
}

/** Refuses a request that carries the Origin of a page that is neither this API nor a configured origin, unless
 * it asks for an open path. */
export function useAllowedOrigins(origins: readonly string[], openPaths: readonly string[] = []): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const origin = request.headers.get('origin');
      if (!origin || origin === url.origin || origins.includes(origin) || openPaths.includes(url.pathname))
        return;
      const body = {
        errors: [
          {
            message: `Origin ${origin.slice(0, 200)} is not allowed: start the API with --cors-origin (or CORS_ORIGINS) to let a page of that origin query it.`,
            extensions: { code: 'FORBIDDEN_ORIGIN' },
          },
        ],
      };
      endResponse(
        new fetchAPI.Response(JSON.stringify(body), {
          status: 403,
          headers: { 'content-type': 'application/json' },
        }),
      );
    },
  };
}
