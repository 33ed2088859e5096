// A query whose estimated cost (query-cost.ts) is over the limit is refused before any resolver runs, with the
// cost it was found to have. Runs at execution, not validation: only then are the request's variables known
// (yoga caches validation per document, and the same document with { n: 100 } costs more than with { n: 1 }).
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { estimateQueryCost } from './query-cost';

export function useQueryCostLimit(maxCost: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      let cost: number;
      try {
        cost = estimateQueryCost({
          schema: args.schema,
          document: args.document,
          variables: args.variableValues as Record<string, unknown> | null | undefined,
          operationName: args.operationName,
        });
      } catch {
        // Variables that do not fit the query: execution reports them with graphql-js's own message.
        return;
      }
      if (cost <= maxCost) return;
      setResultAndStopExecution({
        errors: [
          createGraphQLError(
            `Query cost limit of ${maxCost} exceeded, found ${Math.round(cost)}: ask for fewer results ` +
              '(a smaller `first`, counted from variables and defaults too) or fewer nested lists.',
            { extensions: { code: 'QUERY_TOO_COSTLY', http: { status: 400 } } },
          ),
        ],
      });
    },
  };
}
