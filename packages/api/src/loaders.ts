// Per-request DataLoaders: every lookup a resolver makes for one node (its subjects, roles, a page of its
// meetings...) is collected over one tick and sent as ONE query for all nodes, so the number of round trips
// of a request depends on its shape, not on how many results it returns. A new set per request: no caching
// across requests or users.
import DataLoader from 'dataloader';
import { buildNodesById, type LookupLabel } from './cypher/batch-by-id';
import { buildLinks, type LinkName } from './cypher/batch-links';
import { buildPages, type PagedField } from './cypher/batch-pages';
import type { PageWindow } from './pagination';
import type { ReadFn, Row } from './read';

export interface PageOfItems {
  total: number;
  items: unknown[];
}

export interface Loaders {
  /** A node by id, projected (meetings and statements with participants/speakers and sources). */
  byId(label: LookupLabel): DataLoader<string, unknown>;
  /** A list hanging off a node (subjects, roles, mentions...). */
  links(name: LinkName): DataLoader<string, unknown[]>;
  /** A page of a list field of an entity, for the given filters and window. */
  pages(spec: PagedField, window: PageWindow): DataLoader<string, PageOfItems>;
}

/** Rows keyed by their `id` column, in the order of `ids` (DataLoader's contract). */
function byKey<T>(ids: readonly string[], rows: Row[], pick: (row: Row) => T, missing: T): T[] {
  const found = new Map(rows.map(row => [row.id as string, pick(row)]));
  return ids.map(id => (found.has(id) ? (found.get(id) as T) : missing));
}

function memo<T>(cache: Map<string, T>, key: string, create: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

export function createLoaders(read: ReadFn): Loaders {
  const cache = new Map<string, DataLoader<string, never>>();
  const get = <T>(key: string, batch: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T> =>
    memo(cache, key, () => new DataLoader<string, T>(batch) as DataLoader<string, never>) as DataLoader<
      string,
      T
    >;
  return {
    byId: label =>
      get(`byId:${label}`, async ids =>
        byKey(ids, await read(buildNodesById(label, ids)), row => row.value, null),
      ),
    links: name =>
      get(`links:${name}`, async ids =>
        byKey(ids, await read(buildLinks(name, ids)), row => row.items as unknown[], []),
      ),
    pages: (spec, window) =>
      get(`pages:${JSON.stringify(spec)}:${window.skip}:${window.first}`, async ids =>
        byKey<PageOfItems>(
          ids,
          await read(buildPages(spec, ids, window)),
          row => ({ total: row.total as number, items: row.items as unknown[] }),
          { total: 0, items: [] },
        ),
      ),
  };
}
