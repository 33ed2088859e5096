// Kinds a private bench of invented news sentences found missed (session 9), through the whole pipeline: each
// kind with paraphrases and a trap.
import { extractedMeetings } from './testing/extracted-meetings';

function linesOf(story: string): string[] {
  return extractedMeetings(`News of the day\n\n${story}`)
    .filter(m => m.status === 'reported')
    .map(m => `${m.parties} ${m.date}`)
    .sort();
}

describe('a description set before a name, with no comma', () => {
  test('"oil executive X", "Port of Y director X", "reality TV beauty X": the name heads the phrase', () => {
    expect(
      linesOf('Talks between Maria Keller and oil executive Peter Walsh took place on Wednesday.'),
    ).toEqual(['Maria Keller + Peter Walsh 2022-03-09']);
    expect(linesOf('Maria Keller met with Port of Velmora director Peter Walsh on Tuesday.')).toEqual([
      'Maria Keller + Peter Walsh 2022-03-08',
    ]);
    expect(linesOf('Maria Keller had lunch with reality TV star Peter Walsh on Tuesday.')).toEqual([
      'Maria Keller + Peter Walsh 2022-03-08',
    ]);
  });

  test('trap: a description that is no name ("oil producers") adds no party; a verb ends the description', () => {
    expect(linesOf('Talks between Maria Keller and oil producers stalled on Wednesday.')).toEqual([]);
    expect(
      linesOf('Talks between Maria Keller and oil producers stalled, Peter Walsh said on Wednesday.'),
    ).toEqual([]);
  });
});
