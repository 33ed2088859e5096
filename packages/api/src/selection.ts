// Look-ahead: does the client's query select a field at this path under the current field? Lets a question's
// one Cypher query fetch participants, speakers or sources only when they are asked for, so the API does the
// same work as a hand-written query for the same answer. Follows inline fragments and named fragments.
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

function childFields(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, name: string): FieldNode[] {
  const out: FieldNode[] = [];
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'Field') {
      if (selection.name.value === name) out.push(selection);
    } else if (selection.kind === 'InlineFragment') {
      out.push(...childFields(selection.selectionSet, info, name));
    } else {
      out.push(...childFields(info.fragments[selection.name.value]?.selectionSet, info, name));
    }
  }
  return out;
}

/** selects(info, 'edges', 'meetings', 'sources'): true when any path of these field names is selected. */
export function selects(info: GraphQLResolveInfo | undefined, ...path: string[]): boolean {
  if (!info) return true;
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    fields = fields.flatMap(field => childFields(field.selectionSet, info, name));
    if (fields.length === 0) return false;
  }
  return true;
}
