// A validation rule: no alias may be an Object.prototype name ("__proto__", "constructor", …). graphql-jit builds
// each result as a plain object, where a field aliased "__proto__" would silently vanish (assigning a string to
// __proto__ is a no-op) instead of answering as it does in graphql-js; refusing such aliases keeps every answer
// complete, and no hostile alias ever reaches an object's prototype.
import { GraphQLError, type ASTVisitor, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

export function ReservedAliasesRule(context: ValidationContext): ASTVisitor {
  return {
    Field(node) {
      const alias = node.alias?.value;
      if (alias !== undefined && PROTOTYPE_NAMES.has(alias)) {
        context.reportError(
          new GraphQLError(
            `alias "${alias}" is reserved (a name of every JavaScript object); choose another`,
            {
              nodes: node.alias,
            },
          ),
        );
      }
    },
  };
}

/** The rule as a yoga plugin; yoga caches validation per document, so it runs once per distinct query. */
export function useReservedAliases(): Plugin {
  return { onValidate: ({ addValidationRule }) => addValidationRule(ReservedAliasesRule) };
}
