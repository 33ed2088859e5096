// `query($n: Int) { articles(first: $n) { edges { node { title } } } }` with { n: 100 } -> its cost, computed
// on the request's coerced arguments: a `first` passed as a variable or left at its default (20) counts as
// much as the same number written in the query. graphql-armor's cost rule reads `first` only when it is a
// literal, so `first: $n` and a missing `first` counted 1 there, and 2 KB of such a query took the server down.
// graphql-query-complexity walks the document with the schema and hands each field its coerced arguments.
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { DocumentNode, GraphQLSchema } from 'graphql';

/** Assumed length of a list field that has no `first` (an article's mentions, a meeting's sources…). */
export const PLAIN_LIST_SIZE = 3;

/** armor's model, kept so the limit means what it meant: a leaf costs 1, an object 2 plus 1.5x its children,
 * all multiplied by the number of results it stands for. */
const LEAF_COST = 1;
const OBJECT_COST = 2;
const DEPTH_FACTOR = 1.5;

// Every page has `first` with a default in the SDL (20; 5 for `connection`), so the coerced arguments always
// carry it. Lists without `first` (an article's mentions, a meeting's sources) count once, as in armor; what
// they really return is capped while the query runs (result-budget.ts).
const estimateField: ComplexityEstimator = ({ node, args, childComplexity }) => {
  if (!node.selectionSet) return LEAF_COST;
  const results = typeof args.first === 'number' ? Math.max(args.first, 1) : 1;
  return results * (OBJECT_COST + DEPTH_FACTOR * childComplexity);
};

export interface QueryCostInput {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown> | null;
  operationName?: string | null;
}

/** The cost of the operation that will run; throws a GraphQLError when the variables do not fit the query. */
export function estimateQueryCost({ schema, document, variables, operationName }: QueryCostInput): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [estimateField],
  });
}
