// Places of meetings told in the kinds added this session (invented sentences): the destination of a summons, a
// vessel boarded, the place between a meal and its host.
import { D, O, PAIR, readMeetings as read } from './testing/read-meetings';

describe('findMeetings: more places', () => {
  test('a summons: where the one summoned was called to', () => {
    expect(read(`${O} summoned ${D} to the ministry on Monday.`)).toEqual([
      [PAIR, '2019-03-04', 'the ministry', 'reported'],
    ]);
    expect(read(`${D} was summoned to the palace by ${O} on Monday.`)).toEqual([
      [PAIR, '2019-03-04', 'the palace', 'reported'],
    ]);
  });

  test('"on board" a vessel, as "aboard"', () => {
    expect(read(`${D} and ${O} held talks on board a patrol vessel on Monday.`)).toEqual([
      [PAIR, '2019-03-04', 'a patrol vessel', 'reported'],
    ]);
  });

  test('a place between a meal and its host', () => {
    expect(read(`${D} attended a lunch at the palace hosted by ${O}.`)).toEqual([
      [PAIR, null, 'the palace', 'reported'],
    ]);
  });

  test('trap: "to" after a verb other than a summons or a journey names no place', () => {
    expect(read(`${D} met ${O} on Monday and spoke to the press.`)).toEqual([
      [PAIR, '2019-03-04', null, 'reported'],
    ]);
  });
});
