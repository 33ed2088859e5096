// Kinds of the eleventh session (meet11b), from invented one-sentence articles, each with variants and a trap:
// members of a group named after "including" / "among them", one counted "among those who met", a group from a
// body led by a named person, a phrase of manner after "met" ("face to face"), talks resumed, a passive summons by a
// person, a participle set off after a name that takes its setting phrase, a meeting with no one named in it as the
// setting of its clause (coordinated subject, or a person briefed), a possessive clitic before a name in a list.
import { D, L, O, PAIR, readMeetings as read } from './testing/read-meetings';

const DL = 'person:ana-duarte+person:min-lee';
const DLO = 'person:ana-duarte+person:min-lee+person:tunde-okafor';
const NORVIK = '[Norvik](organization:norvik)';

describe('group membership: the people named as members of a nameless group', () => {
  test('"met <group> including X and Y"', () => {
    expect(read(`${D} met parents' leaders including ${O} and ${L} in Varn on Wednesday.`)).toEqual([
      [DLO, '2019-03-06', 'Varn', 'reported'],
    ]);
    expect(read(`${D} met with growers, among them ${O}, on Monday.`)).toEqual([
      [PAIR, '2019-03-04', null, 'reported'],
    ]);
  });

  test('"<group> of <body>, including X, met Y" (the subject)', () => {
    expect(read(`Representatives of the guild, including ${O}, met ${D} on Tuesday.`)).toEqual([
      [PAIR, '2019-03-05', null, 'reported'],
    ]);
    expect(read(`Delegates from the cooperative, among them ${O} and ${L}, met ${D} on Monday.`)).toEqual([
      [DLO, '2019-03-04', null, 'reported'],
    ]);
  });

  test('traps: things included, a body included, members not named', () => {
    expect(read(`${D} discussed issues including pay with union officials on Monday.`)).toEqual([]);
    expect(read(`${D} met leaders of several groups including ${NORVIK} on Monday.`)).toEqual([]);
    expect(read(`${D} met with officials, including her deputy, on Monday.`)).toEqual([]);
  });

  test('"X was among those who met Y", "X was one of the growers who met Y"', () => {
    expect(read(`${O} was among those who met ${D} on Tuesday.`)).toEqual([
      [PAIR, '2019-03-05', null, 'reported'],
    ]);
    expect(read(`${O} was one of the growers who met ${D} in Varn on Monday.`)).toEqual([
      [PAIR, '2019-03-04', 'Varn', 'reported'],
    ]);
    expect(read(`${O} and ${L} were among the fishermen who met ${D} on Monday.`)).toEqual([
      [DLO, '2019-03-04', null, 'reported'],
    ]);
    // traps: another verb, a nameless object
    expect(read(`${O} was among those who criticised ${D} on Tuesday.`)).toEqual([]);
    expect(read(`${O} was among those who met the deadline on Tuesday.`)).toEqual([]);
  });
});

describe('a group from a body, led by a named person, set off by commas', () => {
  test('object and subject', () => {
    expect(read(`${D} received a delegation from the guild, led by ${O}, on Tuesday.`)).toEqual([
      [PAIR, '2019-03-05', null, 'reported'],
    ]);
    expect(read(`${D} met a team of inspectors, headed by ${O}, at the depot on Monday.`)).toEqual([
      [PAIR, '2019-03-04', 'the depot', 'reported'],
    ]);
    expect(read(`A delegation from the cooperative, led by ${O}, met ${D} on Monday.`)).toEqual([
      [PAIR, '2019-03-04', null, 'reported'],
    ]);
  });

  test('traps: a leader not named, a letter signed by a person', () => {
    expect(read(`${D} received a delegation from the guild, led by its treasurer, on Tuesday.`)).toEqual([]);
    expect(read(`${D} received a letter from the guild, signed by ${O}, on Tuesday.`)).toEqual([]);
  });
});

