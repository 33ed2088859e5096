// "showed X around the plant" is a guided visit: the guide and the visitor met. Invented sentences only (a
// brewery's licensing review).
import { readMeetings as read } from './testing/read-meetings';

const VARGA = '[Tamsin Varga](person:tamsin-varga)';
const HE = '[he](person:teodor-blum|pronoun)';
const BLUM = '[Teodor Blum](person:teodor-blum)';
const PAIR = 'person:tamsin-varga+person:teodor-blum';

describe('findMeetings: "showed X around <place>"', () => {
  test('a guide shows a named visitor around, while giving an account', () => {
    expect(read(`${BLUM} explained the delays while ${HE} showed ${VARGA} around the brewhouse.`)).toEqual([
      [PAIR, null, null, 'reported'],
    ]);
  });

  test('"showed X around the site on Tuesday": dated by its own clause', () => {
    expect(read(`${BLUM} showed ${VARGA} around the site on Tuesday.`)).toEqual([
      [PAIR, '2019-03-05', null, 'reported'],
    ]);
  });

  test('trap: showing someone a document is no visit', () => {
    expect(read(`${BLUM} showed ${VARGA} the licence figures.`)).toEqual([]);
  });

  test('trap: a visit still to come is planned', () => {
    expect(read(`${BLUM} will show ${VARGA} around the brewhouse next week.`)).toEqual([
      [PAIR, expect.anything(), null, 'planned'],
    ]);
  });
});
