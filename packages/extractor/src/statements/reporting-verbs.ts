// "denied" -> { lemma: 'deny', stance: 'denial' }; "told" -> { lemma: 'tell', stance: null, object: true }.
// A general lexicon of English verbs of saying. `stance` is the kind the verb itself asserts (null: the content
// decides); `keepsVerb` says the verb must stay in the statement text because the complement alone would say the
// opposite or lose the act ("denied misleading Congress" is not "misleading Congress").
import type { StatementKind } from '@news-kg/graph-model';
import { inflectVerb } from './inflect-verb';
import type { Token } from './read-tokens';

export interface ReportingVerb {
  lemma: string;
  stance: StatementKind | null;
  keepsVerb: boolean;
  /** Takes an addressee before the complement: "told reporters that …". */
  object: boolean;
  /** Introduces a question or a request, never a claim: "asked whether …". */
  question: boolean;
  /** Words that must follow the verb for it to report: "ruled out", "pushed back at", "took issue with". */
  particle: readonly string[];
  /** Reports only a clause, never an object or an infinitive: "agreed (that) the talks were useful", not "agreed
   * to pay" or "agreed a deal". */
  clauseOnly: boolean;
}

type Entry = [
  lemma: string,
  stance: StatementKind | null,
  keepsVerb: boolean,
  options?: { forms?: string[]; particle?: string[]; clauseOnly?: boolean },
];

/** One row per reporting verb: adding a verb of saying is adding a row here (its forms are inflected). */
const ENTRIES: Entry[] = [
  // neutral: the content decides the kind
  ['say', null, false, { forms: ['say', 'says', 'said', 'saying'] }],
  ['tell', null, false, { forms: ['tell', 'tells', 'told', 'telling'] }],
  ['write', null, false, { forms: ['write', 'writes', 'wrote', 'written', 'writing'] }],
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
  // commitments keep their verb, and take an infinitive or an object as well as a clause: "vowed to clear his
  // name", "pledged 10,000 homes", "promised a full review"
  ['promise', null, true],
  ['reply', null, false],
  ['respond', null, false],
  ['declare', null, false],
  ['emphasize', null, false],
  ['emphasise', null, false],
  ['underline', null, false],
  ['underscore', null, false],
  ['reveal', null, false],
  ['testify', null, false],
  ['recall', null, false],
  ['tweet', null, false],
  ['post', null, false],
  ['allege', null, false],
  ['complain', null, false],
  ['repeat', null, false],
  ['reiterate', null, false],
  ['reaffirm', null, false],
  ['caution', null, false],
  ['observe', null, false],
  ['remark', null, false],
  ['comment', null, false],
  ['conclude', null, false],
  ['vow', null, true],
  ['pledge', null, true],
  // belief and fear, reported as a position: "believes the plant will reopen", "fears the law will be abused"
  ['believe', null, false, { clauseOnly: true }],
  ['think', null, false, { clauseOnly: true, forms: ['think', 'thinks', 'thought', 'thinking'] }],
  ['fear', null, false, { clauseOnly: true }],
  // a body's reckoning, reported as its position: "the chamber estimates that the closure costs 2 million a day",
  // "the union calculates the cuts would cost 90 posts" (not an object: "estimated the damage at 2 million")
  ['estimate', null, false, { clauseOnly: true }],
  ['calculate', null, false, { clauseOnly: true }],
  ['reckon', null, false, { clauseOnly: true }],
  ['assure', null, false],
  ['inform', null, false],
  ['lament', null, false],
  ['counter', null, false],
  ['retort', null, false],
  // going on with one's words: "He continued: "…"", "he went on to say that …" (not "talks continued", "went on to win")
  ['continue', null, false, { clauseOnly: true }],
  ['go', null, false, { particle: ['on', 'to', 'say'], forms: ['go', 'went', 'gone', 'going'] }],
  ['quip', null, false],
  ['acknowledge', 'confirmation', false],
  ['confirm', 'confirmation', false],
  ['admit', 'confirmation', false],
  ['concede', 'confirmation', false],
  ['verify', 'confirmation', false],
  ['agree', 'confirmation', false, { clauseOnly: true }],
  // stance verbs: the verb stays in the text
  ['deny', 'denial', true],
  ['reject', 'denial', true],
  ['refute', 'denial', true],
  ['rebut', 'denial', true],
  ['rebuff', 'denial', true],
  ['dispute', 'denial', true],
  ['dismiss', 'denial', true],
  ['push', 'denial', true, { particle: ['back'] }],
  ['rule', 'denial', true, { particle: ['out'] }],
  [
    'take',
    'denial',
    true,
    { particle: ['issue', 'with'], forms: ['take', 'takes', 'took', 'taken', 'taking'] },
  ],
  ['accuse', 'accusation', true],
  // "charged that the managers hid the accounts" (a clause; not "charged him with fraud", "charged a fee")
  ['charge', 'accusation', false, { clauseOnly: true }],
  ['blame', 'accusation', true],
  ['criticize', 'accusation', true],
  ['criticise', 'accusation', true],
  ['condemn', 'accusation', true],
  ['denounce', 'accusation', true],
  ['blast', 'accusation', true],
  ['slam', 'accusation', true],
  ['lambast', 'accusation', true],
  ['castigate', 'accusation', true],
  ['rebuke', 'accusation', true],
  ['berate', 'accusation', true],
  ['plead', null, true],
  ['refuse', 'refusal', true],
  ['decline', 'refusal', true],
  ['call', null, true],
  ['describe', null, true],
  ['urge', null, true],
  ['demand', null, true],
  // questions and requests are not claims
  ['ask', null, false, { forms: ['ask', 'asks', 'asked', 'asking'] }],
  ['wonder', null, false],
  ['inquire', null, false],
];

