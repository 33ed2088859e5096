import { toNameKey, toNameTokens, toSlug } from './name-key';

describe('toNameKey', () => {
  test.each([
    ['Ana Duarte', 'anaduarte'],
    ['ANA DUARTE', 'anaduarte'],
    ['José García-López', 'josegarcialopez'],
    ['Łukasz Øster', 'lukaszoster'],
    ['Straße', 'strasse'],
    ['Tomás O’Rourke', 'tomasorourke'],
    ['  ', ''],
  ])('%s -> %s', (input, expected) => {
    expect(toNameKey(input)).toBe(expected);
  });
});

test('toNameTokens splits words and folds each', () => {
  expect(toNameTokens('José  García-López')).toEqual(['jose', 'garcia', 'lopez']);
});

test('toSlug matches the extractor id slugs', () => {
  expect(toSlug("Renée O'Neil-Dupré Jr.")).toBe('renee-o-neil-dupre-jr');
});
