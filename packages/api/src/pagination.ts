// Relay-style pages over a stable ORDER BY: first/after in, { skip, limit } out, edges + pageInfo back.
// Cursors are opaque offsets ("offset:40", base64url), like graphql-relay's arrayconnection cursors.
import { createBadInputError } from './errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './limits';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** What a Cypher page query needs: one more row than asked tells whether there is a next page. */
export interface PageWindow {
  skip: number;
  first: number;
}

/** The $skip / $limit of a page query: one row more than asked, so the page knows whether another follows. */
export function toPageParams(window: PageWindow): { skip: number; limit: number } {
  return { skip: window.skip, limit: window.first + 1 };
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<E> {
  edges: E[];
  pageInfo: PageInfo;
  /** Called only when the client selects totalCount (by connectionFields below). */
  totalCount: () => Promise<number> | number;
}

/**
 * The resolver of every *Connection type: totalCount runs its count query only when selected. Explicit, because
 * the compiled executor (graphql-jit) does not call function-valued properties as graphql-js's default resolver
 * does.
 */
export const connectionFields = {
  totalCount: (connection: Connection<unknown>) => connection.totalCount(),
};

const CURSOR_PREFIX = 'offset:';
/** Characters of a bad cursor repeated in the error: a real one is a dozen. */
const MAX_CURSOR_SHOWN = 40;

/** 40 -> "b2Zmc2V0OjQw" */
export function toCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** "b2Zmc2V0OjQw" -> 40; anything this API did not hand out is a BAD_USER_INPUT error. */
export function parseCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    // Shown cut short: the argument is the client's, of any size (a 999 KB one came back whole).
    const shown =
      cursor.length > MAX_CURSOR_SHOWN
        ? `${cursor.slice(0, MAX_CURSOR_SHOWN)}…" (${cursor.length} characters)`
        : `${cursor}"`;
    throw createBadInputError(
      `after: "${shown} is not a cursor from this API; pass an endCursor or cursor value`,
    );
  }
  return offset;
}

/** { first: 10, after: toCursor(19) } -> { skip: 20, first: 10 } */
export function toPageWindow({ first, after }: PageArgs): PageWindow {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw createBadInputError(`first: ${size} is out of range; use 0 to ${MAX_PAGE_SIZE}`);
  }
  return { skip: after ? parseCursor(after) + 1 : 0, first: size };
}

/** Rows fetched with LIMIT first + 1 -> a connection; `toEdge` adds the cursor to each row's edge. */
export function toConnection<R, E>(
  rows: readonly R[],
  window: PageWindow,
  toEdge: (row: R, cursor: string) => E,
  totalCount: () => Promise<number> | number,
): Connection<E> {
  const page = rows.slice(0, window.first);
  const edges = page.map((row, i) => toEdge(row, toCursor(window.skip + i)));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > window.first,
      hasPreviousPage: window.skip > 0,
      startCursor: edges.length > 0 ? toCursor(window.skip) : null,
      endCursor: edges.length > 0 ? toCursor(window.skip + edges.length - 1) : null,
    },
    totalCount,
  };
}
