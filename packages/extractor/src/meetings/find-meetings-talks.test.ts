// How news tells talks: "talks at the guild hall between X and Y", "talks …, chaired by Z, broke down on
// Wednesday", "Z, who chaired them, said …". Invented sentences only (a theatre-workers' dispute).
import { readMeetings as read } from './testing/read-meetings';

const VOSS = '[Clara Voss](person:clara-voss)';
const IBEKWE = '[Ibekwe](person:obi-ibekwe)';
const GUILD = '[Stagehands Guild](organization:stagehands-guild)';
const PAIR = 'person:clara-voss+person:obi-ibekwe';

describe('findMeetings: a place between the meeting noun and its parties', () => {
  test('"talks at <venue> between X and Y" is a meeting of X and Y at the venue', () => {
    expect(read(`Talks at the ${GUILD} between ${VOSS} and ${IBEKWE} were tense.`)).toEqual([
      [PAIR, null, 'the Stagehands Guild', 'reported'],
    ]);
  });

  test('trap: a "with" phrase set off by a comma after the place names no parties', () => {
    expect(read(`Talks at the ${GUILD}, with ${VOSS} and ${IBEKWE} absent, were tense.`)).toEqual([]);
  });
});

describe('findMeetings: the predicate that tells how the talks went dates them', () => {
  test.each([
    ['"broke down on <day>"', `Talks between ${VOSS} and ${IBEKWE} broke down on Wednesday.`],
    [
      'after a participle phrase between commas',
      `Talks between ${VOSS} and ${IBEKWE}, chaired by the ${GUILD}, collapsed on Wednesday evening.`,
    ],
    [
      'after an apposition between commas',
      `Talks between ${VOSS} and ${IBEKWE}, the guild's treasurer, ended late on Wednesday.`,
    ],
  ])('%s', (_name, sentence) => {
    expect(read(sentence)).toEqual([[PAIR, '2019-03-06', null, 'reported']]);
  });

  test("trap: another event's date after a predicate of consequence is not the meeting's", () => {
    expect(read(`Talks between ${VOSS} and ${IBEKWE} led to a walkout on Wednesday.`)).toEqual([
      [PAIR, null, null, 'reported'],
    ]);
  });
});
