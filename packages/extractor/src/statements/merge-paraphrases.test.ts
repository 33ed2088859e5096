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

  it('folds a reported denial into the denying quotation of the next sentence, whatever words each uses', () => {
    const analysis = annotate([
      '[Lin](person:bo-lin|surname) said the story was "simply false". "I have never set foot in that yard," [he](person:bo-lin) added.',
    ]);
    expect(findStatements(analysis, []).map(s => [s.text, s.kind])).toEqual([
      ['I have never set foot in that yard', 'denial'],
    ]);
  });

  it('keeps a reported denial apart from a quotation of another kind after it (trap)', () => {
    const analysis = annotate([
      '[Lin](person:bo-lin|surname) said the story was "simply false". "The yard will hire forty welders in May," [he](person:bo-lin) added.',
    ]);
    expect(findStatements(analysis, []).map(s => [s.text, s.kind])).toEqual([
      ['the story was "simply false"', 'denial'],
      ['The yard will hire forty welders in May', 'claim'],
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

  it('keeps a paraphrase that quotes words of its own apart from the quotation after it', () => {
    const analysis = annotate([
      '[Lin](person:bo-lin|surname) said the crews had been "kept in the dark for a year" about the future of the yard. "They told us the yard was safe, then they sold the cranes," [he](person:bo-lin) said.',
    ]);
    expect(findStatements(analysis, []).map(s => s.text)).toEqual([
      'the crews had been "kept in the dark for a year" about the future of the yard',
      'They told us the yard was safe, then they sold the cranes',
    ]);
  });

  it('still folds a paraphrase that quotes only a noun phrase into the quotation that spells it out', () => {
    const analysis = annotate([
      '[Lin](person:bo-lin|surname) said the "deeply hostile mood" was hurting the yard. "This hostile climate on the quay makes every order harder to win," [he](person:bo-lin) said.',
    ]);
    expect(findStatements(analysis, []).map(s => s.text)).toEqual([
      'This hostile climate on the quay makes every order harder to win',
    ]);
  });

  it('still folds a paraphrase whose quoted words the quotation repeats', () => {
    const analysis = annotate([
      '[Lin](person:bo-lin|surname) said the yard was "perfectly safe". "The yard was perfectly safe and the cranes were sound," [he](person:bo-lin) said.',
    ]);
    expect(findStatements(analysis, []).map(s => s.text)).toEqual([
      'The yard was perfectly safe and the cranes were sound',
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

describe('a lead stance and the quotation that words it', () => {
  it('folds a denial into a quotation of the same kind a sentence or two later', () => {
    const analysis = annotate([
      '[Lin](person:bo-lin|surname) denied reports that he had sold the harbour farm. The farm was valued at two million. "I have never met the buyer," [he](person:bo-lin|pronoun) said.',
    ]);
    expect(findStatements(analysis, []).map(s => [s.text, s.kind])).toEqual([
      ['I have never met the buyer', 'denial'],
    ]);
  });

  it('keeps a stance with its own clause apart from a quotation of another kind', () => {
    const analysis = annotate([
      '[Lin](person:bo-lin|surname) issued a statement denying that he would leave the club. "I have known the owner for twenty years," [he](person:bo-lin|pronoun) said.',
    ]);
    expect(findStatements(analysis, []).map(s => [s.text, s.kind])).toEqual([
      ['denying that he would leave the club', 'denial'],
      ['I have known the owner for twenty years', 'claim'],
    ]);
  });

  it('ends the stance at a clause of time once its own clause has a verb', () => {
    const analysis = annotate([
      '[Lin](person:bo-lin|surname) issued a statement denying that he would leave the club after the paper revealed he had dined with the owner.',
    ]);
    expect(findStatements(analysis, []).map(s => s.text)).toEqual(['denying that he would leave the club']);
  });
});

describe('mouthpieces', () => {
  it('an unnamed spokesperson speaks for the organization, and "the spokesperson" later too', () => {
    const analysis = annotate([
      'A [Corvane](organization:corvane) spokesperson said the depot would reopen in May.',
      '"We have hired forty more drivers for the winter routes and the new timetable starts in March," the spokesperson said.',
    ]);
    expect(findStatements(analysis, []).map(s => [s.speakerIds.join(), s.text])).toEqual([
      ['organization:corvane', 'the depot would reopen in May'],
      [
        'organization:corvane',
        'We have hired forty more drivers for the winter routes and the new timetable starts in March',
      ],
    ]);
  });

  it('"the statement added" speaks for the one who issued it', () => {
    const analysis = annotate([
      '[Corvane](organization:corvane) in a statement sent to reporters on Monday rejected reports that its depot had leaked. The statement added that the depot was safe.',
    ]);
    expect(findStatements(analysis, []).map(s => [s.speakerIds.join(), s.kind])).toEqual([
      ['organization:corvane', 'denial'],
      ['organization:corvane', 'claim'],
    ]);
  });

  it('a named spokesperson speaks for themself', () => {
    const analysis = annotate([
      '[Corvane](organization:corvane) spokeswoman [Ana Duarte](person:ana-duarte) said the depot would reopen in May.',
    ]);
    expect(findStatements(analysis, []).map(s => s.speakerIds.join())).toEqual(['person:ana-duarte']);
  });
});
