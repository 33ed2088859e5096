// A group a named person leads stands for that person: "received by a delegation led by Okafor", "a delegation …
// The delegation was headed by Okafor". Invented sentences.
import { D, O, PAIR, readMeetings as read } from './testing/read-meetings';

const NORVIK = '[Norvik](organization:norvik)';

describe('findMeetings: a group led by a named person', () => {
  test('"led by" / "headed by" right after the group', () => {
    expect(read(`${D} was received by a delegation led by ${O} at the palace.`)).toEqual([
      [PAIR, null, 'the palace', 'reported'],
    ]);
    expect(read(`${D} met a delegation headed by ${O} on Monday.`)).toEqual([
      [PAIR, '2019-03-04', null, 'reported'],
    ]);
  });

  test('the leader named in another sentence of the article', () => {
    expect(
      read([
        `${D} was received by a government delegation at the palace.`,
        `The delegation was led by ${O}.`,
      ]),
    ).toEqual([[PAIR, null, 'the palace', 'reported']]);
  });

  test('traps: a group of a named body keeps the body; a group with no leader named is nobody', () => {
    expect(read(`${D} met a delegation from ${NORVIK} on Monday.`)).toEqual([
      ['organization:norvik+person:ana-duarte', '2019-03-04', null, 'reported'],
    ]);
    expect(read(`${D} was received by a government delegation at the palace.`)).toEqual([]);
    expect(read(`${D} met a delegation led by ${NORVIK} on Monday.`)).toEqual([]);
  });
});
