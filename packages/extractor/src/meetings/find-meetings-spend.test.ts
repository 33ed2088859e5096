// "spent the evening with X" is an encounter; "surveyors led by X spent the day with Y" has X stand for the group.
// Invented sentences only (a vineyard's harvest dispute).
import { readMeetings as read } from './testing/read-meetings';

const PALLIS = '[Ottilie Pallis](person:ottilie-pallis)';
const GROVE = '[Benedek Grove](person:benedek-grove)';
const CELLAR = '[Duneview Cellars](organization:duneview-cellars)';
const PAIR = 'person:benedek-grove+person:ottilie-pallis';

describe("findMeetings: a day or less spent in someone's company", () => {
  test('"spent the evening with X"', () => {
    expect(read(`${PALLIS} spent the evening with ${GROVE} on Tuesday.`)).toEqual([
      [PAIR, '2019-03-05', null, 'reported'],
    ]);
  });

  test('"spent two hours at <venue> with X": the venue stands before the party', () => {
    expect(read(`${PALLIS} spent two hours at the old press house with ${GROVE}.`)).toEqual([
      [PAIR, null, 'the old press house', 'reported'],
    ]);
  });

  test('"<group> led by X spent the day with Y": the leader stands for the group', () => {
    expect(read(`On Wednesday, surveyors led by ${PALLIS} spent the day with ${GROVE}.`)).toEqual([
      [PAIR, '2019-03-06', null, 'reported'],
    ]);
  });

  test('trap: years spent with an organization are a career, not an encounter', () => {
    expect(read(`${PALLIS} spent ten years with ${CELLAR}.`)).toEqual([]);
  });

  test('trap: a day spent on the phone with X is no meeting', () => {
    expect(read(`${PALLIS} spent the day on the phone with ${GROVE}.`)).toEqual([]);
  });

  test('trap: planned, "will spend the day with X"', () => {
    expect(read(`${PALLIS} will spend the day with ${GROVE} next week.`)).toEqual([
      [PAIR, expect.anything(), null, 'planned'],
    ]);
  });
});
