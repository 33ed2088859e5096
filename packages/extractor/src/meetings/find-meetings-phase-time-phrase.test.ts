// "Her meeting with Okafor since the flood took place on Thursday at the depot": a short time phrase closing the
// meeting noun's subject ("since the flood", "after the vote") stands before the predicate that dates and places it.
import { D, O, PAIR, readMeetings } from './testing/read-meetings';

describe('a time phrase between a meeting noun and its predicate', () => {
  test('"since the flood took place on Thursday at the depot": the meeting\'s own date and place', () => {
    expect(
      readMeetings(`${D}'s first meeting with ${O} since the flood took place on Thursday at the depot.`),
    ).toEqual([[PAIR, '2019-03-07', 'the depot', 'reported']]);
    expect(readMeetings(`${D}'s talks with ${O} after the vote began on Tuesday at the town hall.`)).toEqual([
      [PAIR, '2019-03-05', 'the town hall', 'reported'],
    ]);
  });

  test('trap: a clause of time with its own verb keeps its date', () => {
    const [fact] = readMeetings(
      `${D}'s meeting with ${O} took place after the flood hit the town on Thursday.`,
    );
    expect(fact?.[1]).not.toBe('2019-03-07');
  });
});