const TAKES_OBJECT = new Set(['tell', 'warn', 'assure', 'inform', 'remind', 'promise']);
const QUESTION = new Set(['ask', 'wonder', 'inquire']);

/** Irregular past forms that are verbs wherever a tagger puts them. */
const UNAMBIGUOUS_PAST = new Set(['said', 'told', 'wrote']);

/** Every reporting verb of the lexicon, with the word forms that reach it. */
export const REPORTING_VERBS: ReadonlyArray<ReportingVerb & { forms: readonly string[] }> = ENTRIES.map(
  ([lemma, stance, keepsVerb, options]) => ({
    lemma,
    stance,
    keepsVerb,
    object: TAKES_OBJECT.has(lemma),
    question: QUESTION.has(lemma),
    particle: options?.particle ?? [],
    clauseOnly: options?.clauseOnly ?? false,
    forms: options?.forms ?? inflectVerb(lemma),
  }),
);

const BY_FORM: ReadonlyMap<string, ReportingVerb> = new Map(
  REPORTING_VERBS.flatMap(verb => verb.forms.map(form => [form, verb] as const)),
);

/** Nouns that carry a report: "a report in X that …", "X's claim that …", "calls from X to …", "X's refusal to
 * discuss …"; the kind each implies (null: the content decides). */
export const REPORT_NOUNS: ReadonlyMap<string, StatementKind | null> = new Map(
  (
    [
      ['report', null],
      ['claim', null],
      ['assertion', null],
      ['contention', null],
      ['statement', null],
      ['suggestion', null],
      ['warning', null],
      ['insistence', null],
      ['allegation', 'accusation'],
      ['accusation', 'accusation'],
      ['charge', 'accusation'],
      ['denial', 'denial'],
      ['refusal', 'refusal'],
      ['call', null],
      ['demand', null],
    ] as Array<[string, StatementKind | null]>
  ).flatMap(([noun, kind]) => [
    [noun, kind],
    [`${noun}s`, kind],
  ]),
);

/** Verbs that make a report noun their object, so that their subject owns it: "raised a new allegation: that …",
 * "made the claim that …", "levelled the charge that …" (finite past and present forms). */
export const REPORT_MAKING_VERBS: ReadonlySet<string> = new Set([
  'raised',
  'raises',
  'made',
  'makes',
  'levelled',
  'leveled',
  'levels',
  'repeated',
  'repeats',
  'voiced',
  'voices',
  'aired',
  'airs',
  'renewed',
  'renews',
]);

/** Who speaks for an organization without a name of their own: "a Corvane spokesperson said" is Corvane speaking. */
export const MOUTHPIECES: ReadonlySet<string> = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'spokesmen',
  'spokeswomen',
  'spokespeople',
  'official',
  'officials',
]);

/** A person's office speaking for them: "the minister's office said", "Brekke's office said", "his office said". */
export const OFFICES: ReadonlySet<string> = new Set(['office', 'offices', 'camp', 'chambers']);

/** A body a person heads, owned by a pronoun: "his department said", "her ministry said" — the one body of the
 * article whose name holds the word ("the Department for Culture"). */
export const OWNED_BODIES: ReadonlySet<string> = new Set(['department', 'ministry', 'agency', 'directorate']);

/** What an organization or a person issues in writing: "the statement said" is its issuer speaking. */
export const ISSUED_TEXTS: ReadonlySet<string> = new Set(['statement', 'letter', 'communique', 'communiqué']);

