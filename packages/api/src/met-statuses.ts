// Who-met answers say which meetings they counted: the statuses the list includes (the status argument; none
// given = all), and per edge the statuses of its meetings, so a planned or denied meeting is never passed off as
// one that took place.
import type { MeetingStatus } from '@news-kg/graph-model';

export const ALL_MEETING_STATUSES: readonly MeetingStatus[] = ['reported', 'planned', 'denied'];

/** The status argument as the list applied it: null (no filter) is every status; order as in the schema. */
export function includedStatuses(asked: readonly MeetingStatus[] | null | undefined): MeetingStatus[] {
  return ALL_MEETING_STATUSES.filter(status => !asked || asked.includes(status));
}

/** The distinct statuses of an edge's meetings, in schema order. */
export function statusesOfMeetings(
  meetings: ReadonlyArray<{ status?: MeetingStatus | null }>,
): MeetingStatus[] {
  return ALL_MEETING_STATUSES.filter(status => meetings.some(m => m.status === status));
}
