// Shared setup of the API integration tests: a real Neo4j (NEO4J_URI, or the shared test support once it
// exists), the loader's schema, a document written with the loader, and a query helper over yoga.fetch.
import neo4j, { type Driver } from 'neo4j-driver';

// Real database work (schema, indexes, loads): the integration project's 120 s, set here for direct runs too.
jest.setTimeout(120_000);
import { applySchema, writeDocument } from '@news-kg/loader';
import type { GraphDocument } from '@news-kg/extractor/src/types';
import { createApi, type Api } from '@news-kg/api';

export interface GraphQLResponse<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export function connectTestNeo4j(): Driver {
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    throw new Error(
      'Set NEO4J_URI (and NEO4J_USER / NEO4J_PASSWORD) to a running Neo4j, e.g. start one with ' +
        '`node packages/neo4j-local/bin/neo4j-local.mjs start --bolt-port 7689 --http-port 7476 --dir .neo4j-local/api`',
    );
  }
  return neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'password'));
}

/** Empties the database, applies the schema (indexes the API reads through) and writes the document. */
export async function loadDocument(driver: Driver, doc: GraphDocument): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, {});
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

/** A driver whose executeQuery calls are counted (a real driver, just counted). */
export function countQueries(driver: Driver): { driver: Driver; count: () => number; reset: () => void } {
  let calls = 0;
  const counted = new Proxy(driver, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === 'executeQuery') {
        return (...args: unknown[]) => {
          calls += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { driver: counted, count: () => calls, reset: () => (calls = 0) };
}

export { createApi };
