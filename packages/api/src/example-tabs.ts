// GraphiQL's default tabs for the graph being served: names picked from it when the page is asked for (one read),
// the page rendered once per set of names (it inlines GraphiQL's scripts, about 9 MB, so it is kept).
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';
import { buildExampleNames } from './cypher/example-names';
import { buildExampleQueries, PLACEHOLDER_NAMES, type ExampleNames } from './example-queries';
import type { ReadFn } from './read';

/** Rows of buildExampleNames -> the names of the tabs; the placeholders when the graph holds no one. */
export function toExampleNames(
  row: { busiest?: string[] | null; talked?: string[] | null } | undefined,
): ExampleNames {
  const ranked = [...(row?.busiest ?? []), ...(row?.talked ?? [])];
  const busiest = ranked[0];
  if (!busiest) return PLACEHOLDER_NAMES;
  const other = ranked.find(name => name !== busiest) ?? busiest;
  const word = busiest.split(/\s+/).at(-1) ?? busiest;
  return { busiest, other, word };
}

export async function pickExampleNames(read: ReadFn): Promise<ExampleNames> {
  const [row] = await read(buildExampleNames());
  return toExampleNames(row as { busiest?: string[]; talked?: string[] } | undefined);
}

export function toGraphiQLOptions(names: ExampleNames): GraphiQLOptions {
  const queries = buildExampleQueries(names);
  return {
    title: 'news-kg',
    defaultTabs: queries.map(({ query }) => ({ query })),
    defaultQuery: queries[0]?.query,
  };
}

/** renderGraphiQL, remembering the last few pages by their options (names change only when the graph does). */
export function createPageCache(size = 4): (options: GraphiQLOptions) => string {
  const pages = new Map<string, string>();
  return options => {
    const key = JSON.stringify(options);
    let page = pages.get(key);
    if (page === undefined) {
      page = renderGraphiQL(options);
      if (pages.size >= size) pages.delete(pages.keys().next().value as string);
      pages.set(key, page);
    }
    return page;
  };
}