/** Documents whose author speaks through them when a possessive names the author: "Quillane's audit says …",
 * "the board's report found …" (an unowned "the report says" names nobody). */
export const AUTHORED_TEXTS: ReadonlySet<string> = new Set([
  'report',
  'audit',
  'memo',
  'memorandum',
  'dossier',
  'review',
  'study',
  'submission',
  'findings',
  'assessment',
  'analysis',
]);

/** Words outside the verb and noun rows that open a construction of constructions.ts ("according to", a refusal
 * "no comment", a transcript's speaker label is found by its colon). */
const CUE_WORDS = ['according', 'comment', 'drawn'];

const MAY_REPORT = new RegExp(
  `\\b(?:${[...BY_FORM.keys(), ...REPORT_NOUNS.keys(), ...CUE_WORDS].join('|')})\\b`,
  'i',
);

/** Cheap test before parsing: the text holds a word of the lexicon that can introduce a statement. */
export function mayReport(text: string): boolean {
  return MAY_REPORT.test(text);
}

/** The reporting verb a word form belongs to ("denies" -> deny), or undefined. */
export function findReportingVerb(word: string): ReportingVerb | undefined {
  return BY_FORM.get(word.toLowerCase());
}

/** Token `i` is a reporting verb in use: tagged a verb, or a participle compromise took for a noun ("quoted as
 * saying", "…, saying:"), and followed by its particle when it has one ("ruled out"). */
export function isReportingVerbAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const verb = t && findReportingVerb(t.normal);
  if (!t || !verb) return false;
  if (!verb.particle.every((word, k) => tokens[i + 1 + k]?.normal === word)) return false;
  if (t.tags.has('Verb')) return true;
  const previous = tokens[i - 1];
  // "would not comment", "did not explain": after a negated modal or "do" the word is the verb, whatever the
  // tagger made of it
  if (NEGATORS.has(previous?.normal ?? '') && NEGATED_BY.has(tokens[i - 2]?.normal ?? '')) return true;
  // "a spokeswoman said Wednesday's meeting …": the tagger may read an irregular past as an adjective; only a
  // determiner before it ("the said property") makes it one
  if (UNAMBIGUOUS_PAST.has(t.normal)) return !previous?.tags.has('Determiner');
  // "quoted as saying", "…, saying:", "issued a statement saying"
  if (t.normal.endsWith('ing'))
    return (
      previous?.normal === 'as' ||
      /[,:]\s*$/.test(previous?.post ?? '') ||
      ISSUED_TEXTS.has(previous?.normal ?? '')
    );
  return isPresentAfterSubject(tokens, i);
}

const NEGATORS = new Set(['not', 'never']);
const NEGATED_BY = new Set(['would', 'will', 'could', 'can', 'did', 'does', 'do', 'should', 'might', 'may']);

/** "Duarte quips that …", "the union counters that …": the tagger reads a rarer verb's -s form as a plural noun.
 * Right after a subject (a name or a nominative pronoun, nothing between) and before what a verb of saying
 * governs ("that", a determiner, a pronoun, a colon) it is the verb. */
function isPresentAfterSubject(tokens: readonly Token[], i: number): boolean {
  const [previous, t, next] = [tokens[i - 1], tokens[i]!, tokens[i + 1]];
  if (!previous || !next || !t.normal.endsWith('s') || /[,;:.]/.test(previous.post)) return false;
  const subject =
    (previous.tags.has('ProperNoun') && !previous.tags.has('Possessive')) ||
    ['he', 'she', 'it', 'they'].includes(previous.normal);
  const governed =
    next.normal === 'that' || next.tags.has('Determiner') || next.tags.has('Pronoun') || /:/.test(t.post);
  return subject && governed;
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
  'endorse',
  'apologize',
  'apologise',
  'retract',
]);

/** Acts of speech whose withholding is a refusal: "would not comment", "did not elaborate" (not "did not respond
 * to the flood", not "would not name the date": those verbs have other senses). */
export const WITHHELD_SPEECH: ReadonlySet<string> = new Set([
  'comment',
  'confirm',
  'discuss',
  'elaborate',
  'speculate',
  'disclose',
]);

/** A sentence of a transcript turn that only greets, thanks or takes leave ("Evening, Bo.", "Good to be with you.", "Thanks for having
 * me.", "Good to be here.", "Thank you."): the courtesy of the interview, not a statement. An optional name of
 * the one addressed may follow ("Good evening, Bo."). */
