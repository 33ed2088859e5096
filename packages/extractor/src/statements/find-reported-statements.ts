// "The ministry said that it would not discuss the audit, but confirmed that its depot had closed, the agency
// reported." -> refusal "it would not discuss the audit" and confirmation "its depot had closed", both by the ministry; the
// trailing ", the agency reported" only cites a source for words already attributed, so it gives nothing.
// Reported speech: a reporting verb, its subject (an entity, found by find-subject) and its complement clause.
import type { Sentence } from '../analysis';
import type { StatementKind } from '@news-kg/graph-model';
import type { Candidate } from './candidate';
import { trimStatementText } from './candidate';
import { ACCOUNT_CALLED_WRONG, classifyContent } from './classify-kind';
import { toContentWords } from './content-words';
import { findComplement, hasContent } from './find-complement';
import type { TokenRange } from './find-complement';
import { findSubjectAfter, findSubjectBefore } from './find-subject';
import type { Subject } from './find-subject';
import { findPartEnd, findPartStart } from '../sentence/analyze-sentence';
import { isPartOfTitle } from '../lexicon/titles';
import { OBJECT_OPENERS, PERSON_OBJECT_PRONOUNS } from '../lexicon/function-words';
import type { Reading, Token } from './read-tokens';
import { ROLE_HEADS } from '../lexicon/titles';
import { PERSONNEL_NOUNS } from '../lexicon/references';
import {
  ACCOUNT_NOUNS,
  ACTS_ON_PEOPLE,
  BE_FORMS,
  DEMAND_CLAIM_MODIFIERS,
  findReportingVerb,
  isReportingVerbAt,
  GRANTED_NOUNS,
  OFFER_NOUNS,
  WITHHELD_SPEECH,
} from './reporting-verbs';
import type { ReportingVerb } from './reporting-verbs';

interface Report {
  /** "The plan, Lin said, was sound": the words before the parenthetical attribution. */
  prefix?: TokenRange;
  verb: number;
  entry: ReportingVerb;
  subject: Subject;
  /** Where the statement text starts: the verb for stance verbs, else the complement. */
  textFirst: number;
  complement: TokenRange;
  /** The verb closes the sentence after its subject (", the agency reported."): a source citation. */
  tail: boolean;
  negated: boolean;
}

const COORDINATORS = new Set(['and', 'but', 'or', 'while', 'whereas']);
const NEGATED_REFUSALS = new Set(['say', 'confirm', 'comment', 'reveal', 'state', 'explain']);
const DEMAND_ACCUSATION =
  /\b(resign\w*|step(?:ped|s)? down|quit|apologi[sz]e|impeach\w*|be fired|be sacked|be prosecuted)\b/i;

/** Statements a sentence reports in indirect speech (quotations are find-quoted-statements' work). */
export function findReportedStatements(reading: Reading, sentence: Sentence): Candidate[] {
  const tokens = reading.tokens(sentence);
  const reports: Report[] = [];
  tokens.forEach((t, i) => {
    const entry = findReportingVerb(t.normal);
    if (!entry || t.quoted || !isReportingVerbAt(tokens, i) || entry.question) return;
    if (BE_FORMS.has(tokens[i - 1]?.normal ?? '')) return;
    // "there is little to suggest that …", "no reason to believe": a verb of saying as the infinitive after a
    // quantity says that nobody says it
    if (tokens[i - 1]?.normal === 'to' && UNSAID.has(tokens[i - 2]?.normal ?? '')) return;
    const subject = findReportSubject(reading, tokens, i, reports);
    if (!subject || (subject.modal && !subject.negated)) return;
    if (isContactRelative(tokens, subject, i, entry)) return;
    reports.push(...toReport(tokens, i, entry, subject));
  });
  joinElaborations(tokens, reports);
  const cuts = [
    ...reports.filter(r => r.tail).map(r => Math.min(r.subject.first, r.verb)),
    ...findSourceTails(tokens),
    ...findRelativeReports(tokens, reports),
    ...findWithheldSpeechCuts(tokens),
  ];
  return (
    reports
      .map(r =>
        r.tail
          ? r
          : { ...r, complement: cutAt(r.complement, cuts, findCoordinationCuts(tokens, reports, r)) },
      )
      .filter(r => r.complement.last >= r.complement.first)
      // a cut may leave a neutral verb with no clause: "wrote to the minister, calling for …"
      .filter(r => r.tail || isRefusing(r.entry, r.subject) || isClause(tokens, r.complement, r.entry))
      .filter((r, _i, all) => !all.some(o => o !== r && isInsideComplement(o, r.verb)))
      .filter(r => !r.tail || !reports.some(o => o !== r && !o.tail && o.verb < r.verb))
      .flatMap(r => splitCoordinatedPredicate(tokens, r))
      .map(r => toCandidate(reading, sentence, tokens, r))
      .filter((c): c is Candidate => c !== null)
  );
}

