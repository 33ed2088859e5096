// Kinds of the eleventh session (meet11c), from invented one-sentence articles, each with variants and a trap:
// "last" as an adverb before the verb ("X and Y last met in May"), the idiom "came face to face" with a coordinated
// subject and no with-phrase, and "session" as a meeting noun after a light verb with an apposed list of parties.
import { D, L, O, PAIR, readMeetings as read } from './testing/read-meetings';

const DLO = 'person:ana-duarte+person:min-lee+person:tunde-okafor';

describe('"last" before a meeting verb is an adverb of time', () => {
  test('"X and Y last met in <month>", "X last met Y"', () => {
    expect(read(`${D} and ${O} last met in January, at a conference in Varn.`)).toEqual([
      [PAIR, '2019-01', 'a conference in Varn', 'reported'],
    ]);
    expect(read(`${D} last met ${O} in February.`)).toEqual([[PAIR, '2019-02', null, 'reported']]);
    expect(read(`${O} and ${D} had last met at the harbour in Varn.`)).toEqual([
      [PAIR, null, 'Varn', 'reported'],
    ]);
  });

  test('traps: a deadline met, one person alone', () => {
    expect(read(`${D} last met the deadline in January.`)).toEqual([]);
    expect(read(`${D} last met in January at a conference in Varn.`)).toEqual([]);
  });
});

describe('"came face to face" with a coordinated subject', () => {
  test('"X and Y came face to face at <occasion>"', () => {
    expect(read(`${D} and ${O} came face to face at a public meeting in Varn on Thursday evening.`)).toEqual([
      [PAIR, '2019-03-07', 'Varn', 'reported'],
    ]);
    expect(read(`${D} and ${O} came face to face in Varn on Monday.`)).toEqual([
      [PAIR, '2019-03-04', 'Varn', 'reported'],
    ]);
  });

  test('traps: the consequences faced, a single subject', () => {
    expect(read(`${D} and ${O} came face to face with the consequences in Varn on Thursday.`)).toEqual([]);
    expect(read(`${D} came face to face at last in Varn on Thursday.`)).toEqual([]);
  });
});

describe('"session" as a meeting noun', () => {
  test('"X held a session with <role>, Y, and <role>, Z"', () => {
    expect(
      read(
        `The regulator's chair, ${D}, held a session on Monday with the firm's chief executive, ${O}, and its technical director, ${L}.`,
      ),
    ).toEqual([[DLO, '2019-03-04', null, 'reported']]);
    expect(read(`${D} had a long session with ${O} in Varn on Tuesday.`)).toEqual([
      [PAIR, '2019-03-05', 'Varn', 'reported'],
    ]);
  });

  test('traps: a session of a body, a session with no one named', () => {
    expect(read(`${D} held a session of parliament on Monday.`)).toEqual([]);
    expect(read(`${D} held a training session with staff on Monday.`)).toEqual([]);
  });
});

describe('taking a person on an outing', () => {
  test('"X took Y on a tour of <place>", "X led Y on a walk"', () => {
    expect(read(`${D} took ${O} on a tour of the quayside on Saturday.`)).toEqual([
      [PAIR, '2019-03-02', null, 'reported'],
    ]);
    expect(read(`${D} led ${O} on a short walk through Varn on Monday.`)).toEqual([
      [PAIR, '2019-03-04', null, 'reported'],
    ]);
  });

  test('traps: a person taken on as staff, a case taken to court, a thing on a tour', () => {
    expect(read(`${D} took ${O} on as an adviser on Saturday.`)).toEqual([]);
    expect(read(`${D} took the case to court on Monday.`)).toEqual([]);
    expect(read(`${D} took her band on a tour of the north on Monday.`)).toEqual([]);
  });
});

describe('a board stands for the person told as chairing it', () => {
  test('"talks with the board of <body>, whose chair, X, …", "met the board, chaired by X"', () => {
    expect(
      read(
        `${D} had talks on Wednesday with the board of the port authority, whose chair, ${O}, called the meeting useful.`,
      ),
    ).toEqual([[PAIR, '2019-03-06', null, 'reported']]);
    expect(read(`On Friday ${D} met the board, chaired by ${O}, in Varn.`)).toEqual([
      [PAIR, '2019-03-08', null, 'reported'],
    ]);
  });

  test('traps: a board whose chair is not named, a union with a leader (a body, not a group led)', () => {
    expect(
      read(`${D} had talks on Wednesday with the board of the port authority, whose chair said little.`),
    ).toEqual([]);
    expect(read(`On Friday ${D} sat down with the dockers' union, led by ${O}.`)).toEqual([]);
  });
});
