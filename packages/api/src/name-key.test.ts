import { SPECIAL_FOLDS, toNameKey, toNameTokens, toSlug } from './name-key';

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

test('toNameKey folds a whole name as it folds each of its characters', () => {
  // The reference: the same fold applied one character at a time (special letters, else NFKD without marks).
  const foldEach = (text: string): string =>
    Array.from(
      text.toLowerCase(),
      c =>
        SPECIAL_FOLDS[c] ??
        c
          .normalize('NFKD')
          .replace(/\p{M}/gu, '')
          .replace(/[^\p{L}\p{N}]/gu, ''),
    ).join('');
  for (const name of [
    'İsmail Œzdemir',
    'Ǣlfric Þórsson',
    'Đorđe Ħabib',
    'ＡＮＡ　ＤＵＡＲＴＥ',
    'Nguyễn Thị Ánh',
    '김민준',
    'O’Brien-Smith Jr.',
    'ﬁona ǆukić',
  ]) {
    expect(toNameKey(name)).toBe(foldEach(name));
  }
});
