import { annotate } from './testing/annotate';
import { findStatements } from './index';

describe('paraphrase and quote', () => {
  it('rebinds a pronoun attribution to the speaker of the paraphrase it follows', () => {
    const analysis = annotate([
      '[Duarte](person:ana-duarte|surname) denied the report. "It is false," [she](person:lena-ortiz) said.',
    ]);
    expect(findStatements(analysis, []).map(s => [s.speakerIds, s.text, s.kind])).toEqual([
      [['person:ana-duarte'], 'It is false', 'denial'],
    ]);
  });

  it('keeps a refusal apart from the quote after it: what was not said is not what was said', () => {
    const analysis = annotate([
      '[Lin](person:bo-lin|surname) declined to say whether the mine would reopen. "Safety comes before output," [he](person:bo-lin) said.',
    ]);
    expect(findStatements(analysis, []).map(s => [s.text, s.kind])).toEqual([
      ['declined to say whether the mine would reopen', 'refusal'],
      ['Safety comes before output', 'claim'],
    ]);
  });

  it('does not rebind a pronoun to an organization', () => {
    const analysis = annotate([
      '[The ministry](organization:ministry|description) denied the report. "It is false," [he](person:bo-lin) said.',
    ]);
    expect(findStatements(analysis, []).map(s => s.speakerIds)).toEqual([
      ['organization:ministry'],
      ['person:bo-lin'],
    ]);
  });

  it('keeps a quote with its own clause of attribution apart from the paraphrase before it', () => {
    const analysis = annotate([
      '[Lin](person:bo-lin|surname) dismissed the audit as "a smear." [Lin](person:bo-lin|surname) defended the staff, saying: "Everyone did their job."',
    ]);
    expect(findStatements(analysis, []).map(s => s.text)).toEqual([
      'dismissed the audit as "a smear."',
      'Everyone did their job',
    ]);
  });

  it('folds a short characterization into the quote that spells it out', () => {
    const analysis = annotate([
      '[Duarte](person:ana-duarte|surname) insisted [Lin](person:bo-lin|surname) was "a fine engineer." "He built half the bridges in the region," [she](person:ana-duarte) said.',
    ]);
    expect(findStatements(analysis, []).map(s => [s.speakerIds, s.text])).toEqual([
      [['person:ana-duarte'], 'He built half the bridges in the region'],
    ]);
  });

  it('keeps a charge and a quote that says something further apart', () => {
    const analysis = annotate([
      '[Duarte](person:ana-duarte|surname) said the council had sold the land cheaply. "They handed it to friends," [she](person:ana-duarte) said.',
    ]);
    expect(findStatements(analysis, []).map(s => [s.speakerIds, s.text, s.kind])).toEqual([
      [['person:ana-duarte'], 'the council had sold the land cheaply', 'claim'],
      [['person:ana-duarte'], 'They handed it to friends', 'claim'],
    ]);
  });
});
