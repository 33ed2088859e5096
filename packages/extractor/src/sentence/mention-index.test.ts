import type { Mention } from '../analysis';
import { indexMentions } from './mention-index';

function mention(start: number, end: number, entityId = `person:p${start}`): Mention {
  return { entityId, start, end, surface: 'x'.repeat(end - start), form: 'name', sentence: 0 };
}

// a long name starting early, nested and overlapping mentions, two mentions with one span
const mentions = [
  mention(0, 40, 'organization:long'),
  mention(5, 15),
  mention(10, 20),
  mention(10, 20, 'person:other'),
  mention(30, 33),
  mention(50, 60),
];

describe('indexMentions', () => {
  const index = indexMentions(mentions);

  it('finds mentions within, covering, overlapping and starting in a range as a scan would, in order', () => {
    for (let start = -2; start < 64; start += 1) {
      for (let end = start; end < 66; end += 1) {
        expect(index.within(start, end)).toEqual(mentions.filter(m => start <= m.start && m.end <= end));
        expect(index.covering(start, end)).toEqual(mentions.filter(m => m.start <= start && end <= m.end));
        expect(index.overlapping(start, end)).toEqual(mentions.filter(m => m.start < end && m.end > start));
        expect(index.startingIn(start, end)).toEqual(mentions.filter(m => m.start >= start && m.start < end));
      }
    }
  });

  it('reaches a long mention that starts far before the offset', () => {
    expect(index.covering(35, 38).map(m => m.entityId)).toEqual(['organization:long']);
  });

  it('answers exactly for a list not sorted by start', () => {
    const unsorted = [mention(50, 60), mention(0, 10)];
    expect(indexMentions(unsorted).within(0, 60)).toEqual(unsorted);
  });
});
