// Shared cast and reader for the meeting unit tests: invented people, marked up for annotate().
import { findMeetings } from '../index';
import type { CountedMeetingFact } from '../meeting-fact';
import { annotate } from './annotate';

export const D = '[Duarte](person:ana-duarte)';
export const O = '[Okafor](person:tunde-okafor)';
export const L = '[Lee](person:min-lee)';
export const PAIR = 'person:ana-duarte+person:tunde-okafor';

/** [participants, date, place, status] of each meeting fact (published Friday 2019-03-08 by default). */
export function readMeetings(sentences: string | string[], publishedAt: string | null = '2019-03-08') {
  return (findMeetings(annotate(sentences, { publishedAt })) as CountedMeetingFact[]).map(f => [
    f.participantIds.join('+'),
    f.date,
    f.place,
    f.status,
  ]);
}