/** "the record boss she blames for shelving her album", "the report they dismissed as lies": a relative clause
 * without its pronoun, hung on the noun before its subject pronoun, with the stance verb's object gone (the noun is
 * it). It describes the noun; it reports nothing ("In a statement she denied the report" keeps its object). */
function isContactRelative(
  tokens: readonly Token[],
  subject: Subject,
  verb: number,
  entry: ReportingVerb,
): boolean {
  if (entry.stance === null) return false;
  const pronoun = tokens[subject.first];
  const head = tokens[subject.first - 1];
  if (!pronoun?.tags.has('Pronoun') || !head || head.quoted || /[\p{P}]/u.test(head.post.trim()))
    return false;
  if (
    !head.tags.has('Noun') ||
    head.tags.has('Pronoun') ||
    head.tags.has('ProperNoun') ||
    head.tags.has('Date')
  )
    return false;
  const after = tokens[verb + 1 + entry.particle.length];
  const gap =
    !after || /[,.;:]/.test(tokens[verb + entry.particle.length]!.post) || after.tags.has('Preposition');
  return gap && after?.normal !== 'that';
}

function findReportSubject(
  reading: Reading,
  tokens: readonly Token[],
  i: number,
  earlier: readonly Report[],
): Subject | null {
  const t = tokens[i];
  if (t?.normal.endsWith('ing')) return findMainSubject(reading, tokens, i);
  const before = findSubjectBefore(reading, tokens, i);
  if (before) return before;
  // "said the plan was sound but would not comment on the cost": the subject the coordinated verb shares, with the
  // verb's own negation and modal (unwillingness to comment is a refusal)
  const group = readVerbGroupBack(tokens, i - 1);
  const conj = tokens[group.before];
  if ((conj?.normal === 'but' || conj?.normal === 'and') && earlier.length > 0) {
    const previous = earlier[earlier.length - 1]!;
    return { ...previous.subject, negated: group.negated, modal: group.modal };
  }
  return findSubjectAfter(reading, tokens, i);
}

/** "X published reports claiming …", "X defended Y, saying …": the subject of the finite verb before. Not across a
 * coordinator ("X met Y, and a statement confirming …"): the participle then belongs to another clause. */
function findMainSubject(reading: Reading, tokens: readonly Token[], i: number): Subject | null {
  for (let v = i - 1; v >= 0; v -= 1) {
    const t = tokens[v];
    // a coordinator after a comma joins clauses; "the port and the depot" only joins nouns
    if (!t || (COORDINATORS.has(t.normal) && /,/.test(tokens[v - 1]?.post ?? ''))) return null;
    // quoted words inside the clause ("use "peace talks" as propaganda") are the reporter's marking: read past them
    if (t.quoted) continue;
    if (t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Auxiliary')) {
      // "ruled out tax increases, saying": a noun the tagger read as a verb ("increases") has no subject; the
      // finite verb further back does
      const subject = findSubjectBefore(reading, tokens, v);
      if (subject) return subject;
    }
  }
  return null;
}

/** `"…," Duarte said, adding that the ferries sailed`: the verb's own words are the quotation before it, and
 * what follows is the participle's clause, read without the participle ("the ferries sailed"). */
function skipReportingParticiple(tokens: readonly Token[], found: TokenRange | null): TokenRange | null {
  const t = found && tokens[found.first];
  if (!found || !t || t.quoted || !t.normal.endsWith('ing') || !isReportingVerbAt(tokens, found.first))
    return found;
  const first = tokens[found.first + 1]?.normal === 'that' ? found.first + 2 : found.first + 1;
  return first <= found.last ? { first, last: found.last } : null;
}

function toReport(tokens: readonly Token[], verb: number, entry: ReportingVerb, subject: Subject): Report[] {
  const limit = subject.relative ? findClauseComma(tokens, verb) : findPartEnd(tokens, verb);
  // "Lin said so at the hearing": "so" stands for words reported before, the rest is circumstance.
  if (tokens[verb + 1]?.normal === 'so' && !entry.keepsVerb) return [];
  const inverted = subject.first > verb;
  const found = skipReportingParticiple(tokens, inverted ? null : findComplement(tokens, verb, entry, limit));
  const complement = found && (isRefusing(entry, subject) || isClause(tokens, found, entry)) ? found : null;
  // a quotation opening the clause and running to its end is the quoted reader's ("said that "…""); a word or two
  // in quotation marks ("added that "the enemies" use …") is the reporter's marking inside reported speech
  if (complement && tokens[complement.first]?.quoted && tokens[complement.last]?.quoted) return [];
  // "told the court that Duarte had said to him: "…"": a clause that only introduces a quotation with a verb of
  // its own is the quoted reader's (the quotation is this speaker's account)
  if (complement && introducesQuote(tokens, complement)) return [];
  if (complement) {
    // "has repeatedly denied", "strongly rejected": the manner of the stance belongs with it
    const textFirst = entry.keepsVerb ? skipMannerBack(tokens, verb) : complement.first;
    const start = findPartStart(tokens, verb);
    const parenthetical =
      subject.first > start &&
      /,/.test(tokens[subject.first - 1]?.post ?? '') &&
      /,/.test(tokens[verb]?.post ?? '');
    const prefix =
      parenthetical && !tokens[start]?.quoted ? { first: start, last: subject.first - 1 } : undefined;
    return [{ prefix, verb, entry, subject, textFirst, complement, tail: false, negated: subject.negated }];
  }
  const boundary = skipTitlesBack(tokens, Math.min(subject.first, verb));
  const comma = tokens[boundary - 1];
  if (!comma || !/,/.test(comma.post) || !isTailEnd(tokens, verb, limit)) return [];
  const range = { first: findPartStart(tokens, verb), last: boundary - 1 };
  if (!hasContent(tokens, range.first, range.last) || tokens[range.first]?.quoted) return [];
  if (isCircumstance(tokens, range.first)) return [];
  if (isSpeakerDescription(tokens, range)) return [];
  return [{ verb, entry, subject, textFirst: 0, complement: range, tail: true, negated: subject.negated }];
}

