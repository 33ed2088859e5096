// Participants and sources usually come with the meeting (projectMeeting); a meeting reached another way is
// completed by one batched lookup for all meetings of the request. Fields answer synchronously when the data is
// there: no promise per field of every result.
import type { ApiContext } from '../context';
import { sortEntities, sortSources, type MeetingValue, type StatementValue } from '../values';

/** The meeting's `part` as fetched, else by one batched lookup for all meetings of the request. */
function withPart<T>(
  parent: MeetingValue,
  part: 'participants' | 'sources',
  { loaders }: ApiContext,
  use: (m: MeetingValue) => T,
): T | Promise<T> {
  if (parent[part]) return use(parent);
  return loaders
    .byId('Meeting')
    .load(parent.id)
    .then(found => use((found as MeetingValue | null) ?? parent));
}

export const Meeting = {
  summary: (parent: MeetingValue) => parent.summary ?? '',
  participants: (parent: MeetingValue, _: unknown, context: ApiContext) =>
    withPart(parent, 'participants', context, m => sortEntities(m.participants ?? [])),
  sources: (parent: MeetingValue, _: unknown, context: ApiContext) =>
    withPart(parent, 'sources', context, m => sortSources(m.sources ?? [])),
  statements: async (parent: MeetingValue, _: unknown, { loaders }: ApiContext) =>
    ((await loaders.links('meetingStatements').load(parent.id)) as StatementValue[]).sort((a, b) =>
      a.id.localeCompare(b.id),
    ),
};
