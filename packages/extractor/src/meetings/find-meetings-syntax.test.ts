// Appositions, datelines, venues with possessive heads, "met separately", "attended the meeting": invented
// sentences only.
import { D, L, O, PAIR, readMeetings as read } from './testing/read-meetings';

const MARSH = '[Elena Marsh](person:elena-marsh)';
const NORVIK = '[Norvik Shipping](organization:norvik-shipping)';

describe('findMeetings: appositions between subject and verb', () => {
  test.each([
    [
      'The <role> of <Org>, <Name>, met',
      `The managing director of ${NORVIK}, ${MARSH}, met with dock worker ${O} on Monday.`,
      [['person:elena-marsh+person:tunde-okafor', '2019-03-04', null, 'reported']],
    ],
    [
      '<Name>, the <role> of <Org>, met',
      `${MARSH}, the managing director of ${NORVIK}, met ${O} in Rotterdam.`,
      [['person:elena-marsh+person:tunde-okafor', null, 'Rotterdam', 'reported']],
    ],
    [
      '<Name> and her <nationality> counterpart, <Name>, met',
      `Trade Minister ${D} and her Nigerian counterpart, ${O}, met in Accra on Tuesday.`,
      [[PAIR, '2019-03-05', 'Accra', 'reported']],
    ],
    [
      '<Name>, <age>, the <role> of <Org>, met',
      `${D}, 52, the head of ${NORVIK}, met ${O} on Monday.`,
      [[PAIR, '2019-03-04', null, 'reported']],
    ],
    [
      "<Org>'s <role>, <Name>, met",
      `${NORVIK}'s chief executive, ${MARSH}, met ${O} on Monday.`,
      [['person:elena-marsh+person:tunde-okafor', '2019-03-04', null, 'reported']],
    ],
    [
      'an unnamed role with no name in apposition takes part in nothing',
      `The deputy head of ${NORVIK}, aged 52, met ${O} on Monday.`,
      [],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  test.each([
    [
      "met <Org>'s <role>, <Name>, in <City>",
      `${D} met with ${NORVIK}'s chief executive, ${MARSH}, in Oslo on Monday.`,
      [['person:ana-duarte+person:elena-marsh', '2019-03-04', 'Oslo', 'reported']],
    ],
    [
      'met the <role> of <Org>, <Name>,',
      `${D} met the chief executive of ${NORVIK}, ${MARSH}, in Oslo.`,
      [['person:ana-duarte+person:elena-marsh', null, 'Oslo', 'reported']],
    ],
    [
      'a name after the object that is a new clause is no apposition',
      `${D} met the chief executive of ${NORVIK}, ${MARSH} said.`,
      [],
    ],
  ])('object apposition: %s', (_name, sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  test('"the two ministers" are the pair of the meeting told just before', () => {
    expect(
      read([`${D} met ${O} in Accra in January.`, 'The two ministers met again in Lagos on Wednesday.']),
    ).toEqual([
      [PAIR, '2019-01', 'Accra', 'reported'],
      [PAIR, '2019-03-06', 'Lagos', 'reported'],
    ]);
  });
});

describe('findMeetings: datelines', () => {
  test.each([
    [
      'CITY (Agency) - ',
      `PORTO (Lusa Wire) - The managing director of ${NORVIK}, ${MARSH}, met ${O} on Monday.`,
    ],
    ['CITY - ', `PORTO - The managing director of ${NORVIK}, ${MARSH}, met ${O} on Monday.`],
  ])('a dateline "%s" before the first sentence stays out of the subject', (_name, sentence) => {
    expect(read(sentence)).toEqual([
      ['person:elena-marsh+person:tunde-okafor', '2019-03-04', null, 'reported'],
    ]);
  });
});

describe('findMeetings: places', () => {
  test.each([
    [
      'a possessive head and a month',
      `${D} had lunch with ${O} at the bank's headquarters in May.`,
      [[PAIR, '2018-05', "the bank's headquarters", 'reported']],
    ],
    [
      'a possessive head on a ground',
      `${D} held talks with ${O} on Monday at the team's training ground.`,
      [[PAIR, '2019-03-04', "the team's training ground", 'reported']],
    ],
    [
      'an indefinite venue in a district',
      `${D} met ${O} at a quiet bar in Kreuzberg.`,
      [[PAIR, null, 'a quiet bar in Kreuzberg', 'reported']],
    ],
    [
      'a city after "in", then a month',
      `${D} met ${O} in Rotterdam in October.`,
      [[PAIR, '2018-10', 'Rotterdam', 'reported']],
    ],
    [
      'a town the tagger does not know, after "in"',
      `${D} met ${O} in Ouagadougou on Monday.`,
      [[PAIR, '2019-03-04', 'Ouagadougou', 'reported']],
    ],
    ['a language is not a place', `${D} met ${O} in English.`, [[PAIR, null, null, 'reported']]],
    [
      'a venue outside a town',
      `${D} and ${O} met on Monday at a farm outside Nakuru.`,
      [[PAIR, '2019-03-04', 'a farm outside Nakuru', 'reported']],
    ],
    [
      'a meal phrase before the venue',
      `${D} met ${O} over coffee in a hotel lobby.`,
      [[PAIR, null, 'a hotel lobby', 'reported']],
    ],
    [
      'a weekday and its date are one meeting',
      `${D} met ${O} on Monday, 4 March, in Rome.`,
      [[PAIR, '2019-03-04', 'Rome', 'reported']],
    ],
    [
      'the destination of a fronted visit',
      `During a visit to Lagos, ${D} met ${O}.`,
      [[PAIR, null, 'Lagos', 'reported']],
    ],
    [
      'a visit to a person is no place',
      `During a visit to ${L}, ${D} met ${O}.`,
      [[PAIR, null, null, 'reported']],
    ],
    [
      'a fronted place and date',
      `In Geneva on Wednesday, ${D} met ${O}.`,
      [[PAIR, '2019-03-06', 'Geneva', 'reported']],
    ],
    [
      'a manner phrase before the place',
      `${D} met ${O} behind closed doors in Lima.`,
      [[PAIR, null, 'Lima', 'reported']],
    ],
    [
      'a venue in a city after "at ... in"',
      `${D} met ${O} at the harbour authority's offices in Rotterdam.`,
      [[PAIR, null, "the harbour authority's offices in Rotterdam", 'reported']],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });
});

describe('findMeetings: several parties', () => {
  test('"met separately with X and Y" is two meetings', () => {
    expect(read(`${L} met separately with ${D} and ${O} on Friday.`)).toEqual([
      ['person:ana-duarte+person:min-lee', '2019-03-08', null, 'reported'],
      ['person:min-lee+person:tunde-okafor', '2019-03-08', null, 'reported'],
    ]);
  });

  test('"X and Y met separately with Z" is two meetings', () => {
    expect(read(`${D} and ${O} met separately with ${L} in Lagos.`)).toEqual([
      ['person:ana-duarte+person:min-lee', null, 'Lagos', 'reported'],
      ['person:min-lee+person:tunde-okafor', null, 'Lagos', 'reported'],
    ]);
  });

  test('"X joined the talks" adds X to the meeting just told', () => {
    const facts = read([`${D} met ${O} in Accra in January.`, `${L} joined the talks.`]);
    expect(facts.map(f => f[0])).toEqual([
      'person:ana-duarte+person:min-lee+person:tunde-okafor',
      'person:ana-duarte+person:min-lee+person:tunde-okafor',
    ]);
  });

  test('"X attended the meeting" adds X to the meeting just told', () => {
    const facts = read([`${D} met ${O} in Accra in January.`, `${L} also attended the meeting.`]);
    expect(facts.map(f => f[0])).toEqual([
      'person:ana-duarte+person:min-lee+person:tunde-okafor',
      'person:ana-duarte+person:min-lee+person:tunde-okafor',
    ]);
  });

  test('"X attended the summit" does not join X to the meeting told before', () => {
    const facts = read([`${D} met ${O} in Accra in January.`, `${L} attended the summit.`]);
    expect(facts.map(f => f[0])).toEqual([PAIR]);
  });

  test('"X attended the meeting between Y and Z" adds X to that meeting when it was told before', () => {
    const facts = read([
      `${D} met ${O} in Accra in January.`,
      `${L} attended the meeting between ${D} and ${O} as a note-taker.`,
    ]);
    expect(facts.map(f => [f[0], f[1]])).toEqual([
      ['person:ana-duarte+person:min-lee+person:tunde-okafor', '2019-01'],
      ['person:ana-duarte+person:min-lee+person:tunde-okafor', '2019-01'],
    ]);
  });
});

describe('findMeetings: negation', () => {
  test('"did not meet again until <time>" tells a gap, not a denial', () => {
    expect(read(`${D} and ${O} did not meet again until last month.`)).toEqual([]);
  });

  test('"had never met him before" is still a denial', () => {
    expect(read(`${D} said [she](person:ana-duarte) had never met ${O} before.`).map(f => f[3])).toEqual([
      'denied',
    ]);
  });
});
