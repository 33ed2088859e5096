// { whoMet(name: "Ana Duarte") { edges { node { name } meetings { date place sources { evidence } } } } }
import type { MeetingStatus } from '@news-kg/graph-model';
import { assertResolved } from '../../args';
import type { ApiContext } from '../../context';
import { buildCountWhoMet, buildWhoMet } from '../../cypher/who-met';
import { toNameInput } from '../../cypher/resolve-entity';
import { includedStatuses } from '../../met-statuses';
import { askResolvingNames } from '../../resolve-names';
import { rememberLookAhead, selectedFields, toFactParts } from '../../selection';
import type { GraphQLResolveInfo } from 'graphql';
import { toConnection, toPageWindow, type PageArgs } from '../../pagination';
import type { EntityValue, MeetingValue } from '../../values';

interface WhoMetArgs extends PageArgs {
  name: string;
  status?: MeetingStatus[] | null;
}

interface MetRow {
  node: EntityValue;
  meetings: MeetingValue[];
}

export async function whoMet(
  _: unknown,
  args: WhoMetArgs,
  { read, nameIndex }: ApiContext,
  info?: GraphQLResolveInfo,
) {
  const window = toPageWindow(args);
  const query = {
    name: toNameInput('name', args.name),
    statuses: args.status ?? null,
    parts: toFactParts(info, ['edges', 'meetings'], ['participants']),
    fields: rememberLookAhead(info, 'met', () => selectedFields(info, 'edges', 'node')),
  };
  const [row] = await askResolvingNames(
    read,
    nameIndex,
    () => read(buildWhoMet(query, window)),
    ([r]) => [!r?.entityId && query.name],
  );
  assertResolved('name', query.name, row?.entityId);
  const connection = toConnection(
    (row?.page ?? []) as MetRow[],
    window,
    (met, cursor) => ({ cursor, ...met }),
    async () => ((await read(buildCountWhoMet(query)))[0]?.total as number) ?? 0,
  );
  return { ...connection, statuses: includedStatuses(args.status) };
}
