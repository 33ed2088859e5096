// "X, the <role>, and Y, who …, met": appositions and relative clauses inside a coordinated subject. Invented
// sentences only (a museum loan).
import { readMeetings as read } from './testing/read-meetings';

const VARGA = '[Ilse Varga](person:ilse-varga)';
const MUSEUM = '[museum](organization:tessaly-museum)';
const PERNELL = '[Ysolde Pernell](person:ysolde-pernell)';
const PAIR = 'person:ilse-varga+person:ysolde-pernell';

describe('findMeetings: an apposition inside a coordinated subject', () => {
  test('"X, the <Org>\'s <role>, and Y, who ..., met" is a meeting of X and Y', () => {
    const sentence = `${VARGA}, the ${MUSEUM}'s director, and ${PERNELL}, who has run the archive since 2015, met at a cafe in Tromso on Monday.`;
    expect(read(sentence)).toEqual([[PAIR, '2019-03-04', 'a cafe in Tromso', 'reported']]);
  });

  test('"X, the <role>, and Y met"', () => {
    expect(read(`${VARGA}, the director, and ${PERNELL} met on Monday.`)).toEqual([
      [PAIR, '2019-03-04', null, 'reported'],
    ]);
  });

  test('trap: a bare plural between commas is a list member, and unnamed: no meeting', () => {
    expect(read(`${VARGA}, curators, and ${PERNELL} met on Monday.`)).toEqual([]);
  });
});
