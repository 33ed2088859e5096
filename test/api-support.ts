// Shared setup of the API integration tests: the loader's schema and a document written with the loader into
// the real Neo4j of test/support/neo4j.ts, a query helper over yoga.fetch, and a round-trip counter.
import type { Driver, ResultSummary, Session } from 'neo4j-driver';
import { applySchema, resetDatabase, writeDocument } from '@news-kg/loader';
import type { GraphDocument } from '@news-kg/graph-model';
import { createApi, type Api } from '@news-kg/api';

// Real database work (schema, indexes, loads): the integration project's 120 s, set here for direct runs too.
jest.setTimeout(120_000);

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Empties the database, applies the schema (indexes the API reads through) and writes the document. */
export async function loadDocument(driver: Driver, doc: GraphDocument): Promise<void> {
  // In chunks: the database may still hold a benchmark's graph, too big for one DETACH DELETE.
  await resetDatabase(driver);
  await applySchema(driver);
  await writeDocument(driver, doc);
  // Full-text indexes fill asynchronously: wait so searches see the new nodes.
  await driver.executeQuery('CALL db.awaitIndexes(60)');
}

export async function postQuery<T = any>(
  api: Api,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  const response = await api.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

/**
 * A real driver whose queries are observed: every `executeQuery` and every `run` of a session it opens (the
 * API's read.ts runs auto-commit transactions) calls `onQuery` once, then `onSummary` with the result's summary.
 */
export function observeQueries(
  driver: Driver,
  {
    onQuery = () => {},
    onSummary = () => {},
  }: { onQuery?: () => void; onSummary?: (summary: ResultSummary) => void },
): Driver {
  const observe =
    (run: (...a: unknown[]) => Promise<{ summary: ResultSummary }>) =>
    async (...args: unknown[]) => {
      onQuery();
      const result = await run(...args);
      onSummary(result.summary);
      return result;
    };
  return new Proxy(driver, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === 'executeQuery')
        return observe((value as Driver['executeQuery']).bind(target) as never);
      if (property === 'session') {
        return (...args: Parameters<Driver['session']>) => {
          const session = target.session(...args);
          return new Proxy(session, {
            get(s, key, r) {
              const member = Reflect.get(s, key, r);
              if (key === 'run') return observe((member as Session['run']).bind(s) as never);
              return typeof member === 'function' ? member.bind(s) : member;
            },
          });
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** A driver whose queries (executeQuery calls and session runs) are counted (a real driver, just counted). */
export function countQueries(driver: Driver): { driver: Driver; count: () => number; reset: () => void } {
  let calls = 0;
  const counted = observeQueries(driver, { onQuery: () => (calls += 1) });
  return { driver: counted, count: () => calls, reset: () => (calls = 0) };
}

export { createApi };
