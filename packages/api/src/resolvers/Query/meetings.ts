// { meetings(between: ["Ana Duarte", "Tomas Reyes"], from: "2016") { totalCount edges { node { date place } } } }
import type { MeetingStatus } from '@news-kg/graph-model';
import { toOptionalName, toPartialDate, toTextFilter } from '../../args';
import type { ApiContext } from '../../context';
import { buildCountMeetings, buildFindMeetings, type FindMeetingsArgs } from '../../cypher/find-meetings';
import { toNameInput } from '../../cypher/resolve-entity';
import { createBadInputError } from '../../errors';
import { createUnknownNameError } from '../../name-suggestions';
import { askResolvingNames } from '../../resolve-names';
import { toFactParts } from '../../selection';
import type { GraphQLResolveInfo } from 'graphql';
import { toConnection, toPageWindow, type PageArgs } from '../../pagination';
import type { MeetingValue } from '../../values';

const MAX_BETWEEN = 5;

interface MeetingsArgs extends PageArgs {
  participant?: string | null;
  between?: string[] | null;
  from?: string | null;
  to?: string | null;
  place?: string | null;
  status?: MeetingStatus[] | null;
}

function toParticipants({ participant, between }: MeetingsArgs): FindMeetingsArgs['participants'] {
  if (between && (between.length === 0 || between.length > MAX_BETWEEN)) {
    throw createBadInputError(`between: give 1 to ${MAX_BETWEEN} names`);
  }
  const one = toOptionalName('participant', participant);
  return [...(one ? [one] : []), ...(between ?? []).map(name => toNameInput('between', name))];
}

export async function meetings(
  _: unknown,
  args: MeetingsArgs,
  { read, nameIndex }: ApiContext,
  info?: GraphQLResolveInfo,
) {
  const window = toPageWindow(args);
  const query: FindMeetingsArgs = {
    participants: toParticipants(args),
    from: toPartialDate('from', args.from),
    to: toPartialDate('to', args.to),
    place: toTextFilter('place', args.place),
    statuses: args.status ?? null,
    parts: toFactParts(info, ['edges', 'node'], ['participants']),
  };
  const idsOf = (r: Record<string, unknown> | undefined) =>
    (r?.resolved ?? []) as { name: string; id: string | null }[];
  const [row] = await askResolvingNames(
    read,
    nameIndex,
    () => read(buildFindMeetings(query, window)),
    ([r]) => idsOf(r).map((x, i) => x.id === null && query.participants[i]),
  );
  const unknown = idsOf(row).find(x => x.id === null);
  if (unknown)
    throw createUnknownNameError(unknown.name === args.participant ? 'participant' : 'between', unknown.name);
  return toConnection(
    (row?.page ?? []) as MeetingValue[],
    window,
    (node, cursor) => ({ cursor, node }),
    async () => ((await read(buildCountMeetings(query)))[0]?.total as number) ?? 0,
  );
}
