// Kinds of meeting English read in session 11; invented sentences only (a harbour and a guild of dockers).
// Published Friday 2019-03-08 (readMeetings' default).
import { readMeetings as read } from './testing/read-meetings';

const VOST = '[Linnea Vost](person:linnea-vost)';
const BRENNER = '[Saskia Brenner](person:saskia-brenner)';
const OLSGAARD = '[Petra Olsgaard](person:petra-olsgaard)';
const TOLLAK = '[Edvard Tollak](person:edvard-tollak)';
const VB = 'person:linnea-vost+person:saskia-brenner';
const OT = 'person:edvard-tollak+person:petra-olsgaard';

describe('a named day spent in someone’s company', () => {
  test('"spent most of Thursday with X, <apposition>, going through …": dated by the day', () => {
    expect(
      read(
        `${VOST}, director of the port, spent most of Thursday with ${BRENNER}, the founder of Brenner Freight, going through the accounts.`,
      ),
    ).toEqual([[VB, '2019-03-07', null, 'reported']]);
  });

  test('"spent Wednesday evening with X"', () => {
    expect(read(`${VOST} spent Wednesday evening with ${BRENNER} at the town hall.`)).toEqual([
      [VB, '2019-03-06', 'the town hall', 'reported'],
    ]);
  });

  test('"X and Y spent Tuesday together at <place>": a coordinated subject', () => {
    expect(
      read(`${VOST} and ${BRENNER} spent Tuesday together at Quill Point going through the plans.`),
    ).toEqual([[VB, '2019-03-05', 'Quill Point', 'reported']]);
  });

  test('"X and Y spent the afternoon together"', () => {
    expect(read(`${OLSGAARD} and ${TOLLAK} spent the afternoon together in the dry dock.`)).toEqual([
      [OT, null, 'the dry dock', 'reported'],
    ]);
  });

  test('trap: years spent together are no encounter', () => {
    expect(read(`${VOST} and ${BRENNER} spent ten years together at the boatyard.`)).toEqual([]);
  });

  test('trap: a day spent alone is no encounter', () => {
    expect(read(`${VOST} spent Thursday at the boatyard going through the plans.`)).toEqual([]);
  });
});

describe('a place told with the name of its owner in apposition', () => {
  test('"at the headquarters of its parent company, Halden Group, with X": the name replaces the description', () => {
    expect(
      read(
        `${VOST} had spent Wednesday evening at the headquarters of the firm's parent company, Halden Group, with its chairman, ${BRENNER}, where the two agreed a line.`,
      ),
    ).toEqual([[VB, '2019-03-06', 'the headquarters of Halden Group', 'reported']]);
  });

  test('"at the offices of the shipping line, Corran Lines, with X"', () => {
    expect(
      read(`${OLSGAARD} spent two hours at the offices of the shipping line, Corran Lines, with ${TOLLAK}.`),
    ).toEqual([[OT, null, 'the offices of Corran Lines', 'reported']]);
  });

  test('trap: a person in apposition is no place name', () => {
    const [fact] = read(
      `${VOST} spent Wednesday evening at the home of her brother, [Karl Vost](person:karl-vost), with ${BRENNER}.`,
    );
    expect(fact?.[2]).not.toMatch(/Karl/);
  });
});

describe('a summons to see someone', () => {
  test('"was called in to see <title> X on Friday evening"', () => {
    expect(read(`${OLSGAARD} was called in to see Prime Minister ${TOLLAK} on Friday evening.`)).toEqual([
      [OT, '2019-03-08', null, 'reported'],
    ]);
  });

  test('"was summoned to see X at the palace"', () => {
    expect(read(`${OLSGAARD} was summoned to see ${TOLLAK} at the palace on Tuesday.`)).toEqual([
      [OT, '2019-03-05', 'the palace', 'reported'],
    ]);
  });

  test('trap: called in to see whether something holds', () => {
    expect(read(`${OLSGAARD} was called in to see whether the pumps could be saved.`)).toEqual([]);
  });

  test('trap: called in to see the damage', () => {
    expect(read(`${OLSGAARD} was called in to see the damage to the pier on Tuesday.`)).toEqual([]);
  });
});

describe('parties told with a capitalised title and a group of people', () => {
  test('"During the meeting with the President of the Guild Mrs. X and the dockers of Y district, Z presented"', () => {
    expect(
      read(
        `During the meeting with the President of the Guild Mrs. ${BRENNER} and the dockers of Velmora district, ${VOST} presented the plans.`,
      ),
    ).toEqual([[VB, null, null, 'reported']]);
  });

  test('"met X and the farmers of Y": a common plural group beside a named person names no one more', () => {
    expect(read(`${VOST} met ${BRENNER} and the pilots of Tarvena harbour on Monday.`)).toEqual([
      [VB, '2019-03-04', null, 'reported'],
    ]);
  });

  test('trap: an unresolved singular title with a name may be someone: no fact', () => {
    expect(read(`${VOST} met ${BRENNER} and the president of Norvik on Monday.`)).toEqual([]);
  });
});
