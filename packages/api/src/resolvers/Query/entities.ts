// { entities(search: "duarte", type: Person, first: 10) { totalCount edges { meetings statements node { name } } } }
// Who is in the graph, busiest first: the way in for a user who does not know the names yet.
import type { GraphQLResolveInfo } from 'graphql';
import { toTextFilter } from '../../args';
import type { ApiContext } from '../../context';
import { buildCountEntities, buildListEntities, type EntityLabel } from '../../cypher/list-entities';
import { toConnection, toPageWindow, type PageArgs } from '../../pagination';
import { selectedFields } from '../../selection';
import type { EntityValue } from '../../values';

interface EntitiesArgs extends PageArgs {
  search?: string | null;
  type?: EntityLabel | null;
}

interface EntityRow {
  node: EntityValue;
  meetings: number;
  statements: number;
}

export async function entities(
  _: unknown,
  args: EntitiesArgs,
  { read }: ApiContext,
  info?: GraphQLResolveInfo,
) {
  const window = toPageWindow(args);
  const query = {
    search: toTextFilter('search', args.search),
    type: args.type ?? null,
    fields: selectedFields(info, 'edges', 'node'),
  };
  const rows = (await read(buildListEntities(query, window))) as unknown as EntityRow[];
  return toConnection(
    rows,
    window,
    (row, cursor) => ({ cursor, node: row.node, meetings: row.meetings, statements: row.statements }),
    async () => ((await read(buildCountEntities(query)))[0]?.total as number) ?? 0,
  );
}
