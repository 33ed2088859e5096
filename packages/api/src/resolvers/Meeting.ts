// Participants and sources usually come with the meeting (projectMeeting); a meeting reached another way is
// completed by one batched lookup for all meetings of the request.
import type { ApiContext } from '../context';
import { sortEntities, sortSources, type MeetingValue, type StatementValue } from '../values';

/** The meeting with `part` filled in: as fetched, else by one batched lookup for all meetings of the request. */
async function complete(parent: MeetingValue, part: 'participants' | 'sources', { loaders }: ApiContext): Promise<MeetingValue> {
  if (parent[part]) return parent;
  return ((await loaders.byId('Meeting').load(parent.id)) as MeetingValue | null) ?? parent;
}

export const Meeting = {
  summary: (parent: MeetingValue) => parent.summary ?? '',
  participants: async (parent: MeetingValue, _: unknown, context: ApiContext) =>
    sortEntities((await complete(parent, 'participants', context)).participants ?? []),
  sources: async (parent: MeetingValue, _: unknown, context: ApiContext) =>
    sortSources((await complete(parent, 'sources', context)).sources ?? []),
  statements: async (parent: MeetingValue, _: unknown, { loaders }: ApiContext) =>
    ((await loaders.links('meetingStatements').load(parent.id)) as StatementValue[]).sort((a, b) =>
      a.id.localeCompare(b.id),
    ),
};
