// "denied" -> { lemma: 'deny', stance: 'denial' }; "told" -> { lemma: 'tell', stance: null, object: true }.
// A general lexicon of English verbs of saying. `stance` is the kind the verb itself asserts (null: the content
// decides); `keepsVerb` says the verb must stay in the statement text because the complement alone would say the
// opposite or lose the act ("denied misleading Congress" is not "misleading Congress").
import type { StatementKind } from '../types';
import type { Token } from './read-tokens';

export interface ReportingVerb {
  lemma: string;
  stance: StatementKind | null;
  keepsVerb: boolean;
  /** Takes an addressee before the complement: "told reporters that …". */
  object: boolean;
  /** Introduces a question or a request, never a claim: "asked whether …". */
  question: boolean;
}

type Entry = [lemma: string, stance: StatementKind | null, keepsVerb: boolean, forms?: string[]];

const ENTRIES: Entry[] = [
  // neutral: the content decides the kind
  ['say', null, false, ['say', 'says', 'said', 'saying']],
  ['tell', null, false, ['tell', 'tells', 'told', 'telling']],
  ['write', null, false, ['write', 'writes', 'wrote', 'written', 'writing']],
  ['add', null, false],
  ['insist', null, false],
  ['claim', null, false],
  ['argue', null, false],
  ['warn', null, false],
  ['report', null, false],
  ['state', null, false],
  ['explain', null, false],
  ['note', null, false],
  ['announce', null, false],
  ['assert', null, false],
  ['maintain', null, false],
  ['stress', null, false],
  ['contend', null, false],
  ['suggest', null, false],
  ['predict', null, false],
  ['promise', null, false],
  ['reply', null, false],
  ['respond', null, false],
  ['declare', null, false],
  ['emphasize', null, false],
  ['emphasise', null, false],
  ['reveal', null, false],
  ['testify', null, false],
  ['recall', null, false],
  ['tweet', null, false],
  ['post', null, false],
  ['allege', null, false],
  ['complain', null, false],
  ['repeat', null, false],
  ['reiterate', null, false],
  ['caution', null, false],
  ['observe', null, false],
  ['remark', null, false],
  ['conclude', null, false],
  ['vow', null, false],
  ['pledge', null, false],
  ['lament', null, false],
  ['counter', null, false],
  ['retort', null, false],
  ['acknowledge', 'confirmation', false],
  ['confirm', 'confirmation', false],
  ['admit', 'confirmation', false],
  ['concede', 'confirmation', false],
  ['verify', 'confirmation', false],
  // stance verbs: the verb stays in the text
  ['deny', 'denial', true],
  ['reject', 'denial', true],
  ['refute', 'denial', true],
  ['rebut', 'denial', true],
  ['dispute', 'denial', true],
  ['dismiss', 'denial', true],
  ['push', 'denial', true],
  ['accuse', 'accusation', true],
  ['blame', 'accusation', true],
  ['criticize', 'accusation', true],
  ['criticise', 'accusation', true],
  ['condemn', 'accusation', true],
  ['denounce', 'accusation', true],
  ['plead', null, true],
  ['refuse', 'refusal', true],
  ['decline', 'refusal', true],
  ['call', null, true],
  ['describe', null, true],
  ['urge', null, true],
  ['demand', null, true],
  // questions and requests are not claims
  ['ask', null, false, ['ask', 'asks', 'asked', 'asking']],
  ['wonder', null, false],
  ['inquire', null, false],
];

const TAKES_OBJECT = new Set(['tell', 'warn', 'assure', 'inform', 'remind', 'promise']);
const QUESTION = new Set(['ask', 'wonder', 'inquire']);

const BY_FORM: ReadonlyMap<string, ReportingVerb> = new Map(
  ENTRIES.flatMap(([lemma, stance, keepsVerb, forms]) => {
    const verb: ReportingVerb = {
      lemma,
      stance,
      keepsVerb,
      object: TAKES_OBJECT.has(lemma),
      question: QUESTION.has(lemma),
    };
    return (forms ?? inflect(lemma)).map(form => [form, verb] as const);
  }),
);

const WORD_FORMS = [
  ...BY_FORM.keys(),
  'according',
  'accused',
  'blamed',
  'criticized',
  'criticised',
  'condemned',
  'denounced',
];
const NOUN_FORMS = [
  'reports?',
  'claims?',
  'assertions?',
  'contention',
  'statements?',
  'suggestions?',
  'warnings?',
  'insistence',
  'allegations?',
  'accusations?',
  'charges?',
  'denials?',
  'calls?',
  'demands?',
];
const MAY_REPORT = new RegExp(`\\b(?:${[...WORD_FORMS, ...NOUN_FORMS].join('|')})\\b`, 'i');

/** Cheap test before parsing: the text holds a word that can introduce a statement. */
export function mayReport(text: string): boolean {
  return MAY_REPORT.test(text);
}

/** The reporting verb a word form belongs to ("denies" -> deny), or undefined. */
export function findReportingVerb(word: string): ReportingVerb | undefined {
  return BY_FORM.get(word.toLowerCase());
}

/** Token `i` is a reporting verb in use: tagged a verb, or a participle compromise took for a noun ("quoted as
 * saying", "…, saying:"). */
export function isReportingVerbAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !findReportingVerb(t.normal)) return false;
  if (t.tags.has('Verb')) return true;
  const previous = tokens[i - 1];
  return t.normal.endsWith('ing') && (previous?.normal === 'as' || /[,:]\s*$/.test(previous?.post ?? ''));
}

/** Regular English inflection: base, -s, -ed, -ing (e-drop, y -> i, final-consonant doubling). */
export function inflect(lemma: string): string[] {
  const doubled = /^(admit|rebut|commit|regret)$/.test(lemma) ? lemma + lemma.slice(-1) : lemma;
  if (lemma.endsWith('e')) return [lemma, `${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(lemma))
    return [lemma, `${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, s, `${doubled}ed`, `${doubled}ing`];
}

/** Verbs a refusal governs: "refused to confirm or deny", "declined to comment". */
export const REFUSED_ACTS: ReadonlySet<string> = new Set([
  'comment',
  'confirm',
  'deny',
  'say',
  'discuss',
  'answer',
  'respond',
  'elaborate',
  'speculate',
  'disclose',
  'reveal',
  'specify',
  'identify',
  'name',
  'address',
  'explain',
]);

/** Nouns that carry a report: "a report in X that …", "X's claim that …", "calls from X to …". */
export const REPORT_NOUNS: ReadonlyMap<string, StatementKind | null> = new Map([
  ['report', null],
  ['reports', null],
  ['claim', null],
  ['claims', null],
  ['assertion', null],
  ['assertions', null],
  ['contention', null],
  ['statement', null],
  ['statements', null],
  ['suggestion', null],
  ['warning', null],
  ['insistence', null],
  ['allegation', 'accusation'],
  ['allegations', 'accusation'],
  ['accusation', 'accusation'],
  ['accusations', 'accusation'],
  ['charge', 'accusation'],
  ['charges', 'accusation'],
  ['denial', 'denial'],
  ['denials', 'denial'],
  ['call', null],
  ['calls', null],
  ['demand', null],
  ['demands', null],
]);

/** Forms of "be": before a reporting verb they make it passive ("was accused by", "was described as"), and the
 * subject is then the one spoken of, not the speaker. */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']);
