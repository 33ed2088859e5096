import { annotate } from './testing/annotate';
import { findStatements } from './index';

function speakersOf(paragraphs: string[]): Array<[string, string]> {
  return findStatements(annotate(paragraphs), []).map(s => [s.speakerIds.join(), s.text]);
}

describe('unresolved "he said" bound to the speaker before it', () => {
  it('goes on with the person just quoted when a caption stood between', () => {
    expect(
      speakersOf([
        '"The ferry will sail again in spring," [Bo Lin](person:bo-lin) told reporters.',
        'He said the crews had been paid in full.',
      ]),
    ).toEqual([
      ['person:bo-lin', 'The ferry will sail again in spring'],
      ['person:bo-lin', 'the crews had been paid in full'],
    ]);
  });

  it('prefers the person the last sentence opened on over an earlier speaker', () => {
    expect(
      speakersOf([
        '"We left the table first," [Ana Duarte](person:ana-duarte) said.',
        '[Bo Lin](person:bo-lin) has said little since. In a letter on Friday he rejected claims that the depot had leaked.',
      ]).map(([id]) => id),
    ).toEqual(['person:ana-duarte', 'person:bo-lin']);
  });

  it('never binds "she" to a man, and "said he would" opens a clause rather than inverting', () => {
    const analysis = annotate([
      '"We will appeal," [Bo Lin](person:bo-lin) said.',
      'She said the depot was safe.',
    ]);
    analysis.entities.get('person:bo-lin')!.gender = 'male';
    expect(findStatements(analysis, []).map(s => s.speakerIds.join())).toEqual(['person:bo-lin']);
  });
});
