import { annotate } from './testing/annotate';
import { findStatements } from './index';
import {
  findReportingVerb,
  GRANTED_NOUNS,
  mayReport,
  OFFER_NOUNS,
  REPORTING_VERBS,
  REPORT_NOUNS,
} from './reporting-verbs';
import { inflectVerb } from './inflect-verb';

const SPEAKER = '[Ana Duarte](person:ana-duarte)';

/** What each verb reports in a sentence of our own; the default is a that-clause. */
const COMPLEMENT: Record<string, string> = {
  refuse: 'to comment on the ferry contract',
  decline: 'to comment on the ferry contract',
  call: 'the ferry report a lie',
  describe: 'the ferry report as false',
  urge: 'the harbour master to resign',
  demand: 'that the harbour master resign',
  plead: 'not guilty to the ferry charges',
  push: 'back at claims that the ferry had been late',
  take: 'issue with claims that the ferry had been late',
  tell: 'reporters that the ferry had been late',
  rule: 'out a new ferry contract',
  accuse: 'the harbour master of hiding the ferry accounts',
  blame: 'the harbour master for the late ferry',
  criticize: 'the harbour master for the late ferry',
  criticise: 'the harbour master for the late ferry',
  condemn: 'the harbour master for the late ferry',
  denounce: 'the harbour master for the late ferry',
  blast: 'the harbour master for the late ferry',
  slam: 'the harbour master for the late ferry',
  lambast: 'the harbour master for the late ferry',
  castigate: 'the harbour master for the late ferry',
  rebuke: 'the harbour master for the late ferry',
  berate: 'the harbour master for the late ferry',
  dismiss: 'the ferry report as nonsense',
  reject: 'the ferry report',
  rebuff: 'the ferry report',
  dispute: 'the ferry report',
  go: 'on to say that the ferry had been late',
};

const statable = REPORTING_VERBS.filter(v => !v.question);

describe('reporting-verb lexicon: every word can fire', () => {
  test.each(statable.map(v => [v.lemma, v]))(
    '%s reports a statement in every finite form',
    (_lemma, verb) => {
      const complement = COMPLEMENT[verb.lemma] ?? 'that the ferry had been late';
      const finite = verb.forms.filter(f => f !== verb.lemma && !f.endsWith('ing') && f !== 'written');
      expect(finite.length).toBeGreaterThan(0);
      for (const form of finite) {
        const sentence = `${SPEAKER} ${form} ${complement}.`;
        expect(mayReport(sentence)).toBe(true);
        const found = findStatements(annotate([sentence]), []);
        expect({ form, speakers: found.map(s => s.speakerIds.join()) }).toEqual({
          form,
          speakers: ['person:ana-duarte'],
        });
      }
    },
  );

  test('questions are recognised and report nothing', () => {
    for (const verb of REPORTING_VERBS.filter(v => v.question)) {
      for (const form of verb.forms) expect(findReportingVerb(form)?.question).toBe(true);
    }
    expect(findStatements(annotate([`${SPEAKER} asked whether the ferry had been late.`]), [])).toEqual([]);
  });

  test('every report noun passes the prefilter', () => {
    for (const noun of REPORT_NOUNS.keys()) expect(mayReport(`the ${noun} of the week`)).toBe(true);
  });
});

