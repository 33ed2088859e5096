import {
  isOneEditApart,
  readQuotedWords,
  sharesQuotedWords as sharesQuotedRuns,
} from './shared-quoted-words';

const sharesQuotedWords = (framed: string, other: string) =>
  sharesQuotedRuns(readQuotedWords(framed), readQuotedWords(other));

describe('sharesQuotedWords', () => {
  const FRAMED = 'dismissed the audit as "a work of pure fiction" and "unprofessional"';

  it('finds the quoted run in another wording of the remark', () => {
    expect(sharesQuotedWords(FRAMED, 'The audit is a work of pure fiction, written to order')).toBe(true);
  });

  it('lets a long word differ by one letter (a spelling or translation variant)', () => {
    expect(
      sharesQuotedWords(
        'called the plan "a threat to regional organisation"',
        'This is a threat to regional organization',
      ),
    ).toBe(true);
  });

  test.each([
    [
      'a short quoted word only',
      'called the audit "unprofessional"',
      'The audit was unprofessional and late',
    ],
    ['a run that is not there', FRAMED, 'The audit is a work of fiction'],
    ['a short word that differs', 'said it was "a matter for the board"', 'It is a matter for the court'],
    [
      'no quotation marks at all',
      'dismissed the audit as a work of pure fiction',
      'The audit is a work of pure fiction',
    ],
  ])('is false for %s', (_name, framed, other) => {
    expect(sharesQuotedWords(framed, other)).toBe(false);
  });
});

describe('isOneEditApart', () => {
  test.each([
    ['organisation', 'organization', true],
    ['defence', 'defense', true],
    ['favour', 'favor', true],
    ['program', 'programme', false],
    ['contact', 'contract', true],
    ['recruit', 'recount', false],
  ])('%s / %s -> %s', (a, b, expected) => {
    expect(isOneEditApart(a, b)).toBe(expected);
  });
});

describe('a partial quote inside another outlet quotation', () => {
  const partial = readQuotedWords('the firm was "helping fully" with the audit');
  it('two quoted words found in a full quotation of the same speaker make one remark', () => {
    const quotation = readQuotedWords('We are helping fully with the audit and will publish it');
    expect(sharesQuotedRuns(partial, quotation, true)).toBe(true);
  });
  it('but not in another paraphrase, where two words can be a coincidence', () => {
    const paraphrase = readQuotedWords('the firm said it was helping fully with the audit');
    expect(sharesQuotedRuns(partial, paraphrase, false)).toBe(false);
  });
});