/** "accused the board of greed and said more cuts would follow": a neutral verb joined by "and" to a stance verb of
 * the same subject adds words to that act rather than a second act, so its complement extends the first report
 * (one accusation) and the second report goes. "but" contrasts two acts, and a second stance verb is an act of
 * its own ("said it would not comment, but confirmed …", "denied X and accused Y of …"): those stay apart. */
function joinElaborations(tokens: readonly Token[], reports: Report[]): void {
  for (let i = 0; i < reports.length - 1; i += 1) {
    const r = reports[i]!;
    const next = reports[i + 1]!;
    const before = tokens[next.verb - 1]?.normal === 'also' ? next.verb - 2 : next.verb - 1;
    const joins =
      (r.entry.stance !== null || r.entry.keepsVerb) &&
      !r.tail &&
      !next.tail &&
      (isElaboration(tokens, next) || isRestatedStance(tokens, r, next)) &&
      tokens[before]?.normal === 'and' &&
      next.subject.speakerIds.join() === r.subject.speakerIds.join();
    if (!joins) continue;
    reports[i] = {
      ...r,
      complement: { ...r.complement, last: Math.max(r.complement.last, next.complement.last) },
    };
    reports.splice(i + 1, 1);
    i -= 1;
  }
}

/** A neutral verb ("and said …") or a naming one ("and called it a smear") adds words to the act before it. */
function isElaboration(tokens: readonly Token[], next: Report): boolean {
  if (next.entry.stance !== null) return false;
  if (!next.entry.keepsVerb) return true;
  const naming = next.entry.lemma === 'call' && !['for', 'on'].includes(tokens[next.verb + 1]?.normal ?? '');
  return naming || next.entry.lemma === 'describe';
}

/** "rejected the reports and dismissed them as lies": a second verb of the same stance whose object points back
 * at the first one's ("them", "it", "the reports") says the same act again. */
function isRestatedStance(tokens: readonly Token[], r: Report, next: Report): boolean {
  if (next.entry.stance === null || next.entry.stance !== r.entry.stance) return false;
  const object = tokens[next.verb + 1 + next.entry.particle.length]?.normal ?? '';
  return POINTING_BACK.has(object);
}

const POINTING_BACK = new Set(['it', 'them', 'the', 'these', 'those', 'this', 'that', 'such']);

/** "would not comment on the sale", "could not confirm the date": unwillingness to say reports a refusal whatever
 * follows the verb, clause or not. */
function isRefusing(entry: ReportingVerb, subject: Subject): boolean {
  return subject.negated && subject.modal === true && NEGATED_REFUSALS.has(entry.lemma);
}

/** Neutral verbs report a finite clause ("said the plan failed"); "said during a phone-in", "revealed plans to
 * expand" and "told him to leave" report nothing, and neither does "told reporters after the meeting, which lasted
 * an hour": the verb of a relative clause set off by commas tells about a noun, it is not a reported clause. */
function isClause(tokens: readonly Token[], range: TokenRange, entry: ReportingVerb): boolean {
  if ((entry.keepsVerb || entry.stance !== null) && !entry.clauseOnly) return true;
  return hasFiniteVerb(tokens, range);
}

/** A finite verb outside a relative clause set off by commas: the range words a proposition of its own. */
function hasFiniteVerb(tokens: readonly Token[], range: TokenRange): boolean {
  const finite = (t: Token) =>
    t.text !== '' && t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Infinitive');
  let inRelative = false;
  for (let k = range.first; k <= range.last; k += 1) {
    const t = tokens[k];
    if (!t) continue;
    if (RELATIVE_PRONOUNS.has(t.normal) && tokens[k - 1]?.post.includes(',')) inRelative = true;
    else if (!inRelative && finite(t)) return true;
    if (inRelative && t.post.includes(',')) inRelative = false;
  }
  return false;
}