describe('a phrase of manner after "met"', () => {
  test('"met face to face", "met in person with", "met one on one"', () => {
    expect(read(`${O} and ${D} met face to face on Tuesday for the first time.`)).toEqual([
      [PAIR, '2019-03-05', null, 'reported'],
    ]);
    expect(read(`${D} met in person with ${O} at the depot on Monday.`)).toEqual([
      [PAIR, '2019-03-04', 'the depot', 'reported'],
    ]);
    expect(read(`${D} and ${O} met one on one in Varn on Monday.`)).toEqual([
      [PAIR, '2019-03-04', 'Varn', 'reported'],
    ]);
  });

  test('"met alone", "met in secret" (the pair, or with the company after it)', () => {
    expect(read(`${D} and ${O} also met alone for an hour on Monday.`)).toEqual([
      [PAIR, '2019-03-04', null, 'reported'],
    ]);
    expect(read(`${D} met alone with ${O} at the depot on Monday.`)).toEqual([
      [PAIR, '2019-03-04', 'the depot', 'reported'],
    ]);
    expect(read(`${D} and ${O} met in secret in Varn on Monday.`)).toEqual([
      [PAIR, '2019-03-04', 'Varn', 'reported'],
    ]);
  });

  test('traps: no one met, a thing faced', () => {
    expect(read(`${D} met face to face with the consequences on Tuesday.`)).toEqual([]);
    expect(read(`${D} met in person on Monday.`)).toEqual([]);
    expect(read(`${D} met alone on Monday.`)).toEqual([]);
    expect(read(`${D} alone met the deadline on Monday.`)).toEqual([]);
  });
});

describe('talks resumed', () => {
  test('"X and Y resumed talks", "X resumed talks with Y"', () => {
    expect(read(`${D} and ${O} resumed talks on Monday at the Grand Hotel in Varn.`)).toEqual([
      [PAIR, '2019-03-04', 'the Grand Hotel in Varn', 'reported'],
    ]);
    expect(read(`${D} resumed talks with ${O} at the ministry on Tuesday.`)).toEqual([
      [PAIR, '2019-03-05', 'the ministry', 'reported'],
    ]);
  });

  test('traps: talks resumed with nameless company, or alone', () => {
    expect(read(`${D} resumed talks with the union on Tuesday.`)).toEqual([]);
    expect(read(`${D} resumed talks on Tuesday.`)).toEqual([]);
  });
});

describe('a passive summons by a person, no place told (summoned-by-person)', () => {
  test('"was called in by", "was summoned by"', () => {
    expect(read(`${O} was called in by ${D} on Tuesday.`)).toEqual([[PAIR, '2019-03-05', null, 'reported']]);
    expect(read(`${O} was summoned by ${D} on Friday.`)).toEqual([[PAIR, '2019-03-08', null, 'reported']]);
  });

  test('traps: called in to act or as an expert, called in by a body', () => {
    expect(read(`${O} was called in by ${D} to advise the board on Tuesday.`)).toEqual([]);
    expect(read(`${O} was called in by ${D} as a consultant on Tuesday.`)).toEqual([]);
    expect(read(`${O} was called in by ${NORVIK} on Tuesday.`)).toEqual([]);
  });
});

describe('a participle set off after a name takes its setting phrase', () => {
  test('"X, speaking after a meeting with Y, said"', () => {
    expect(read(`${D}, speaking after a meeting with ${O} on Tuesday, said the fee would fall.`)).toEqual([
      [PAIR, '2019-03-05', null, 'reported'],
    ]);
    expect(
      read(`${D}, writing after talks with ${O} in Varn on Friday, said the quay would stay open.`),
    ).toEqual([[PAIR, '2019-03-08', 'Varn', 'reported']]);
    // trap: nameless company
    expect(
      read(`${D}, speaking after a meeting with officials on Tuesday, said the fee would fall.`),
    ).toEqual([]);
  });
});

describe('a meeting with no one named in it sets its clause (setting-together, brief-at-meeting)', () => {
  test('a coordinated subject', () => {
    expect(read(`${D} and ${O} discussed the leak at a meeting on Wednesday at the ministry.`)).toEqual([
      [PAIR, '2019-03-06', 'the ministry', 'reported'],
    ]);
    expect(read(`${D} and ${O} spent Thursday morning locked in talks at the ministry.`)).toEqual([
      [PAIR, '2019-03-07', 'the ministry', 'reported'],
    ]);
    expect(read(`${D} and ${L} remained in talks for six hours on Friday.`)).toEqual([
      [DL, '2019-03-08', null, 'reported'],
    ]);
  });

  test('a person briefed or told', () => {
    expect(read(`${O} briefed ${D} on the cuts at a meeting in the ministry on Tuesday.`)).toEqual([
      [PAIR, '2019-03-05', 'the ministry', 'reported'],
    ]);
    expect(read(`${D} told ${O} of the closure at a meeting on Friday.`)).toEqual([
      [PAIR, '2019-03-08', null, 'reported'],
    ]);
  });

  test('traps: one person, the meeting told before, praise, negation, an agreement, nameless company', () => {
    expect(read(`${D} discussed the leak at a meeting on Friday.`)).toEqual([]);
    expect(read(`${D} and ${O} discussed the leak at the meeting.`)).toEqual([]);
    expect(read(`${D} praised ${O} at a meeting on Friday.`)).toEqual([]);
    expect(read(`${D} and ${O} did not discuss the leak at a meeting on Friday.`)).toEqual([]);
    expect(read(`${D} and ${O} agreed the plan during talks in Varn on Friday.`)).toEqual([]);
    expect(read(`${D} and ${O} spent Thursday morning locked in talks with the union.`)).toEqual([]);
    // a state of being in talks, often with a third side
    expect(read(`${D} and ${O} are in talks to buy the club.`)).toEqual([]);
    expect(read(`${D} and ${O} were in talks to buy the club.`)).toEqual([]);
  });
});

