// A visitor received by several hosts (invented sentences): the agents of a passive as a list with appositions
// ("by Okafor, the president, and Lee, the prime minister,"), "as well as", and a place told before "by".
import { D, L, O, readMeetings as read } from './testing/read-meetings';

const M = '[Marsh](person:elena-marsh)';
const THREE = 'person:ana-duarte+person:min-lee+person:tunde-okafor';
const FOUR = 'person:ana-duarte+person:elena-marsh+person:min-lee+person:tunde-okafor';

describe('findMeetings: received by several people', () => {
  test('an apposition set between commas inside the list of agents renames the person before it', () => {
    expect(
      read(`${D} was received by ${O}, the president, and ${L}, the prime minister, at the palace.`),
    ).toEqual([[THREE, null, 'the palace', 'reported']]);
    expect(read(`${D} was received by ${O}, the president, ${L}, the prime minister, and ${M}.`)).toEqual([
      [FOUR, null, null, 'reported'],
    ]);
  });

  test('trap: a description after the last named agent is no further party', () => {
    expect(read(`${D} was received by ${O}, the president, and his guard of honour.`)).toEqual([
      ['person:ana-duarte+person:tunde-okafor', null, null, 'reported'],
    ]);
  });

  test('"as well as", "along with" coordinate the agents', () => {
    expect(read(`${D} was received by ${O} as well as ${L} at the palace.`)).toEqual([
      [THREE, null, 'the palace', 'reported'],
    ]);
    expect(read(`${D} was received by ${O}, along with ${L} and ${M}, at the palace.`)).toEqual([
      [FOUR, null, 'the palace', 'reported'],
    ]);
  });

  test('a place told before the agents: "was received at the palace by"', () => {
    expect(read(`${D} was received at the palace by ${O}, ${L} and ${M} on Tuesday.`)).toEqual([
      [FOUR, '2019-03-05', 'the palace', 'reported'],
    ]);
    expect(read(`${D} was met at the airport by ${O} and ${L}.`)).toEqual([
      [THREE, null, 'the airport', 'reported'],
    ]);
  });

  test('trap: a place before a by-phrase that names no person', () => {
    expect(read(`${D} was received at the palace by cheering crowds on Tuesday.`)).toEqual([]);
    expect(read(`${D} was greeted at the airport by applause.`)).toEqual([]);
  });
});
