// "Person" -> "`Person`", "we`ird" -> "`we``ird`": identifiers are escaped, never values (introspector escape-label.ts).
import { NODE_LABELS, RELATIONSHIP_TYPES } from '@news-kg/graph-model';
import type { NodeLabel, RelationshipType } from '@news-kg/graph-model';
import { LoaderError } from './errors';

/** Backtick-quotes an identifier (label, type or property key) so no input can change the query's shape. */
export function escapeName(name: string): string {
  return `\`${name.replace(/`/g, '``')}\``;
}

export function assertNodeLabel(label: string): asserts label is NodeLabel {
  if (!(NODE_LABELS as readonly string[]).includes(label)) {
    throw new LoaderError(`Unknown node label "${label}"; expected one of ${NODE_LABELS.join(', ')}.`, {
      code: 'INVALID_DOCUMENT',
    });
  }
}

export function assertRelationshipType(type: string): asserts type is RelationshipType {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
    throw new LoaderError(
      `Unknown relationship type "${type}"; expected one of ${RELATIONSHIP_TYPES.join(', ')}.`,
      {
        code: 'INVALID_DOCUMENT',
      },
    );
  }
}