const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whom', 'whose', 'where']);
const UNSAID = new Set(['little', 'nothing', 'much', 'anything', 'evidence', 'reason']);

/** ", the news agency reported." / ", said a spokesman." / ", citing officials" / ", according to …": where a source
 * citation starts, whoever it names. */
function findSourceTails(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, v) => {
    const citation =
      (t.normal === 'citing' || (t.normal === 'according' && tokens[v + 1]?.normal === 'to')) &&
      /,/.test(tokens[v - 1]?.post ?? '');
    if (citation && !t.quoted) return void out.push(v);
    if (t.quoted || !t.tags.has('Verb') || t.tags.has('Gerund') || !findReportingVerb(t.normal)) return;
    if (!isTailEnd(tokens, v, findPartEnd(tokens, v))) return;
    if (/,/.test(tokens[v - 1]?.post ?? '')) return void out.push(v);
    for (let k = v - 1; k >= 0 && k >= v - 7; k -= 1) {
      const c = tokens[k]!;
      if (c.quoted || !(c.tags.has('Noun') || c.tags.has('Determiner') || c.tags.has('Adjective'))) return;
      if (/,/.test(tokens[k - 1]?.post ?? '')) return void out.push(k);
    }
  });
  return out;
}

/** The range ends with a colon right before a quotation and holds a verb of saying of its own. */
function introducesQuote(tokens: readonly Token[], range: TokenRange): boolean {
  const last = tokens[range.last];
  if (!last || !/:\s*$/.test(last.post) || !tokens[range.last + 1]?.quoted) return false;
  for (let k = range.first; k <= range.last; k += 1) if (isReportingVerbAt(tokens, k)) return true;
  return false;
}

/** "…, Ms Duarte said.", "…, Mayor Lin said.": the title words the name mention leaves out belong to the
 * subject, so the comma that closes the reported clause stands before them. */
function skipTitlesBack(tokens: readonly Token[], first: number): number {
  let k = first;
  while (k > 0 && isPartOfTitle(tokens[k - 1]!.normal) && !/[,;:]/.test(tokens[k - 1]!.post)) k -= 1;
  // ", the mayor said": the article of a description that names the speaker
  if (k > 0 && ARTICLES.has(tokens[k - 1]!.normal) && !/[,;:]/.test(tokens[k - 1]!.post)) k -= 1;
  if (k > 0 && /,/.test(tokens[k - 1]!.post)) return k;
  return skipDescriptionBack(tokens, k, first);
}

/** How many lower-case words a description before a speaker's name may have: "parish council chairman X",
 * "the company X", "the village's only doctor X". */
const MAX_DESCRIPTION_WORDS = 5;

/** ", parish council chairman Geoff Ambler said", ", the company Kestor Foods said": lower-case nouns and
 * adjectives (a body, a class noun) before the title or the name still describe the speaker when a comma opens
 * them; without that comma the words are the clause's own and the subject starts where it did. */
function skipDescriptionBack(tokens: readonly Token[], k: number, first: number): number {
  for (let j = k, n = 0; j > 0 && n < MAX_DESCRIPTION_WORDS; n += 1) {
    const t = tokens[j - 1]!;
    if (/[;:]/.test(t.post) || t.quoted || /^\p{Lu}/u.test(t.text)) return first;
    const describes =
      ARTICLES.has(t.normal) ||
      ((t.tags.has('Noun') || t.tags.has('Adjective') || t.tags.has('Possessive')) &&
        !t.tags.has('Verb') &&
        !t.tags.has('Pronoun') &&
        !t.tags.has('Value'));
    if (!describes) return first;
    j -= 1;
    if (/,/.test(tokens[j - 1]?.post ?? '')) return j;
  }
  return first;
}

const ARTICLES = new Set(['the', 'a', 'an']);

/** The end (exclusive) of a relative clause: the token after the first comma past the verb. */
function findClauseComma(tokens: readonly Token[], verb: number): number {
  const end = findPartEnd(tokens, verb);
  for (let k = verb; k < end; k += 1) if (/,/.test(tokens[k]?.post ?? '')) return k + 1;
  return end;
}

/** "Asked whether he had called, Lin said: …", "Speaking in Lisbon, Lin said …", "When pressed, Lin said …": a
 * clause without a subject of its own before "X said" sets the scene; it is not what X said. */
function isCircumstance(tokens: readonly Token[], first: number): boolean {
  const t = tokens[first];
  if (!t) return false;
  if (['when', 'while', 'after', 'before', 'if', 'asked', 'pressed', 'questioned'].includes(t.normal))
    return true;
  return (t.tags.has('Gerund') || t.tags.has('Participle') || t.tags.has('PastTense')) && t.tags.has('Verb');
}

/** "Our health correspondent, Bo Lin, reports.", "The harbour master, Lin, said.": before the tail stands only a
 * noun phrase with no verb that describes the speaker (an apposition), not words the speaker said. */
