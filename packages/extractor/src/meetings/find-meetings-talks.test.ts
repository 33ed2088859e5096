// How news tells talks: "talks at the guild hall between X and Y", "talks …, chaired by Z, collapsed on
// Thursday", "Z, who had chaired them, said …". Invented sentences only (a theatre-workers' dispute).
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
    ['"broke down on <day>"', `Talks between ${VOSS} and ${IBEKWE} broke down on Thursday.`],
    [
      'after a participle phrase between commas',
      `Talks between ${VOSS} and ${IBEKWE}, chaired by the ${GUILD}, collapsed on Thursday night.`,
    ],
    [
      'after an apposition between commas',
      `Talks between ${VOSS} and ${IBEKWE}, the guild's treasurer, ended late on Thursday.`,
    ],
  ])('%s', (_name, sentence) => {
    expect(read(sentence)).toEqual([[PAIR, '2019-03-07', null, 'reported']]);
  });

  test("trap: another event's date after a predicate of consequence is not the meeting's", () => {
    expect(read(`Talks between ${VOSS} and ${IBEKWE} led to a walkout on Thursday.`)).toEqual([
      [PAIR, null, null, 'reported'],
    ]);
  });
});

describe('findMeetings: whoever chairs the talks takes part in them', () => {
  const TOLD = `${VOSS} met ${IBEKWE} in Leeds on Monday.`;
  const TRIO = 'person:clara-voss+person:nkechi-amadi+person:obi-ibekwe';
  const AMADI = '[Nkechi Amadi](person:nkechi-amadi)';

  test.each([
    ['"Z, who had chaired them, said"', `${AMADI}, who had chaired them, said little.`],
    ['"Z chaired the talks"', `${AMADI} chaired the talks.`],
    ['"Z presided over the meeting"', `${AMADI} presided over the meeting.`],
  ])('%s joins Z to the meeting told before', (_name, sentence) => {
    expect(read([TOLD, sentence]).map(f => f[0])).toEqual([TRIO, TRIO]);
  });

  test('"Z chaired talks between X and Y" is a meeting of the three', () => {
    expect(read(`${AMADI} chaired talks between ${VOSS} and ${IBEKWE} on Monday.`)).toEqual([
      [TRIO, '2019-03-04', null, 'reported'],
    ]);
  });

  test('trap: an organization that chairs is no side of the talks (the sentence only cites them)', () => {
    expect(read([TOLD, `The ${GUILD} chaired the talks.`]).map(f => f[0])).toEqual([PAIR, PAIR]);
  });

  test('trap: "chaired them" where "them" names people is no meeting', () => {
    expect(
      read([TOLD, `${AMADI} chaired [them](person:clara-voss+person:obi-ibekwe|pronoun) for years.`]).map(
        f => f[0],
      ),
    ).toEqual([PAIR]);
  });
});
