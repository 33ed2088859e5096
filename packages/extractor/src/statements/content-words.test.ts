import { measureContainment, stem, toContentWords, toPropositionWords } from './content-words';

describe('content words', () => {
  test.each([
    ['meetings', 'meet'],
    ['discussed', 'discuss'],
    ['admitted', 'admit'],
    ['ferries', 'ferry'],
    ['denied', 'deny'],
    ['harbour', 'harbour'],
  ])('stem(%s) = %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('drops function words and possessives', () => {
    expect(toContentWords("The minister's aides were told about the plan")).toEqual([
      'minister',
      'aide',
      'plan',
    ]);
  });

  it('sets negation and names aside for comparing propositions', () => {
    expect(toPropositionWords('I never discussed the tender with Lin')).toEqual(['discuss', 'tender']);
  });

  it('measures how much of the smaller set lies in the other', () => {
    expect(measureContainment(['a', 'b'], ['a', 'b', 'c', 'd'])).toBe(1);
    expect(measureContainment(['a', 'x'], ['a', 'b'])).toBe(0.5);
  });
});