function isSpeakerDescription(tokens: readonly Token[], range: TokenRange): boolean {
  const words = tokens.slice(range.first, range.last + 1);
  const opener = words[0];
  if (!opener || !['our', 'the', 'a', 'an', 'his', 'her', 'its', 'their'].includes(opener.normal))
    return false;
  if (words.some(t => t.quoted || t.tags.has('Verb') || /[.;:!?]/.test(t.post))) return false;
  const head = words[words.length - 1]!;
  return /,/.test(head.post) && (ROLE_HEADS.has(head.normal) || PERSONNEL_NOUNS.has(head.normal));
}

function isTailEnd(tokens: readonly Token[], verb: number, limit: number): boolean {
  // ", her agent said on Friday, during a brief hearing …": after a comma comes an adjunct of the sentence, not the
  // verb's clause
  if (/,/.test(tokens[verb]?.post ?? '')) return true;
  for (let k = verb + 1; k < limit; k += 1) {
    const t = tokens[k];
    if (!t || (t.tags.has('Verb') && !isNounAfterModifier(tokens, k)) || t.tags.has('Pronoun')) return false;
    if (/,/.test(t.post)) return k > verb + 1 || !tokens[k + 1]?.tags.has('Verb');
  }
  return true;
}

/** "on a call with the Clinton campaign": a word the tagger reads as a verb right after a determiner, a name or an
 * adjective heads a noun phrase. */
function isNounAfterModifier(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!before || /[,;:]/.test(before.post)) return false;
  return ['Determiner', 'ProperNoun', 'Adjective', 'Possessive'].some(tag => before.tags.has(tag));
}

/** The first of the adverbs of manner right before a stance verb ("repeatedly", "strongly"), or the verb. */
function skipMannerBack(tokens: readonly Token[], verb: number): number {
  let k = verb;
  while (k > 0 && tokens[k - 1]!.tags.has('Adverb') && !NOT_MANNER.has(tokens[k - 1]!.normal)) k -= 1;
  return k;
}

const NOT_MANNER = new Set([
  'not',
  'never',
  'also',
  'then',
  'later',
  'earlier',
  'now',
  'today',
  'yesterday',
  'so',
]);

/** ", but confirmed …", " and added …": a second report of the same subject ends the first one's clause. */
function findCoordinationCuts(tokens: readonly Token[], reports: readonly Report[], r: Report): number[] {
  return reports
    .filter(o => o.verb > r.verb && o.subject.speakerIds.join() === r.subject.speakerIds.join())
    .map(o => {
      const before = readVerbGroupBack(tokens, o.verb - 1).before;
      // "added that …, adding …": after a neutral report, a participle after a comma reports anew (after a stance
      // verb it words the same act: "denied it, saying …")
      const participle = tokens[o.verb]?.normal.endsWith('ing') && /,/.test(tokens[o.verb - 1]?.post ?? '');
      if (participle && r.entry.stance === null && !r.entry.keepsVerb) return o.verb;
      if (['but', 'and'].includes(tokens[before]?.normal ?? '')) return before;
      // "said the mayor shouted at her when she raised the budget …": a report inside a subordinate clause belongs to the
      // first one's words; only a new clause (after a comma or a semicolon) starts a report of its own
      const opener = tokens[o.subject.first - 1];
      if (COORDINATORS.has(opener?.normal ?? '')) return o.subject.first;
      return /[,;]/.test(opener?.post ?? '') ? o.subject.first : -1;
    });
}

/** "said the letters were genuine but did not explain the meeting": a coordinated, negated verb of saying is the
 * reporting subject's omission (or refusal), not part of what was reported; the clause ends at the coordinator. */
function findWithheldSpeechCuts(tokens: readonly Token[]): number[] {
  return tokens.flatMap((t, v) => {
    if (t.quoted || !findReportingVerb(t.normal) || !isReportingVerbAt(tokens, v)) return [];
    const group = readVerbGroupBack(tokens, v - 1);
    const conj = tokens[group.before];
    return group.negated && (conj?.normal === 'but' || conj?.normal === 'and') ? [group.before] : [];
  });
}

/** "Lin said relations had soured under Duarte, who accused him of …": a relative clause that reports (its head
 * the speaker) is a statement of its own; the clause it hangs on ends at its relative pronoun. */
function findRelativeReports(tokens: readonly Token[], reports: readonly Report[]): number[] {
  return reports.flatMap(o => {
    if (!o.subject.relative) return [];
    for (let k = o.verb - 1; k >= 0 && k >= o.verb - 4; k -= 1)
      if (RELATIVE_PRONOUNS.has(tokens[k]!.normal)) return [k];
    return [];
  });
}

const NEGATORS = new Set(['not', 'never', "n't"]);
const VERB_GROUP_MODALS = new Set(['would', 'will', 'could', 'can', 'did', 'does', 'do']);

/** "but would not comment", "and also said": the token before the verb once adverbs, a negation and a modal or
 * "do" are passed, and whether those were negated and modal. */
