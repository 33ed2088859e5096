// createApi({ driver }) -> a yoga instance serving /graphql (GraphiQL with example tabs, offline assets),
// /health and /browser-guide (the Cypher notebooks as a Neo4j Browser guide). It never listens: tests call
// yoga.fetch, the CLI hands it to node:http (start-api-server.ts).
import { useGraphQlJit } from '@envelop/graphql-jit';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { getOperationAST } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { toCorsOption, useAllowedOrigins } from './allowed-origins';
import { BROWSER_GUIDE_PATH, useBrowserGuide } from './browser-guide/use-browser-guide';
import { createContext, type ApiContext } from './context';
import { DEFAULT_NAME_INDEX } from './cypher/resolve-entity';
import { pickExampleNames, toGraphiQLOptions } from './example-tabs';
import { ARMOR_CONFIG, MAX_QUERY_COST, MAX_REQUEST_BYTES, MAX_RESULTS } from './limits';
import { createRead } from './read';
import { useReservedAliases } from './reserved-aliases';
import { resolvers } from './resolvers';
import { useResultBudget, withResultBudget } from './result-budget';
import { typeDefs } from './type-defs';
import { useGraphiQLPage } from './use-graphiql-page';
import { useNeo4jHealth } from './use-neo4j-health';
import { useQueryCostLimit } from './use-query-cost-limit';
import { useRequestBodyLimit } from './use-request-body-limit';

export interface CreateApiOptions {
  driver: Driver;
  /** @default 'neo4j' */
  database?: string;
  /** Full-text index over Person/Organization name and aliases. @default 'entity_names' */
  nameIndex?: string;
  /** Full-text index over Statement text. @default 'statement_text' */
  textIndex?: string;
  /** Serve GraphiQL at /graphql for browsers. @default true */
  graphiql?: boolean;
  /** Most results one request may return before it is refused with RESPONSE_TOO_LARGE. @default MAX_RESULTS */
  maxResults?: number;
  /** Origins of other web pages allowed to query the API (CORS, no credentials); its own is always allowed.
   * @default [] */
  corsOrigins?: readonly string[];
}

export type Api = YogaServerInstance<Record<string, never>, ApiContext>;

export const schema = makeExecutableSchema({ typeDefs, resolvers: withResultBudget(resolvers) });

/** Builds the GraphQL API over a Neo4j driver (read transactions only; the schema has no mutations). */
export function createApi({
  driver,
  database = 'neo4j',
  nameIndex = DEFAULT_NAME_INDEX,
  textIndex = 'statement_text',
  graphiql = true,
  maxResults = MAX_RESULTS,
  corsOrigins = [],
}: CreateApiOptions): Api {
  const read = createRead({ driver, database });
  return createYoga<Record<string, never>, ApiContext>({
    schema,
    context: () => createContext({ read, nameIndex, textIndex, maxResults }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health/live',
    cors: toCorsOption(corsOrigins, [BROWSER_GUIDE_PATH]),
    landingPage: false,
    // Served by use-graphiql-page.ts instead: compressed once, with an ETag.
    graphiql: false,
    // Masked by default; stated here because it is a security property: internal errors say only
    // "Unexpected error.", GraphQL errors we create (NOT_FOUND, BAD_USER_INPUT) pass through.
    maskedErrors: true,
    // Our own body limit (use-request-body-limit.ts) instead of yoga's, which costs a stream per request.
    maxRequestBodySize: false,
    plugins: [
      // The page inlines GraphiQL's scripts (no CDN, works offline), about 9 MB before compression.
      // Its tabs ask about the busiest names of the graph served (read when the page is asked for), so they answer
      // on any data, not only on the example corpus; a page is rendered and compressed once per set of names.
      // GraphiQL's Explorer (point-and-click query building) ships in yoga's GraphiQL bundle and is on: the
      // compass icon of the left sidebar.
      graphiql &&
        useGraphiQLPage({
          variant: async () => JSON.stringify(await pickExampleNames(read)),
          render: variant => renderGraphiQL(toGraphiQLOptions(JSON.parse(variant))),
        }),
      // The notebooks as a Neo4j Browser guide (`:play <api>/browser-guide`), open to Browser's origin.
      useBrowserGuide(),
      useAllowedOrigins(corsOrigins, [BROWSER_GUIDE_PATH]),
      EnvelopArmorPlugin(ARMOR_CONFIG),
      useQueryCostLimit(MAX_QUERY_COST),
      useResultBudget(),
      useNeo4jHealth({ driver, database }),
      useRequestBodyLimit(MAX_REQUEST_BYTES),
      useReservedAliases(),
      // Queries run compiled (graphql-jit: one function per parsed document, kept while yoga's parser cache keeps
      // the document): in `pnpm bench api` that took the API's p50 from 1.0-1.1x to 0.8-0.9x the raw Cypher in
      // process, and from 1.5-1.7x to 1.2-1.4x over HTTP. Anything but a query (a mutation against this
      // mutation-less schema) goes to graphql-js, whose refusal names the problem. A document that does not
      // compile answers with its errors; they are the client's, so nothing is logged.
      useGraphQlJit(
        {},
        {
          enableIf: ({ document, operationName }) =>
            getOperationAST(document, operationName)?.operation === 'query',
          onError: () => undefined,
        },
      ),
    ],
  });
}