describe('offer nouns: rejecting an offer denies no fact', () => {
  test.each([...OFFER_NOUNS].filter(noun => !noun.endsWith('s') || noun === 'terms'))(
    'rejected a new %s -> claim',
    noun => {
      const found = findStatements(
        annotate([`${SPEAKER} rejected a new ${noun} from the ferry company.`]),
        [],
      );
      expect(found.map(s => s.kind)).toEqual(['claim']);
    },
  );

  test('dismissing the threat of a strike makes light of pressure; dismissing the report of one denies it', () => {
    const kinds = (sentence: string) => findStatements(annotate([sentence]), []).map(s => s.kind);
    expect(kinds(`${SPEAKER} dismissed the threat of a strike at the depot.`)).toEqual(['claim']);
    expect(kinds(`${SPEAKER} dismissed reports of a strike at the depot.`)).toEqual(['denial']);
  });

  test('rejecting calls for a resignation turns a demand down', () => {
    expect(
      findStatements(annotate([`${SPEAKER} rejected calls for her resignation.`]), []).map(s => s.kind),
    ).toEqual(['claim']);
  });

  test.each([...GRANTED_NOUNS])('denied the reporters %s is an act, no statement', noun => {
    expect(findStatements(annotate([`${SPEAKER} denied the reporters ${noun} to the depot.`]), [])).toEqual(
      [],
    );
  });

  test('denying the reports about the depot stays a denial', () => {
    expect(
      findStatements(annotate([`${SPEAKER} denied the reports about the depot.`]), []).map(s => s.kind),
    ).toEqual(['denial']);
  });

  test('rejecting a pay claim or a claim for damages turns a demand down; the claim that … is still denied', () => {
    const kinds = (sentence: string) => findStatements(annotate([sentence]), []).map(s => s.kind);
    expect(kinds(`${SPEAKER} rejected the crews' pay claim.`)).toEqual(['claim']);
    expect(kinds(`${SPEAKER} rejected a claim for damages from the ferry company.`)).toEqual(['claim']);
    expect(kinds(`${SPEAKER} rejected the claim that the depot had leaked.`)).toEqual(['denial']);
  });

  test('dismissing or rejecting a person is an act on them, not speech; their claims are still denied', () => {
    const kinds = (sentence: string) => findStatements(annotate([sentence]), []).map(s => s.kind);
    expect(kinds(`${SPEAKER} dismissed [Bo Lin](person:bo-lin) on Monday after the audit.`)).toEqual([]);
    expect(kinds(`${SPEAKER} dismissed the harbour manager on Monday.`)).toEqual([]);
    expect(kinds(`${SPEAKER} denied him a bonus.`)).toEqual([]);
    expect(kinds(`${SPEAKER} dismissed the claims of the harbour manager.`)).toEqual(['denial']);
    expect(kinds(`${SPEAKER} dismissed [Bo Lin](person:bo-lin)'s account of the audit.`)).toEqual(['denial']);
  });

  test('rejecting a report or an allegation stays a denial', () => {
    for (const object of ['the ferry report', 'allegations that the ferry was late'])
      expect(findStatements(annotate([`${SPEAKER} rejected ${object}.`]), []).map(s => s.kind)).toEqual([
        'denial',
      ]);
  });
});

describe('charge: a clause charged is an accusation, a person or a fee charged is not speech', () => {
  const kinds = (sentence: string) => findStatements(annotate([sentence]), []).map(s => s.kind);
  test('charged that CLAUSE -> accusation', () => {
    expect(kinds(`${SPEAKER} charged that the harbour board had hidden the ferry accounts.`)).toEqual([
      'accusation',
    ]);
  });
  test.each([
    `${SPEAKER} was charged with fraud after the audit.`,
    `${SPEAKER} charged the ferry company a fee for the berth.`,
    `${SPEAKER} charged into the harbour office.`,
  ])('%s -> nothing', sentence => {
    expect(kinds(sentence)).toEqual([]);
  });
});

describe('took issue with: the past of an irregular particle verb reports a denial', () => {
  test('took issue with the figures -> denial', () => {
    expect(
      findStatements(annotate([`${SPEAKER} took issue with the ferry company's figures.`]), []).map(
        s => s.kind,
      ),
    ).toEqual(['denial']);
  });
  test('took the figures to the board -> nothing', () => {
    expect(findStatements(annotate([`${SPEAKER} took the figures to the harbour board.`]), [])).toEqual([]);
  });
});

describe('inflectVerb', () => {
  test.each([
    ['quip', ['quip', 'quips', 'quipped', 'quipping']],
    ['slam', ['slam', 'slams', 'slammed', 'slamming']],
    ['rebut', ['rebut', 'rebuts', 'rebutted', 'rebutting']],
    ['admit', ['admit', 'admits', 'admitted', 'admitting']],
    ['visit', ['visit', 'visits', 'visited', 'visiting']],
    ['agree', ['agree', 'agrees', 'agreed', 'agreeing']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['dismiss', ['dismiss', 'dismisses', 'dismissed', 'dismissing']],
    ['note', ['note', 'notes', 'noted', 'noting']],
    ['tweet', ['tweet', 'tweets', 'tweeted', 'tweeting']],
  ])('%s', (lemma, forms) => {
    expect(inflectVerb(lemma)).toEqual(forms);
  });
});
