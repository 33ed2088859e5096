// The list fields every Entity has (meetings, met, statements, mentionedIn), as connections built from one
// batched page query per field and argument set (loaders.pages), whatever the number of parent entities.
import type { MeetingStatus, StatementKind } from '@news-kg/graph-model';
import { toPartialDate } from '../args';
import type { ApiContext } from '../context';
import type { PagedField } from '../cypher/batch-pages';
import { toConnection, toPageWindow, type PageArgs } from '../pagination';
import { includedStatuses } from '../met-statuses';
import type { EntityValue } from '../values';

/** A page of `spec` for this entity, as a connection; edges are `{ cursor, node }` unless `toEdge` says else. */
export async function loadPage(
  parent: EntityValue,
  spec: PagedField,
  args: PageArgs,
  { loaders }: ApiContext,
  toEdge: (item: unknown, cursor: string) => object = (node, cursor) => ({ cursor, node }),
) {
  const window = toPageWindow(args);
  const { total, items } = await loaders.pages(spec, window).load(parent.id);
  return toConnection(items, window, toEdge, () => total);
}

export interface MeetingsArgs extends PageArgs {
  status?: MeetingStatus[] | null;
  from?: string | null;
  to?: string | null;
}

export const entityFields = {
  aliases: (parent: EntityValue) => parent.aliases ?? [parent.name],
  meetings: (parent: EntityValue, args: MeetingsArgs, context: ApiContext) =>
    loadPage(
      parent,
      {
        field: 'meetings',
        statuses: args.status ?? null,
        from: toPartialDate('from', args.from),
        to: toPartialDate('to', args.to),
      },
      args,
      context,
    ),
  met: async (
    parent: EntityValue,
    args: PageArgs & { status?: MeetingStatus[] | null },
    context: ApiContext,
  ) => ({
    ...(await loadPage(
      parent,
      { field: 'met', statuses: args.status ?? null },
      args,
      context,
      (item, cursor) => ({
        cursor,
        ...(item as object),
      }),
    )),
    statuses: includedStatuses(args.status),
  }),
  statements: (parent: EntityValue, args: PageArgs & { kind?: StatementKind | null }, context: ApiContext) =>
    loadPage(parent, { field: 'statements', kind: args.kind ?? null }, args, context),
  mentionedIn: (parent: EntityValue, args: PageArgs, context: ApiContext) =>
    loadPage(parent, { field: 'mentionedIn' }, args, context),
};
