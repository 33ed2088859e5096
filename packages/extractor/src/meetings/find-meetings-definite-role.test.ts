// "Petrov, the club's owner, flew in … the owner met Harris": a definite role description the entity layer left
// unresolved stands for the person given that role before it, mentioned nearest. Invented articles, whole pipeline.
import { extractedMeetings } from './testing/extracted-meetings';

function linesOf(story: string): string[] {
  return extractedMeetings(`Talks in the north\n\n${story}`)
    .map(m => `${m.parties} ${m.date}`)
    .sort();
}

describe('a definite role description as a party', () => {
  test('"X, the club\'s owner, … the owner met Y": the person given the role before', () => {
    expect(
      linesOf(
        "Roman Petrov, the club's owner, flew into Velmora on Monday. On Tuesday the owner met John Harris at the stadium.",
      ),
    ).toEqual(['John Harris + Roman Petrov 2022-03-08']);
    expect(
      linesOf(
        'The city hired Maria Keller as its chief negotiator in January. The negotiator met Peter Walsh at the port on Tuesday.',
      ),
    ).toEqual(['Maria Keller + Peter Walsh 2022-03-08']);
  });

  test('trap: a one-word "person" with the role may be a mistyped place or firm: no meeting', () => {
    expect(
      linesOf(
        'Brackwater, the depot developer, filed plans on Monday. The developer met John Harris on Tuesday.',
      ),
    ).toEqual([]);
  });

  test('trap: the role given only after the description is not the one meant by "the"', () => {
    expect(
      linesOf('On Tuesday the negotiator met Peter Walsh at the port. Maria Keller is the chief negotiator.'),
    ).toEqual([]);
  });

  test('"named X as its envoy … The envoy met Y"; "named X … The cabinet pick met Y"', () => {
    expect(
      linesOf(
        "Velland's government on Monday named Maria Keller, a former trade negotiator, as its envoy to the talks. The envoy met Peter Walsh on Tuesday.",
      ),
    ).toEqual(['Maria Keller + Peter Walsh 2022-03-08']);
    expect(
      linesOf(
        'The president on Monday named Maria Keller to the cabinet. The cabinet pick met Peter Walsh on Wednesday.',
      ),
    ).toEqual(['Maria Keller + Peter Walsh 2022-03-09']);
  });

  test('trap: two people chosen in the same sentence leave "the pick" open', () => {
    expect(
      linesOf(
        'The president on Monday named Maria Keller and John Harris to the cabinet. The cabinet pick met Peter Walsh on Wednesday.',
      ),
    ).toEqual([]);
  });
});
