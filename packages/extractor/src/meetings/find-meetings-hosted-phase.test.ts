// A meal or meeting with its host ("attended a dinner hosted by Y", "at Y's banquet"), and a meeting told as what
// opens or closes a stretch of someone's time ("her week began with a lunch with Y"). Invented sentences.
import { D, L, O, PAIR, readMeetings as read } from './testing/read-meetings';

const NORVIK = '[Norvik](organization:norvik)';
const DL = 'person:ana-duarte+person:min-lee';

describe('findMeetings: a meal or meeting with its host', () => {
  test('attending a meal a person gave is a meeting with the host, at the meal’s place and day', () => {
    expect(read(`${D} attended a dinner hosted by ${O} at the palace on Tuesday.`)).toEqual([
      [PAIR, '2019-03-05', 'the palace', 'reported'],
    ]);
    expect(read(`${D}, who attended a lunch given by ${O}, said the port would stay open.`)).toEqual([
      [PAIR, null, null, 'reported'],
    ]);
  });

  test('the setting of a clause: "at a banquet hosted by Y", "at Y\'s banquet"', () => {
    expect(read(`${D} was the guest of honour at a banquet hosted by ${O} on Tuesday.`)).toEqual([
      [PAIR, '2019-03-05', null, 'reported'],
    ]);
    expect(read(`${D} was guest of honour at ${O}'s banquet on Tuesday.`)).toEqual([
      [PAIR, '2019-03-05', null, 'reported'],
    ]);
  });

  test('a meal given by one person for another', () => {
    expect(read(`A reception given by ${O} for ${D} on Monday drew two hundred guests.`)).toEqual([
      [PAIR, '2019-03-04', null, 'reported'],
    ]);
  });

  test('a plan to attend one is planned', () => {
    expect(read(`${D} will attend a dinner hosted by ${O} on Tuesday.`).map(f => f[3])).toEqual(['planned']);
  });

  test('traps: a body that gives the meal is no party; a funeral is no meal; owners who share it are no host', () => {
    expect(read(`${D} attended a dinner hosted by ${NORVIK} on Tuesday.`)).toEqual([]);
    expect(read(`${D} attended ${NORVIK}'s dinner on Tuesday.`)).toEqual([]);
    expect(read(`${D} spoke at ${O}'s funeral on Tuesday.`)).toEqual([]);
    expect(read(`${D} attended a dinner hosted by ${O}'s foundation on Tuesday.`)).toEqual([]);
  });
});

describe('findMeetings: a meeting that opens or closes a stretch of someone’s time', () => {
  test('"X\'s week began with a lunch with Y": the owner of the week was at the lunch', () => {
    expect(read(`${D}'s week began with a lunch with ${O} in Lisbon on Monday.`)).toEqual([
      [PAIR, '2019-03-04', 'Lisbon', 'reported'],
    ]);
  });

  test('"X started the visit with a meeting with Y", "X ended her day with a dinner with Y"', () => {
    expect(read(`${D} started the visit with a meeting with ${L}.`)).toEqual([[DL, null, null, 'reported']]);
    expect(read(`${D} ended her day with a dinner with ${L} on Tuesday.`)).toEqual([
      [DL, '2019-03-05', null, 'reported'],
    ]);
    expect(read(`${D} will end her visit with a dinner with ${L} on Friday.`).map(f => f[3])).toEqual([
      'planned',
    ]);
  });

  test('a modified meal, a time between the verb and "with", a second phase verb of the same stretch', () => {
    expect(read(`${D}'s week began with a working lunch with ${O}.`)).toEqual([
      [PAIR, null, null, 'reported'],
    ]);
    expect(read(`${D}'s week began on Monday with a lunch with ${O}.`)).toEqual([
      [PAIR, '2019-03-04', null, 'reported'],
    ]);
    expect(read(`${D}'s visit started with talks with ${O} and ended with a dinner hosted by ${L}.`)).toEqual(
      [
        [PAIR, null, null, 'reported'],
        [DL, null, null, 'reported'],
      ],
    );
  });

  test('traps: the stretch is nobody’s, or the meeting is only news of one', () => {
    expect(read(`The strike began with talks with ${O}.`)).toEqual([]);
    expect(read(`${D}'s week began with news of talks with ${O}.`)).toEqual([]);
    expect(read(`${D}'s week began with a lunch with donors.`)).toEqual([]);
  });
});
