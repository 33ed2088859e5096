// Expected failures as GraphQL errors with a code and an HTTP status (yoga's use-limit-batching.ts pattern).
// Anything else thrown in a resolver is masked by yoga ("Unexpected error.").
import { createGraphQLError } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';

/** "No person or organization named 'Ana Duartes'": the name did not resolve. */
export function createNotFoundError(message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: 'NOT_FOUND', http: { status: 404 } } });
}

/** A bad argument: the message names the argument and the accepted values. */
export function createBadInputError(message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
}

/** Neo4j did not answer (down, restarting, unreachable): the client may try again; nothing is wrong with the query. */
export function createServiceUnavailableError(): GraphQLError {
  return createGraphQLError('The graph database is unavailable; try again shortly.', {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
  });
}