describe('a possessive clitic before a name in a list ("the board\'s Okafor")', () => {
  test('forward and backward', () => {
    expect(read(`The meeting between ${D} and the tourism board's ${O} ended without agreement.`)).toEqual([
      [PAIR, null, null, 'reported'],
    ]);
    expect(read(`${D} and the tourism board's ${O} held talks on Monday.`)).toEqual([
      [PAIR, '2019-03-04', null, 'reported'],
    ]);
    // trap: "the board's" before no name
    expect(read(`${D} and the tourism board's chair held talks on Monday.`)).toEqual([]);
  });
});

describe('members of a group named in the next sentence', () => {
  test('"… sat down with <group>. Among them was X, …", "They included X and Y"', () => {
    expect(
      read([
        `${D} sat down with cruise operators on Wednesday.`,
        `Among them was ${O}, chief executive of the line.`,
      ]),
    ).toEqual([[PAIR, '2019-03-06', null, 'reported']]);
    expect(read([`${D} met growers in Varn on Monday.`, `They included ${O} and ${L}.`])).toEqual([
      [DLO, '2019-03-04', 'Varn', 'reported'],
    ]);
  });

  test('traps: what is included is no person, a person only as a possessor, a body', () => {
    expect(read([`${D} met the demands of growers on Monday.`, 'Among them was a cut in fees.'])).toEqual([]);
    expect(read([`${D} met growers in Varn on Monday.`, `Among them was ${O}'s brother.`])).toEqual([]);
    expect(read([`${D} met growers in Varn on Monday.`, `Among them was ${NORVIK}.`])).toEqual([]);
  });
});

describe('a meeting not dated in its own words takes the day of the arrival told just before', () => {
  test('"She arrived at the ministry on Monday. She spent two hours with X."', () => {
    expect(
      read([
        `${D} arrived at the ministry at 9am on Monday.`,
        `[She](person:ana-duarte|pronoun) spent two hours with ${O}.`,
      ]),
    ).toEqual([[PAIR, '2019-03-04', 'the ministry', 'reported']]);
    expect(
      read([`${D} flew to Varn on Tuesday.`, `[She](person:ana-duarte|pronoun) met ${O} at the town hall.`]),
    ).toEqual([[PAIR, '2019-03-05', 'the town hall in Varn', 'reported']]);
  });

  test('traps: the meeting dates itself; a journey planned; a year', () => {
    expect(
      read([
        `${D} flew to Varn on Tuesday.`,
        `[She](person:ana-duarte|pronoun) met ${O} at the town hall on Wednesday.`,
      ]),
    ).toEqual([[PAIR, '2019-03-06', 'the town hall in Varn', 'reported']]);
    expect(
      read([
        `${D} will fly to Varn on Tuesday.`,
        `[She](person:ana-duarte|pronoun) met ${O} at the town hall.`,
      ]),
    ).toEqual([[PAIR, null, 'the town hall', 'reported']]);
    expect(
      read([`${D} flew to Varn last year.`, `[She](person:ana-duarte|pronoun) met ${O} at the town hall.`]),
    ).toEqual([[PAIR, null, 'the town hall in Varn', 'reported']]);
  });
});

describe('joining a person at a place on a named day (join-at-venue)', () => {
  test('"joined X at the studios on Tuesday", "joined X at his office in Varn on Friday"', () => {
    expect(read(`${D} joined ${O} at the studios on Tuesday.`)).toEqual([
      [PAIR, '2019-03-05', 'the studios', 'reported'],
    ]);
    expect(read(`${D} joined ${O} at the depot in Varn on Friday.`)).toEqual([
      [PAIR, '2019-03-08', 'the depot in Varn', 'reported'],
    ]);
  });

  test('traps: a year (a post taken), no time, a body joined', () => {
    expect(read(`${D} joined ${O} at the ministry in 2015.`)).toEqual([]);
    expect(read(`${D} joined ${O} at the studios.`)).toEqual([]);
    expect(read(`${D} joined ${NORVIK} on Tuesday.`)).toEqual([]);
  });
});
