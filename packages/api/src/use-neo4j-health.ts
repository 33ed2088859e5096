// GET /health -> 200 {"status":"ok"} when Neo4j answers, 503 {"status":"unavailable"} when it does not;
// yoga's own health check only says the HTTP server is up (kept at /health/live).
import type { Driver } from 'neo4j-driver';
import type { Plugin } from 'graphql-yoga';

export interface Neo4jHealthOptions {
  driver: Driver;
  database?: string;
  /** @default '/health' */
  endpoint?: string;
}

export function useNeo4jHealth({ driver, database, endpoint = '/health' }: Neo4jHealthOptions): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname !== endpoint || request.method !== 'GET') return;
      let status = 200;
      let body: Record<string, string> = { status: 'ok', neo4j: 'up' };
      try {
        await driver.verifyConnectivity(database ? { database } : undefined);
      } catch {
        // The driver's message can carry the URI; say only that the database is down.
        status = 503;
        body = { status: 'unavailable', neo4j: 'down' };
      }
      endResponse(
        new fetchAPI.Response(JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json' },
        }),
      );
    },
  };
}
