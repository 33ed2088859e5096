// Words near a meeting that look like a date or a place and are not its date: "on a Saturday" (no particular
// week), "for about an hour" (a length); and a judge's chambers as a venue. Invented sentences.
import { findMeetings } from './index';
import type { CountedMeetingFact } from './meeting-fact';
import { annotate } from './testing/annotate';
import { D, L, O, PAIR, readMeetings as read } from './testing/read-meetings';

function dateTexts(sentence: string): Array<string | null> {
  return (findMeetings(annotate(sentence)) as CountedMeetingFact[]).map(f => f.dateText);
}

describe('findMeetings: expressions of time that do not date a meeting', () => {
  test('"on a Saturday" names no particular day; the place before it stays the place', () => {
    expect(
      read(
        `${D} said [she](person:ana-duarte) had met ${O} at the hotel "on a Saturday, when the bar was empty".`,
      ),
    ).toEqual([[PAIR, null, 'the hotel', 'reported']]);
    // a definite weekday still dates it (published Friday 2019-03-08)
    expect(read(`${D} met ${O} at the hotel on Saturday.`)).toEqual([
      [PAIR, '2019-03-02', 'the hotel', 'reported'],
    ]);
  });

  test('"for about an hour" is a length: no date and no dateText', () => {
    expect(dateTexts(`${D} received ${O} at the ministry for about an hour.`)).toEqual([null]);
    expect(read(`${D} received ${O} at the ministry for about an hour on Monday.`)).toEqual([
      [PAIR, '2019-03-04', 'the ministry', 'reported'],
    ]);
  });
});

describe('findMeetings: a judge receives people in her chambers', () => {
  test('"in her chambers" is a venue, named by its owner', () => {
    expect(read(`Judge ${L} received ${D} and ${O} in her chambers.`)).toEqual([
      ['person:ana-duarte+person:min-lee+person:tunde-okafor', null, "Min Lee's chambers", 'reported'],
    ]);
  });
});

describe('findMeetings: a town of several unknown capitalised words', () => {
  test('"in Port Evander" places the meeting; a phrase with common words after "in" does not', () => {
    expect(read(`${D} was received by ${O} in Vel Marra on Monday.`)).toEqual([
      [PAIR, '2019-03-04', 'Vel Marra', 'reported'],
    ]);
    expect(read(`${D} met ${O} in Port Evander.`)).toEqual([[PAIR, null, 'Port Evander', 'reported']]);
    expect(read(`${D} met ${O} in Foreign Affairs committee rooms.`)).toEqual([
      [PAIR, null, null, 'reported'],
    ]);
  });
});

describe('findMeetings: industrial venues', () => {
  test('a depot, a refinery, a sewage works are where a meeting is; "in the works" is an idiom', () => {
    expect(read(`${D} met ${O} at the firm's depot last month.`)).toEqual([
      [PAIR, '2019-02', "the firm's depot", 'reported'],
    ]);
    expect(read(`${D} met ${O} at the firm's Wexley depot last month.`)).toEqual([
      [PAIR, '2019-02', "the firm's Wexley depot", 'reported'],
    ]);
    expect(read(`${D} spent the day at the old sewage works with ${O}.`)).toEqual([
      [PAIR, null, 'the old sewage works', 'reported'],
    ]);
    expect(read(`${D} said a meeting with ${O} was in the works.`).map(f => f[2])).not.toContain('the works');
  });
});

describe('findMeetings: an hour of the day names no day', () => {
  test('"at noon" leaves the meeting undated; "at 3pm on Monday" is Monday', () => {
    expect(read(`${D}'s meeting with ${O} ended at noon.`)).toEqual([[PAIR, null, null, 'reported']]);
    expect(read(`${D} met ${O} at 3pm on Monday.`)).toEqual([[PAIR, '2019-03-04', null, 'reported']]);
  });
});

describe('findMeetings: a present perfect bounded by "since"', () => {
  test('encounters between the since-date and publication fall in the month (or year) both share', () => {
    // published 2019-03-08: two weeks before is February, so only the year is shared
    expect(read(`Since the vote two weeks ago, ${D} has attended two meetings with ${O}.`)).toEqual([
      [PAIR, '2019', null, 'reported'],
    ]);
    expect(read(`Since the vote on Monday, ${D} has met ${O}.`)).toEqual([
      [PAIR, '2019-03', null, 'reported'],
    ]);
  });

  test('a simple past is not bounded by the since-clause', () => {
    expect(read(`Since the vote two weeks ago, ${D} met ${O} twice.`)).toEqual([
      [PAIR, null, null, 'reported'],
    ]);
  });
});

describe('findMeetings: a where-clause happens at its antecedent', () => {
  test('"…at the harbour hotel, where X faced Y across the table"; the nearest place before "where"', () => {
    expect(
      read(`After the session at the harbour hotel, where ${D} faced ${O} across the table, talks stalled.`),
    ).toEqual([[PAIR, null, 'the harbour hotel', 'reported']]);
    expect(
      read(`[Lee](person:min-lee) spoke in Lisbon and flew to Oslo, where ${D} met ${O} on Monday.`),
    ).toEqual([[PAIR, '2019-03-04', 'Oslo', 'reported']]);
  });
});
