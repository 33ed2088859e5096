// GraphiQL's default tabs for the graph being served: names picked from it when the page is asked for (one read);
// use-graphiql-page.ts renders and compresses one page per set of names.
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