function readVerbGroupBack(
  tokens: readonly Token[],
  k: number,
): { before: number; negated: boolean; modal: boolean } {
  let j = skipAdverbsBack(tokens, k);
  let negated = false;
  let modal = false;
  while (j > 0 && (NEGATORS.has(tokens[j]!.normal) || VERB_GROUP_MODALS.has(tokens[j]!.normal))) {
    if (NEGATORS.has(tokens[j]!.normal)) negated = true;
    else modal = modal || !['did', 'does', 'do'].includes(tokens[j]!.normal);
    j = skipAdverbsBack(tokens, j - 1);
  }
  return { before: j, negated, modal };
}

/** "and also said", "and instead said": the token before the verb once adverbs are passed. */
function skipAdverbsBack(tokens: readonly Token[], k: number): number {
  let j = k;
  while (j > 0 && tokens[j]?.tags.has('Adverb') && !COORDINATORS.has(tokens[j]!.normal)) j -= 1;
  return j;
}

function cutAt(range: TokenRange, ...cutLists: number[][]): TokenRange {
  const cut = cutLists
    .flat()
    .filter(c => c > range.first)
    .sort((a, b) => a - b)[0];
  return cut === undefined ? range : { first: range.first, last: Math.min(range.last, cut - 1) };
}

function isInsideComplement(outer: Report, verb: number): boolean {
  return !outer.tail && outer.complement.first <= verb && verb <= outer.complement.last;
}

function toCandidate(
  reading: Reading,
  sentence: Sentence,
  tokens: readonly Token[],
  r: Report,
): Candidate | null {
  if (ACTS_ON_PEOPLE.has(r.entry.lemma) && isActOnPerson(reading, tokens, r)) return null;
  const kind = findKind(tokens, r);
  if (kind === null) return null;
  const textFirst = r.negated
    ? Math.max(r.subject.first + 1, findNegationStart(tokens, r.verb))
    : withBareStanceSubject(reading, tokens, r);
  const first = tokens[r.tail ? r.complement.first : Math.min(textFirst, r.complement.first)];
  const last = tokens[r.complement.last];
  if (!first || !last) return null;
  const start = first.start - countLeadingMark(first.pre);
  const end = last.end + countTrailingMarks(last.post);
  const prefixSpan = r.prefix ? toSpan(tokens, r.prefix) : null;
  const text = trimStatementText(
    [
      prefixSpan ? trimStatementText(reading.analysis.text.slice(...prefixSpan)) : '',
      reading.analysis.text.slice(start, end),
    ].join(' '),
  );
  if (!text) return null;
  const attributionStart = tokens[Math.min(r.subject.first, r.verb)]?.start ?? sentence.start;
  const attributionEnd = r.tail ? sentence.end : (tokens[r.complement.first]?.start ?? sentence.end);
  return {
    rule: findRule(tokens, r),
    speakerIds: r.subject.speakerIds,
    text,
    spans: [
      ...(prefixSpan ? [prefixSpan] : []),
      [start, start + reading.analysis.text.slice(start, end).trimEnd().length],
    ],
    kind,
    kindFromVerb: r.entry.stance !== null || r.negated,
    mode: 'reported',
    quoted: false,
    firstSentence: sentence.index,
    lastSentence: sentence.index,
    zone: sentence.zone,
    attribution: [attributionStart, Math.max(attributionStart, attributionEnd)],
    viaAnaphor: r.subject.viaAnaphor ?? false,
    viaPronoun: r.subject.viaPronoun ?? false,
    clause: !r.tail && hasFiniteVerb(tokens, r.complement),
  };
}

/** Most content words a stance's object may have and still be bare ("rejected the accusations", "declined to
 * comment"). */
const BARE_STANCE_WORDS = 1;

/** "The harbour board has rejected the accusations.": a stance with no words of its own beyond the act is cited
 * as the whole clause, its subject included (the act is all there is to quote); a stance with a clause of its own
 * ("denied that the depot leaked") starts at the verb. Only a subject right before its verb (over adverbs and
 * auxiliaries) joins. */
function withBareStanceSubject(reading: Reading, tokens: readonly Token[], r: Report): number {
  if (!r.entry.keepsVerb || r.entry.stance === null || r.tail || r.prefix || r.subject.relative)
    return r.textFirst;
  if (r.subject.first >= r.textFirst || r.textFirst - r.subject.first > 8) return r.textFirst;
  if (r.subject.viaPronoun || r.subject.viaAnaphor || tokens[r.verb]?.normal.endsWith('ing'))
    return r.textFirst;
  const mention = reading.mentionAt(tokens[r.subject.first]!.start, tokens[r.subject.first]!.end);
  for (let k = r.subject.first; k < r.textFirst; k += 1) {
    const t = tokens[k]!;
    if (t.quoted || /[,;:()]/.test(t.post) || t.tags.has('Pronoun')) return r.textFirst;
    const inName = mention !== undefined && t.end <= mention.end + 1;
    if (!inName && !t.tags.has('Adverb') && !t.tags.has('Auxiliary')) return r.textFirst;
  }
  const [a, b] = [tokens[r.complement.first], tokens[r.complement.last]];
  if (!a || !b) return r.textFirst;
  const words = toContentWords(reading.analysis.text.slice(a.start, b.end));
  return words.length <= BARE_STANCE_WORDS ? r.subject.first : r.textFirst;
}

