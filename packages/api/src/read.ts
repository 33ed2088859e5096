// The one place that runs Cypher: read-mode auto-commit transactions only (the server refuses a write in them),
// parameters only, results turned into plain JSON-like values (Neo4j integers become numbers; the graph never
// holds integers past 2^53).
import neo4j, { int, isInt, isRetriableError, Neo4jError } from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import type { CypherQuery } from './cypher/cypher-query';
import { createServiceUnavailableError } from './errors';

export type Row = Record<string, unknown>;

/** Runs one read query; each call is one round trip to Neo4j. */
export type ReadFn = (query: CypherQuery) => Promise<Row[]>;

export interface CreateReadOptions {
  driver: Driver;
  /** Neo4j database name; always given to avoid a routing-table lookup per query. @default 'neo4j' */
  database?: string;
}

/**
 * Neo4j Integer -> number, recursively through lists and maps. The lists and plain maps a record holds are
 * fresh objects of this one read, so they are converted in place (no copy of every result per request);
 * other objects (driver classes) are copied into plain maps.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (isInt(value)) return value.toNumber();
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  const out = (proto === Object.prototype || proto === null ? value : {}) as Record<string, unknown>;
  for (const key of Object.keys(value)) out[key] = toPlain((value as Record<string, unknown>)[key]);
  return out;
}

/** Whole numbers go as Neo4j integers: SKIP, LIMIT and list slices refuse floats (JS numbers are sent as floats). */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return int(value);
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = toParams(item);
    return out;
  }
  return value;
}

/** Attempts of a query that fails with a retriable error (Neo4j unavailable, a transient error). */
const MAX_ATTEMPTS = 3;
const RETRY_DELAY_MS = 200;

/**
 * Each query is one auto-commit transaction in read mode (`session.run`): RUN and PULL, one round trip.
 * `driver.executeQuery` runs a managed transaction (BEGIN, RUN, PULL, then COMMIT after the records): a second
 * round trip and about 0.35 ms per query on loopback, for retries and bookmarks that a read-only API does not
 * need; retriable errors are retried here instead. A read sees what the server has committed (no bookmarks).
 */
export function createRead({ driver, database = 'neo4j' }: CreateReadOptions): ReadFn {
  const sessionConfig = { database, defaultAccessMode: neo4j.session.READ };
  return async ({ cypher, params }) => {
    const parameters = toParams(params) as Record<string, unknown>;
    for (let attempt = 1; ; attempt++) {
      const session = driver.session(sessionConfig);
      try {
        const { records } = await runWithoutCallerStack(() => session.run(cypher, parameters));
        return records.map(record => toPlain(record.toObject()) as Row);
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !isRetriableError(error)) {
          // Said as such (503), not masked as "Unexpected error." with a 200: the query was fine, Neo4j was not.
          throw isUnavailable(error) ? createServiceUnavailableError() : error;
        }
      } finally {
        await session.close();
      }
      await new Promise(resolve => setTimeout(resolve, RETRY_DELAY_MS * attempt));
    }
  };
}

/** The driver's errors for a database that does not answer: refused or lost connections, no pooled connection. */
function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Neo4jError)) return false;
  return (
    error.code === 'ServiceUnavailable' ||
    error.code === 'SessionExpired' ||
    /Connection acquisition timed out/.test(error.message)
  );
}

/**
 * The driver records the caller's stack trace for every query (to show it on the query's error). Formatting it
 * costs about 0.07 ms per query under tsx, which maps every frame through source maps: a tenth of a request's
 * CPU. The trace would only ever point into graphql-js's executor, and the API masks internal errors anyway, so
 * none is captured: the limit is 0 only while `run` constructs its result (synchronously), then restored.
 */
function runWithoutCallerStack<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
