// createApi({ driver }) -> a yoga instance serving /graphql (GraphiQL with example tabs, offline assets) and
// /health. It never listens: tests call yoga.fetch, the CLI hands it to node:http (start-api-server.ts).
import { useGraphQlJit } from '@envelop/graphql-jit';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { getOperationAST } from 'graphql';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { Driver } from 'neo4j-driver';
import { createContext, type ApiContext } from './context';
import { DEFAULT_NAME_INDEX } from './cypher/resolve-entity';
import { createPageCache, pickExampleNames, toGraphiQLOptions } from './example-tabs';
import { ARMOR_CONFIG, MAX_REQUEST_BYTES } from './limits';
import { createRead } from './read';
import { useReservedAliases } from './reserved-aliases';
import { resolvers } from './resolvers';
import { typeDefs } from './type-defs';
import { useNeo4jHealth } from './use-neo4j-health';
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
}

export type Api = YogaServerInstance<Record<string, never>, ApiContext>;

export const schema = makeExecutableSchema({ typeDefs, resolvers });

/** Builds the GraphQL API over a Neo4j driver (read transactions only; the schema has no mutations). */
export function createApi({
  driver,
  database = 'neo4j',
  nameIndex = DEFAULT_NAME_INDEX,
  textIndex = 'statement_text',
  graphiql = true,
}: CreateApiOptions): Api {
  const read = createRead({ driver, database });
  // The page inlines GraphiQL's scripts (no CDN), about 9 MB: rendered once per set of tab names.
  const renderPage = createPageCache();
  return createYoga<Record<string, never>, ApiContext>({
    schema,
    context: () => createContext({ read, nameIndex, textIndex }),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health/live',
    landingPage: false,
    // The tabs ask about the busiest names of the graph served (read when the page is opened), so they answer on
    // any data, not only on the example corpus. GraphiQL's Explorer (point-and-click query building) ships in
    // yoga's GraphiQL bundle and is on: the compass icon of the left sidebar.
    graphiql: graphiql && (async () => toGraphiQLOptions(await pickExampleNames(read))),
    renderGraphiQL: options => renderPage(options ?? {}),
    // Masked by default; stated here because it is a security property: internal errors say only
    // "Unexpected error.", GraphQL errors we create (NOT_FOUND, BAD_USER_INPUT) pass through.
    maskedErrors: true,
    // Our own body limit (use-request-body-limit.ts) instead of yoga's, which costs a stream per request.
    maxRequestBodySize: false,
    plugins: [
      EnvelopArmorPlugin(ARMOR_CONFIG),
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
