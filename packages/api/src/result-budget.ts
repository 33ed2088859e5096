// A cap on what one request may return, counted while it runs: every resolver call spends one, plus the length
// of the list or page it returns. The cost estimate (query-cost.ts) cannot know how long an article's mentions
// are, and a page of mentions inside a page of articles multiplies them; the budget can. Once spent, resolvers
// throw and the whole result is replaced by one RESPONSE_TOO_LARGE error, so nothing half-built is sent.
import type { GraphQLError } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export interface ResultBudget {
  readonly limit: number;
  spent: number;
}

export function createResultBudget(limit: number): ResultBudget {
  return { limit, spent: 0 };
}

function createTooLargeError(limit: number): GraphQLError {
  return createGraphQLError(
    `Response too large: the query asked for more than ${limit} results; ask for smaller pages (first) or fewer nested lists.`,
    { extensions: { code: 'RESPONSE_TOO_LARGE', http: { status: 400 } } },
  );
}

/** Results a resolved value stands for: a list's length, a page's edges, else one. */
function sizeOf(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  const edges = (value as { edges?: unknown } | null | undefined)?.edges;
  return Array.isArray(edges) ? edges.length : 1;
}

function charge<T>(budget: ResultBudget, value: T): T {
  budget.spent += 1 + sizeOf(value);
  if (budget.spent > budget.limit) throw createTooLargeError(budget.limit);
  return value;
}

type Resolver = (
  parent: unknown,
  args: unknown,
  context: { results: ResultBudget },
  info: unknown,
) => unknown;
type ResolverMap = Record<string, Record<string, unknown>>;

/** The same resolver map with every field resolver charging the request's budget (context.results). */
export function withResultBudget<T extends ResolverMap>(resolvers: T): T {
  const out: ResolverMap = {};
  for (const [type, fields] of Object.entries(resolvers)) {
    out[type] = Object.fromEntries(
      Object.entries(fields).map(([name, resolve]) => {
        // __resolveType and friends pick a type; they return no data.
        if (typeof resolve !== 'function' || name.startsWith('__')) return [name, resolve];
        const wrapped: Resolver = (parent, args, context, info) => {
          if (context.results.spent > context.results.limit) throw createTooLargeError(context.results.limit);
          const value = (resolve as Resolver)(parent, args, context, info);
          return value instanceof Promise
            ? value.then(resolved => charge(context.results, resolved))
            : charge(context.results, value);
        };
        return [name, wrapped];
      }),
    );
  }
  return out as T;
}

/** Replaces the result of a request that overspent its budget by the one error that says so. */
export function useResultBudget(): Plugin<{ results?: ResultBudget }> {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, setResult }) {
          const budget = args.contextValue.results;
          if (budget && budget.spent > budget.limit)
            setResult({ errors: [createTooLargeError(budget.limit)] });
        },
      };
    },
  };
}