/** "two slipways, which the guild says would cost 80 jobs": the relative pronoun before the subject is the subject
 * of the reported clause. */
function isRelativeObject(tokens: readonly Token[], r: Report): boolean {
  const before = tokens[r.subject.first - 1]?.normal === 'the' ? r.subject.first - 2 : r.subject.first - 1;
  return ['which', 'that'].includes(tokens[before]?.normal ?? '') && /,/.test(tokens[before - 1]?.post ?? '');
}

/** "The panel has "heard enough", she says, and will rule in May": after a parenthetical attribution, a predicate
 * joined by "and" is a second point of the same speaker about the same subject; two statements, the first the words
 * before the parenthetical, the second the predicate. */
function splitCoordinatedPredicate(tokens: readonly Token[], r: Report): Report[] {
  const [conj, next] = [tokens[r.complement.first], tokens[r.complement.first + 1]];
  if (!r.prefix || r.tail || conj?.normal !== 'and' || conj.quoted || !next) return [r];
  if (!next.tags.has('Verb') && !next.tags.has('Modal') && !next.tags.has('Auxiliary')) return [r];
  const second = { first: r.complement.first + 1, last: r.complement.last };
  return [
    { ...r, prefix: undefined, complement: r.prefix, textFirst: r.prefix.first },
    { ...r, prefix: undefined, complement: second, textFirst: second.first },
  ];
}

/** The construction row (constructions.ts) a report instantiates. */
function findRule(tokens: readonly Token[], r: Report): string {
  if (r.tail) return 'reported-tail';
  if (r.prefix) return 'reported-parenthetical';
  // "would not comment" read here (its subject shared with a coordinated report) is the frame row's construction
  if (r.negated) return WITHHELD_SPEECH.has(r.entry.lemma) ? 'would-not-comment' : 'would-not-say';
  if (r.subject.relative) return 'reported-relative-clause';
  if (isRelativeObject(tokens, r)) return 'reported-relative-object';
  const lemma = r.entry.lemma;
  if (lemma === 'describe') return 'described-as';
  if (lemma === 'call' && !['for', 'on'].includes(tokens[r.verb + 1]?.normal ?? '')) return 'called-it';
  if (['call', 'urge', 'demand'].includes(lemma)) return 'urged-to';
  if (lemma === 'plead') return 'pleaded';
  if (r.entry.stance === 'refusal') return 'refused-to';
  if (tokens[r.verb]?.normal.endsWith('ing')) return 'reported-participle';
  if (r.entry.keepsVerb || r.entry.stance !== null) return 'stance-verb';
  return 'said-that';
}

function findKind(tokens: readonly Token[], r: Report): StatementKind | null {
  // with the punctuation, so that a clause break ("useful, but he is not …") still divides the words
  const words = tokens
    .slice(r.complement.first, r.complement.last + 1)
    .map(t => `${t.pre}${t.text}${t.post}`)
    .join('')
    .trim();
  // "would not say", "could not confirm": unwillingness is a refusal; "did not say how long" only reports what
  // was missing from an answer, and says nothing
  if (r.negated) return NEGATED_REFUSALS.has(r.entry.lemma) && r.subject.modal ? 'refusal' : null;
  // "rejected the bid", "rebuffed a new approach": an offer turned down, no fact denied
  if (r.entry.stance === 'denial' && isObjectHeadedBy(tokens, r, OFFER_NOUNS)) return 'claim';
  // "denied the reporters entry": a permission withheld, no speech at all
  if (r.entry.lemma === 'deny' && isObjectHeadedBy(tokens, r, GRANTED_NOUNS)) return null;
  // "slammed reports of a feud as 'total nonsense'": blame laid on an account, called false, denies it
  if (
    r.entry.stance === 'accusation' &&
    / as\b/i.test(words) &&
    isObjectHeadedBy(tokens, r, ACCOUNT_NOUNS) &&
    classifyContent(words.replace(/^.*? as\b/i, '')) === 'denial'
  )
    return 'denial';
  if (r.entry.lemma === 'dismiss') {
    const as = / as\b/i.test(words) ? classifyContent(words.replace(/^.*? as\b/i, '')) : 'denial';
    return as === 'accusation' ? 'accusation' : 'denial';
  }
  // "described the talks as 'constructive'": the kind is in what the speaker calls it
  if (r.entry.lemma === 'describe') return classifyContent(words.replace(/^.*? as\b/i, ''));
  const naming = r.entry.lemma === 'call' && !['for', 'on'].includes(tokens[r.verb + 1]?.normal ?? '');
  if (naming) {
    // "called that "simply wrong"", "called the report plain wrong": an account called wrong is denied (a deed
    // called wrong is blamed: "called the decision wrong" stays as the words read)
    const judged = classifyContent(words);
    return judged === 'claim' && ACCOUNT_CALLED_WRONG.test(words) ? 'denial' : judged;
  }
  // "pleaded guilty to fraud" admits; "pleaded not guilty" denies
  if (r.entry.lemma === 'plead') return /^guilty\b/i.test(words) ? 'confirmation' : 'denial';
  if (['call', 'urge', 'demand'].includes(r.entry.lemma))
    return DEMAND_ACCUSATION.test(words) ? 'accusation' : 'claim';
  return r.entry.stance ?? classifyContent(words);
}

