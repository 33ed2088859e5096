// An adverbial gerund takes the main clause's subject: "Marlow spoke after chairing a meeting with X and Y" ->
// Marlow, X and Y met. Invented sentences only (an orchestra's contract dispute).
import { readMeetings as read } from './testing/read-meetings';

const MARLOW = '[Ines Marlow](person:ines-marlow)';
const SHE = '[She](person:ines-marlow|pronoun)';
const TEAGUE = '[Rolf Teague](person:rolf-teague)';
const ASANTE = '[Efua Asante](person:efua-asante)';
const TRIO = 'person:efua-asante+person:ines-marlow+person:rolf-teague';

describe('findMeetings: the subject of "after chairing a meeting with X and Y" takes part', () => {
  test('a pronoun subject of the main clause chairs the meeting', () => {
    expect(read(`${SHE} spoke after chairing a meeting with ${TEAGUE} and ${ASANTE}.`)).toEqual([
      [TRIO, null, null, 'reported'],
    ]);
  });

  test('a fronted gerund clause takes the subject after the comma', () => {
    expect(read(`After hosting talks with ${TEAGUE} and ${ASANTE}, ${MARLOW} left the hall.`)).toEqual([
      [TRIO, null, null, 'reported'],
    ]);
  });

  test('"a three-hour meeting at the <venue> in <town> with X": one meeting, the venue and town before the parties', () => {
    expect(
      read(
        `${SHE} talked to reporters after chairing a three-hour meeting at the concert hall in Brindlow with ${TEAGUE} and ${ASANTE}.`,
      ),
    ).toEqual([[TRIO, null, 'the concert hall in Brindlow', 'reported']]);
  });

  test('trap: the main clause says the gerund is still to come', () => {
    expect(
      read(`${SHE} will speak after chairing a meeting with ${TEAGUE} and ${ASANTE} next week.`),
    ).toEqual([[TRIO, expect.anything(), null, 'planned']]);
  });

  test('trap: after chairing a phone call no one met', () => {
    expect(read(`${SHE} spoke after chairing a phone call with ${TEAGUE} and ${ASANTE}.`)).toEqual([]);
  });
});
