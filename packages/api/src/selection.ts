// Look-ahead: which fields does the client's query select at a path under the current field? Lets a question's
// one Cypher query fetch participants, speakers or sources only when they are asked for, and of each node only
// the properties asked for, so the API does the same work as a hand-written query for the same answer. Follows
// inline fragments and named fragments (whatever their type condition: a superset is safe) and ignores
// @include/@skip (it fetches what a directive may skip).
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { FactParts, Fields } from './cypher/projections';

/** The fields of a selection set, through fragments; only those named `name` when given. */
function childFields(
  set: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
  name?: string,
  out: FieldNode[] = [],
): FieldNode[] {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'Field') {
      if (name === undefined || selection.name.value === name) out.push(selection);
    } else if (selection.kind === 'InlineFragment') {
      childFields(selection.selectionSet, info, name, out);
    } else {
      childFields(info.fragments[selection.name.value]?.selectionSet, info, name, out);
    }
  }
  return out;
}

function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): readonly FieldNode[] {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    fields = fields.flatMap(field => childFields(field.selectionSet, info, name));
    if (fields.length === 0) break;
  }
  return fields;
}

/** selects(info, 'edges', 'meetings', 'sources'): true when any path of these field names is selected. */
export function selects(info: GraphQLResolveInfo | undefined, ...path: string[]): boolean {
  if (!info) return true;
  return fieldsAt(info, path).length > 0;
}

/** selectedFields(info, 'edges', 'node') -> Set { 'text', 'speaker', 'sources' }; undefined without info. */
export function selectedFields(info: GraphQLResolveInfo | undefined, ...path: string[]): Fields {
  if (!info) return undefined;
  const names = new Set<string>();
  for (const field of fieldsAt(info, path)) {
    for (const child of childFields(field.selectionSet, info)) names.add(child.name.value);
  }
  return names;
}

/** The union of the fields selected under several paths (Statement.speaker and .speakers). */
function unionFields(info: GraphQLResolveInfo, paths: readonly string[][]): Set<string> {
  const names = new Set<string>();
  for (const path of paths) for (const name of selectedFields(info, ...path) ?? []) names.add(name);
  return names;
}

// The parsed document is cached by yoga, so its field nodes are the same objects for every request asking the
// same query: a look-ahead is worked out once per document and field, not once per request.
const lookAheadCache = new WeakMap<FieldNode, Map<string, unknown>>();

/** compute() once per query document and current field (and `key`); every time when there is no info. */
export function rememberLookAhead<T>(info: GraphQLResolveInfo | undefined, key: string, compute: () => T): T {
  const first = info?.fieldNodes[0];
  // Several field nodes (the same field selected twice, merged): rare, not worth a composite key.
  if (!first || info.fieldNodes.length !== 1) return compute();
  let byKey = lookAheadCache.get(first);
  if (!byKey) {
    byKey = new Map();
    lookAheadCache.set(first, byKey);
  }
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key) as T;
}

/**
 * What a page of facts at `path` (['edges', 'node']) needs: its selected fields, whether people (`peopleNames`:
 * the fields holding participants or speakers) and sources are selected, and their fields.
 */
export function toFactParts(
  info: GraphQLResolveInfo | undefined,
  path: readonly string[],
  peopleNames: readonly string[],
): FactParts {
  if (!info) return {};
  return rememberLookAhead(info, `facts:${path.join('.')}:${peopleNames.join(',')}`, () => ({
    people: peopleNames.some(name => selects(info, ...path, name)),
    sources: selects(info, ...path, 'sources'),
    fields: selectedFields(info, ...path),
    peopleFields: unionFields(
      info,
      peopleNames.map(name => [...path, name]),
    ),
    sourceFields: {
      source: selectedFields(info, ...path, 'sources'),
      article: selectedFields(info, ...path, 'sources', 'article'),
    },
  }));
}