/** The object the stance verb governs, before its first preposition, "that" or "as", is headed by a word of
 * `nouns`: an offer ("rejected PotashCo's proposed bid of …", "rebuffed a new attempt by …"), a permission ("denied
 * them entry"). */
function isObjectHeadedBy(tokens: readonly Token[], r: Report, nouns: ReadonlySet<string>): boolean {
  const from = r.verb + 1 + r.entry.particle.length;
  for (let k = from; k <= r.complement.last && k < from + 12; k += 1) {
    const t = tokens[k]!;
    if (nouns.has(t.normal)) return true;
    // "the players' pay claim", "a claim for damages": a demand, turned down like an offer
    if (nouns === OFFER_NOUNS && /^claims?$/.test(t.normal)) {
      if (DEMAND_CLAIM_MODIFIERS.has(tokens[k - 1]?.normal ?? '') || tokens[k + 1]?.normal === 'for')
        return true;
    }
    if (t.quoted || ['that', 'as'].includes(t.normal) || t.tags.has('Preposition') || /[,;:]/.test(t.post))
      return false;
  }
  return false;
}

/** "dismissed manager Tomas Lind", "rejected two staff members", "denied him a visa":
 * the stance verb's object is a person (a name, a role or staff noun, an object pronoun), not what was said; a
 * possessive ("dismissed Lind's claims") is only the owner of the object. */
function isActOnPerson(reading: Reading, tokens: readonly Token[], r: Report): boolean {
  let k = r.verb + 1 + r.entry.particle.length;
  const first = tokens[k];
  if (!first || first.quoted) return false;
  // "denied him a visa", "rejected them": a pronoun object, then no clause of its own
  if (PERSON_OBJECT_PRONOUNS.has(first.normal)) {
    const next = tokens[k + 1];
    return !next || !['that', 'of', 'as'].includes(next.normal);
  }
  while (tokens[k] && OBJECT_OPENERS.has(tokens[k]!.normal)) k += 1;
  for (let n = k; n < tokens.length && n < k + 4; n += 1) {
    const t = tokens[n]!;
    if (t.quoted || t.tags.has('Possessive') || /['\u2019]s?$/.test(t.text) || tokens[n + 1]?.normal === "'s")
      return false;
    const mention = reading.mentionAt(t.start, t.end);
    if (mention) {
      const entity = reading.analysis.entities.get(mention.entityId);
      if (entity?.label !== 'Person') return false;
      // "Bo Lin's account": the name owns the object
      const last = tokens.filter(x => x.start < mention.end).pop()!;
      const after = tokens.find(x => x.start >= mention.end);
      const owns = (x: Token | undefined) => !!x && (x.tags.has('Possessive') || /['\u2019]s?$/.test(x.text));
      return !owns(last) && !(after && /^['\u2019]s?$/.test(after.text));
    }
    const singular = t.normal.replace(/s$/, '');
    const next = tokens[n + 1];
    const isHead =
      !next || !(next.tags.has('Noun') || next.tags.has('Possessive') || /^['\u2019]s?$/.test(next.text));
    if (ROLE_HEADS.has(t.normal) || ROLE_HEADS.has(singular) || PERSONNEL_NOUNS.has(singular)) return isHead;
    // "the harbour manager": words before the head that describe it
    if (!t.tags.has('Adjective') && !t.tags.has('Value') && !(t.tags.has('Noun') && !isHead)) return false;
  }
  return false;
}

function findNegationStart(tokens: readonly Token[], verb: number): number {
  let k = verb;
  while (
    k > 0 &&
    /^(did|does|do|would|will|could|can|has|have|had|not|never)$/.test(tokens[k - 1]?.normal ?? '')
  )
    k -= 1;
  return k;
}

function toSpan(tokens: readonly Token[], range: TokenRange): [number, number] {
  return [tokens[range.first]!.start, tokens[range.last]!.end];
}

function countLeadingMark(pre: string): number {
  const m = pre.match(/["\u201c\u2018']$/);
  return m ? 1 : 0;
}

function countTrailingMarks(post: string): number {
  const m = post.match(/^[.,!?]*["\u201d\u2019']/);
  return m ? m[0].length : 0;
}
