// Which web pages may talk to the API: its own origin (GraphiQL at /graphql) and the origins configured with
// `corsOrigins` (kg serve --cors-origin, CORS_ORIGINS); none other. yoga's default CORS echoed any Origin and
// allowed credentials, so any page the user opened could read the graph through the user's browser.
//   Origin: http://evil.example -> 403 FORBIDDEN_ORIGIN, no Access-Control-Allow-Origin
//   Origin: http://127.0.0.1:4000 on http://127.0.0.1:4000/graphql -> answered (same origin)
import type { Plugin } from 'graphql-yoga';

type CorsOption = NonNullable<Parameters<typeof import('graphql-yoga').createYoga>[0]['cors']>;

/** yoga's `cors` option: headers for a configured origin only, without credentials; nothing for the rest. */
export function toCorsOption(origins: readonly string[]): CorsOption {
  return request => {
    const origin = request.headers.get('origin');
    if (!origin || !origins.includes(origin)) return false;
    return { origin: [origin], credentials: false, methods: ['GET', 'POST'] };
  };
}

/** Refuses a request that carries the Origin of a page that is neither this API nor a configured origin. */
export function useAllowedOrigins(origins: readonly string[]): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      const origin = request.headers.get('origin');
      if (!origin || origin === url.origin || origins.includes(origin)) return;
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
