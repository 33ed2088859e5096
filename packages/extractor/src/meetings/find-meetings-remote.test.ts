// A call is no meeting in person (graph model): an encounter told with a means of talking at a distance ("by
// telephone", "via video link", "a virtual meeting") is not reported. Invented sentences.
import { D, L, O, PAIR, readMeetings as read } from './testing/read-meetings';

describe('findMeetings: calls are no meetings', () => {
  test('a means told after the parties', () => {
    expect(read(`${D} spoke with ${O} by telephone on Tuesday.`)).toEqual([]);
    expect(read(`${D} met ${O} via video link on Tuesday.`)).toEqual([]);
    expect(read(`${D} held talks with ${O} over the phone.`)).toEqual([]);
    expect(read(`${D} and ${O} met online on Tuesday.`)).toEqual([]);
    expect(read(`${D} was interviewed by ${L} by telephone.`)).toEqual([]);
  });

  test('a means told in the meeting noun phrase', () => {
    expect(read(`${D} held a virtual meeting with ${O} on Tuesday.`)).toEqual([]);
    expect(read(`${D} held phone talks with ${O}.`)).toEqual([]);
  });

  test('trap: a call told in another phrase leaves the meeting in person', () => {
    expect(read(`${D} met ${O} on Monday, a day after a phone call with ${L}.`)).toEqual([
      [PAIR, '2019-03-04', null, 'reported'],
    ]);
    expect(read(`${D} met ${O} in Lisbon, where the phone network was down.`).map(f => f[0])).toEqual([PAIR]);
  });
});
