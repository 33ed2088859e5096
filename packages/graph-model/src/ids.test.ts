import { articleId, meetingId, personId, slugify, statementId } from './ids';

describe('ids', () => {
  test.each([
    ["Renée O'Neil-Dupré Jr.", 'renee-o-neil-dupre-jr'],
    ['  Ana   Duarte ', 'ana-duarte'],
    ['ÉCOLE Normale', 'ecole-normale'],
    ['Łukasz Ørsted-Æbelø', 'lukasz-orsted-aebelo'],
  ])('slugify(%p) = %p', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });

  it('gives the same person id for the same canonical name however it is written', () => {
    expect(personId('Ana Duarte')).toBe('person:ana-duarte');
    expect(personId('ANA DUARTÉ')).toBe(personId('Ana Duarte'));
  });

  it('keys meetings by participants in any order, date and status', () => {
    const a = meetingId(['person:b', 'person:a'], '2020-07', 'reported');
    expect(meetingId(['person:a', 'person:b'], '2020-07', 'reported')).toBe(a);
    expect(meetingId(['person:a', 'person:b'], '2020-09', 'reported')).not.toBe(a);
    expect(meetingId(['person:a', 'person:b'], '2020-07', 'planned')).not.toBe(a);
  });

  it('keys statements by speaker and wording, ignoring quote marks, case and spacing', () => {
    const straight = statementId(['person:a'], '"We never met," she said');
    expect(statementId(['person:a'], '“We  never met,” SHE said')).toBe(straight);
    expect(statementId(['person:b'], '"We never met," she said')).not.toBe(straight);
  });

  it('keys articles by their text, not their path', () => {
    expect(articleId('same text')).toBe(articleId('same text'));
    expect(articleId('same text')).not.toBe(articleId('other text'));
  });
});