export const PHATIC_SENTENCE =
  /^\W*(?:(?:good\s+)?(?:morning|afternoon|evening|night)|hello|hi|hey|thanks?(?:\s+you)?(?:\s+(?:so|very)\s+much)?(?:\s+for\s+(?:having|inviting)\s+(?:me|us)(?:\s+on)?)?|(?:it's\s+|it\s+is\s+)?(?:good|great|nice|a\s+pleasure)\s+to\s+(?:be\s+(?:here|with\s+you)|see\s+you)|my\s+pleasure|you're\s+welcome|bye|goodbye|cheers)(?:\s*,?\s*\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*)?)?\W*$/iu;

/** A broadcast transcript's labels for the programme's own journalists ("PRESENTER:", "ANCHOR (NAME):"): their
 * lines narrate, ask and hand over; they are not statements. */
export const BROADCAST_ROLES: ReadonlySet<string> = new Set([
  'anchor',
  'presenter',
  'host',
  'co-host',
  'reporter',
  'correspondent',
  'interviewer',
  'newsreader',
  'moderator',
  'narrator',
  'q',
]);

/** Nouns by which an outlet introduces its own journalist ("our diplomatic correspondent, NAME", "our reporter
 * NAME"): that person's labelled lines are the outlet's narration. */
export const JOURNALIST_NOUNS: ReadonlySet<string> = new Set([
  'reporter',
  'correspondent',
  'editor',
  'presenter',
  'anchor',
  'host',
  'journalist',
  'producer',
  'team',
]);

/** The word sets the construction table's patterns name with @: `@refused-act`, `@issued-text`, `@mouthpiece`. */
export const LEXICON_SETS: Readonly<Record<string, ReadonlySet<string>>> = {
  'refused-act': REFUSED_ACTS,
  'withheld-speech': WITHHELD_SPEECH,
  'issued-text': ISSUED_TEXTS,
  mouthpiece: MOUTHPIECES,
};

/** Accounts someone gives of events, which blame laid on them and a judgement of falsity deny: "slammed reports
 * of a feud as nonsense", "blasted the claims as lies". */
export const ACCOUNT_NOUNS: ReadonlySet<string> = new Set([
  'report',
  'reports',
  'claim',
  'claims',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'rumour',
  'rumours',
  'rumor',
  'rumors',
  'story',
  'stories',
  'suggestion',
  'suggestions',
  'speculation',
]);

/** What one side puts to or asks of another, or the pressure it puts on it: rejecting or dismissing it turns an
 * offer or a demand down, or makes light of a threat ("rejected the bid", "rebuffed a new approach", "rejected calls
 * for her resignation", "dismissed the threat of a strike"), and denies no fact, unlike rejecting a report, a claim or
 * an allegation. */
export const OFFER_NOUNS: ReadonlySet<string> = new Set(
  [
    'offer',
    'bid',
    'proposal',
    'attempt',
    'approach',
    'overture',
    'request',
    'invitation',
    'plan',
    'deal',
    'settlement',
    'terms',
    'ultimatum',
    'compromise',
    'advance',
    'call',
    'demand',
    'appeal',
    'plea',
    'threat',
    'warning',
    'strike',
    'walkout',
    'stoppage',
    'boycott',
    'protest',
    'ballot',
  ].flatMap(noun => [noun, `${noun}s`]),
);

/** Words before "claim" that make it a demand for something, not an assertion: "the players' pay claim", "a
 * compensation claim" ("rejected the pay claim" turns a demand down). */
export const DEMAND_CLAIM_MODIFIERS: ReadonlySet<string> = new Set([
  'pay',
  'wage',
  'wages',
  'salary',
  'compensation',
  'insurance',
  'damages',
  'expenses',
  'benefit',
  'benefits',
  'pension',
  'asylum',
  'refund',
]);

/** Stance verbs that, with a person as their object, are acts on that person, not speech: "dismissed the coach",
 * "rejected two candidates", "denied the players a bonus". */
export const ACTS_ON_PEOPLE: ReadonlySet<string> = new Set(['dismiss', 'reject', 'deny', 'rebuff']);

/** What one may be denied in the sense of not granted: "denied the reporters entry", "was denied bail" is an act,
 * no statement. */
export const GRANTED_NOUNS: ReadonlySet<string> = new Set([
  'entry',
  'access',
  'permission',
  'visa',
  'visas',
  'bail',
  'admission',
  'passage',
  'licence',
  'license',
  'asylum',
  'clearance',
]);

/** Forms of "be": before a reporting verb they make it passive ("was accused by", "was described as"), and the
 * subject is then the one spoken of, not the speaker. */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']);
