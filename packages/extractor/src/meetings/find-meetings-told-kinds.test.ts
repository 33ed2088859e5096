// More ways news tells a meeting (invented articles only, through the whole pipeline): each kind with a trap.
import { extractedMeetings } from './testing/extracted-meetings';

function linesOf(story: string): string[] {
  return extractedMeetings(`Talks in the north\n\n${story}`)
    .map(m => `${m.parties} ${m.date}`)
    .sort();
}

describe('"the two", "both men" after a meeting told as planned or denied', () => {
  test('"X is to meet Y on Friday. The two met last month": the pair told last, whatever its status', () => {
    expect(
      linesOf('Maria Keller is scheduled to meet Peter Walsh on Friday. The two met last month in Velmora.'),
    ).toEqual(['Maria Keller + Peter Walsh 2022-02', 'Maria Keller + Peter Walsh 2022-03-11']);
  });

  test('trap: "the two" with no pair told before names no one', () => {
    expect(linesOf('Maria Keller spoke to Peter Walsh by phone on Friday. The two met last month in Velmora.')).toEqual(
      [],
    );
  });
});
