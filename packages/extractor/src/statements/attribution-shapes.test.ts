// Attribution shapes of session 9, round 2 (stmt9b): where the speaker is found. Invented sentences only.
import { annotate } from './testing/annotate';
import { findStatements } from './index';

const ORG = 'organization:corvane';
const DUARTE = 'person:ana-duarte';

function read(paragraphs: string[]) {
  return findStatements(annotate(paragraphs), []).map(s => ({
    speakers: s.speakerIds,
    text: s.text,
    kind: s.kind,
  }));
}

describe('attribution shapes: examples', () => {
  test.each<[string, string[], { speakers: string[]; text: string; kind: string }]>([
    [
      '"according to a statement from X": the issuer of the statement',
      ['The depot will close in June, according to a statement from [Corvane](organization:corvane).'],
      { speakers: [ORG], text: 'The depot will close in June', kind: 'claim' },
    ],
    [
      '"according to a spokeswoman for X": the body the mouthpiece speaks for',
      ['The talks will resume on Tuesday, according to a spokeswoman for [Corvane](organization:corvane).'],
      { speakers: [ORG], text: 'The talks will resume on Tuesday', kind: 'claim' },
    ],
    [
      '"X\'s spokesman said": a person\'s own spokesman speaks for them',
      [
        "[Ana Duarte](person:ana-duarte) faces questions. [Duarte](person:ana-duarte|surname)'s spokesman said the trips were approved in advance.",
      ],
      { speakers: [DUARTE], text: 'the trips were approved in advance', kind: 'claim' },
    ],
    [
      '"went on to say that": going on with one\'s words',
      ['[Ana Duarte](person:ana-duarte) went on to say that the insurers had refused to pay.'],
      { speakers: [DUARTE], text: 'the insurers had refused to pay', kind: 'claim' },
    ],
    [
      '"continued:" before a quotation',
      ['[Ana Duarte](person:ana-duarte) continued: "Our capital is well above the minimum."'],
      { speakers: [DUARTE], text: 'Our capital is well above the minimum', kind: 'claim' },
    ],
    [
      '"X\'s response:" before a quotation',
      [
        'Critics call the tower ugly. [Ana Duarte](person:ana-duarte)\'s response: "They said that about every tower."',
      ],
      { speakers: [DUARTE], text: 'They said that about every tower', kind: 'claim' },
    ],
    [
      '"X had one message for the council:" before a quotation',
      [
        'The protest leader, [Ana Duarte](person:ana-duarte), had one message for the council: "Keep the library open."',
      ],
      { speakers: [DUARTE], text: 'Keep the library open', kind: 'claim' },
    ],
    [
      '"told the court that" still reports (no order)',
      ['[Ana Duarte](person:ana-duarte) told the court to its face that the accounts were false.'],
      { speakers: [DUARTE], text: 'the accounts were false', kind: 'denial' },
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(read(paragraphs)).toContainEqual(expected);
  });
});

describe('attribution shapes: traps', () => {
  test.each<[string, string[]]>([
    [
      '"according to a statement" with no issuer named credits nobody',
      ['The depot will close in June, according to a statement seen by reporters.'],
    ],
    [
      '"according to a letter from residents" names no entity',
      ['The depot will close in June, according to a letter from residents.'],
    ],
    [
      '"X\'s driver said": only a mouthpiece speaks for its owner',
      [
        "[Ana Duarte](person:ana-duarte) faces questions. [Duarte](person:ana-duarte|surname)'s driver said the car was late.",
      ],
    ],
    ['"went on to win" is a deed', ['[Ana Duarte](person:ana-duarte) went on to win the vote.']],
    [
      '"continued to argue the case" reports no clause',
      ['[Ana Duarte](person:ana-duarte) continued to argue the case.'],
    ],
    [
      'a colon after a deed introduces no words of the doer',
      ['[Ana Duarte](person:ana-duarte) pinned a note to the door: "Back in ten minutes."'],
    ],
    [
      '"told the accused to stand up" is an order',
      ['[Ana Duarte](person:ana-duarte) told the accused to stand up.'],
    ],
  ])('%s', (_name, paragraphs) => {
    expect(read(paragraphs)).toEqual([]);
  });
});
