// Invented sentences: places after prepositions are never people; a first name the tagger read as a place
// ("Anna Hill") is still a person when the name is the subject or object of a verb.
import type { ArticleAnalysis } from '../analysis';
import { analyzeArticle } from './analyze-article';

const analyze = (text: string): ArticleAnalysis => analyzeArticle({ path: 'test.txt', text });
const people = (a: ArticleAnalysis): string[] =>
  [...a.entities.values()]
    .filter(e => e.label === 'Person')
    .map(e => e.name)
    .sort();

describe('collectMentions: places after prepositions', () => {
  it.each([
    'The consulate in Valmora declined to comment on the visa dispute.',
    'Fishermen at Kelsport said the catch had fallen for three years.',
    'Lorries from Dunravel reported long queues at the border on Friday.',
  ])('%j names no person', text => {
    expect(people(analyze(text))).toEqual([]);
  });

  it('keeps a town out of the people when it opens a dateline and follows "in"', () => {
    const text =
      'Ferry fares rise again on the island routes\n\nKELSPORT (Coast Gazette) Ferry operator Bluewake raised fares on Monday.\n\nTravellers in Kelsport said the rise was unfair.\n';
    expect(people(analyze(text))).toEqual([]);
  });

  it('reads a verb after the dateline town as no person evidence, but keeps a real speaker', () => {
    const text =
      'Ferry fares rise again on the island routes\n\nKELSPORT, May 3 (Coast Gazette) - Ferry operator Bluewake raised fares.\n\nLise Brennan said the rise was unfair. Kelsport declined to comment.\n';
    expect(people(analyze(text))).toEqual(['Lise Brennan']);
  });
});

describe('collectMentions: a first name read as a place', () => {
  it.each([
    ['The mayor, Tomas Berg, met Anna Hill on Friday before the council vote.', ['Anna Hill', 'Tomas Berg']],
    ['Investigators questioned Maria Wood for three hours, the police said.', ['Maria Wood']],
  ])('%j -> %j', (text, expected) => {
    expect(people(analyze(text))).toEqual(expected);
  });

  it('leaves a real place after a verb alone', () => {
    expect(people(analyze('The hikers reached Victoria Falls on Sunday after a long climb.'))).toEqual([]);
  });
});

describe('collectMentions: a relative "who" after an unknown name', () => {
  it('makes two capitalised words a person', () => {
    expect(people(analyze('Ottoline Quarrie, who chaired the panel, said the vote was close.'))).toEqual([
      'Ottoline Quarrie',
    ]);
  });

  it.each([
    'The Varden Trust, who run the archive, said the vote was close.',
    'Officials at Harbour Hall, who run the archive, said the vote was close.',
  ])('trap: %j names no person', text => {
    expect(people(analyze(text))).toEqual([]);
  });
});
