// "told the council on Tuesday that the depot would close" -> the complement "the depot would close": after the
// verb come time phrases, an addressee ("the council", "her deputies in Porto") and "that", then the reported clause.
import { ACCOUNT_CALLED_WRONG, classifyContent } from './classify-kind';
import type { ReportingVerb } from './reporting-verbs';
import { isReportingVerbAt, REFUSED_ACTS } from './reporting-verbs';
import type { Token } from './read-tokens';
import { OBJECT_PRONOUNS } from '../lexicon/function-words';

export interface TokenRange {
  first: number;
  last: number;
}

const TIME_PREPOSITIONS = new Set([
  'on',
  'in',
  'at',
  'during',
  'last',
  'this',
  'earlier',
  'late',
  'later',
  'early',
  'next',
]);
const PLEAS = new Set(['guilty', 'not', 'innocent']);
/** Subordinators that open a clause about when or how something was said, or a concession the reporter adds ("X
 * said, though the office has not set a date": the narrator's reservation, not X's words). */
const CIRCUMSTANCE = new Set([
  'as',
  'while',
  'whilst',
  'after',
  'before',
  'upon',
  'outside',
  'though',
  'although',
]);

/** "as he left", "while visiting", "when asked" (but "would not say when the review ends" asks a question). */
function isCircumstance(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.quoted) return false;
  if (t.normal === 'when')
    return !!tokens[k + 1]?.tags.has('PastTense') || !!tokens[k + 1]?.tags.has('Participle');
  return CIRCUMSTANCE.has(t.normal);
}
const STOP = new Set([
  'so',
  'it',
  'this',
  'that',
  'the',
  'a',
  'an',
  'and',
  'or',
  'to',
  'of',
  'in',
  'on',
  'as',
  'not',
]);

/** The reported clause after the verb at `verb`, up to `limit` (exclusive), or null when there is none. */
export function findComplement(
  tokens: readonly Token[],
  verb: number,
  entry: ReportingVerb,
  limit: number,
): TokenRange | null {
  let k = verb + 1;
  if (entry.stance === 'refusal') return findRefusedAct(tokens, k, limit);
  // "pleaded not guilty", "pleaded guilty to fraud": a plea, not "pleaded with the judge"
  if (entry.lemma === 'plead' && !PLEAS.has(tokens[k]?.normal ?? '')) return null;
  if (!entry.particle.every((word, n) => tokens[k + n]?.normal === word)) return null;
  k += entry.particle.length;
  // "pushed back at the claim" (not "pushed back the vote"): the preposition names what the answer is aimed at
  if (entry.lemma === 'push') {
    k = skipAdverbials(tokens, k, limit);
    if (!['at', 'against', 'on'].includes(tokens[k]?.normal ?? '')) return null;
  }
  // "agreed to pay", "agreed with the board": an act or a side, not a clause
  if (entry.clauseOnly && ['to', 'with', 'on'].includes(tokens[k]?.normal ?? '')) return null;
  if (entry.lemma === 'call' && !['for', 'on'].includes(tokens[k]?.normal ?? ''))
    return findNaming(tokens, k, limit);
  if (entry.lemma === 'describe') return findDescribedAs(tokens, verb, limit);
  k = skipAdverbials(tokens, k, limit);
  // "he says, and walks to his car", "she said and left": the subject's next act, not what was said
  if (isNextAct(tokens, k)) return null;
  // '"…," Lin said in a statement issued after the talks': the medium of the saying, with no clause after it
  if (isMedium(tokens, k) && findThat(tokens, k, limit) === null) return null;
  // "she said as she boarded the train", "she said when asked": a circumstance of the saying, not what was said;
  // but "dismissed as nonsense reports that …": after a verb that keeps its place, "as" gives the verdict
  const verdict = entry.keepsVerb && tokens[k]?.normal === 'as';
  if (!verdict && isCircumstance(tokens, k) && findThat(tokens, k, limit) === null) return null;
  // "Corvane rejects that.", "Lin denies this.": after a stance verb a demonstrative closing the sentence points
  // back at the account before, it opens no clause; the act is all there is to cite
  const pointing =
    entry.stance !== null &&
    ['that', 'this'].includes(tokens[k]?.normal ?? '') &&
    k + 1 >= limit &&
    !tokens[k]?.quoted;
  if (pointing) return { first: k, last: k };
  const that = pointing ? null : findThat(tokens, k, limit);
  if (that !== null) k = that + 1;
  // "As the ministry informs, the consul was …": after a comma comes the clause, not an addressee
  else if (entry.object && !/,/.test(tokens[verb]?.post ?? '')) {
    // "told the accused to stand up", "told reporters to wait": an order to the addressee, not a statement
    if (entry.lemma === 'tell' && isOrder(tokens, k, limit)) return null;
    k = skipAddressee(tokens, k, limit);
    // "told the crowd as she boarded the ferry": the addressee, then a circumstance of the telling
    if (isCircumstance(tokens, k) && findThat(tokens, k, limit) === null) return null;
  }
  k = skipAdverbials(tokens, k, limit);
  if (tokens[k]?.normal === 'that' && !tokens[k]?.quoted) k += 1;
  const spliced = findCommaSplice(tokens, k, findColon(tokens, k, limit - 1));
  const last = entry.keepsVerb ? cutAtCircumstance(tokens, k, spliced) : spliced;
  if (k > last || !hasContent(tokens, k, last, entry.keepsVerb ? 1 : 2)) return null;
  return { first: k, last };
}

/** "and walks", "then left": a coordinator and a finite verb right after the reporting verb, sharing its subject. */
function isNextAct(tokens: readonly Token[], k: number): boolean {
  const [conj, verb] = [tokens[k], tokens[k + 1]];
  if (!conj || !verb || conj.quoted || !['and', 'then'].includes(conj.normal)) return false;
  return verb.tags.has('Verb') && !verb.tags.has('Gerund') && !verb.tags.has('Auxiliary') && !verb.quoted;
}

const MEDIA = new Set([
  'statement',
  'interview',
  'letter',
  'post',
  'tweet',
  'briefing',
  'speech',
  'email',
  'e-mail',
  'memo',
  'memorandum',
  'note',
  'message',
  'communique',
  'communiqué',
  'release',
  'newsletter',
  'column',
]);

/** Words that may stand between the article and the medium: "in a written statement", "in an internal memo". */
const MEDIUM_MODIFIERS = new Set([
  'written',
  'joint',
  'brief',
  'short',
  'televised',
  'radio',
  'internal',
  'private',
  'leaked',
  'confidential',
  'open',
  'separate',
  'later',
  'emailed',
  'prepared',
  'press',
  'video',
  'online',
]);

/** "in a statement", "in an interview with the paper", "in a written statement": how the words came out. */
function isMedium(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.normal !== 'in' || tokens[k]?.quoted) return false;
  let j = k + 2;
  while (j < k + 4 && MEDIUM_MODIFIERS.has(tokens[j]?.normal ?? '') && !MEDIA.has(tokens[j]?.normal ?? ''))
    j += 1;
  // "in a staff memo": a noun before the medium
  if (
    !MEDIA.has(tokens[j]?.normal ?? '') &&
    MEDIA.has(tokens[j + 1]?.normal ?? '') &&
    !/[,.;:]/.test(tokens[j]?.post ?? '')
  )
    j += 1;
  if (
    !['a', 'an', 'the', 'his', 'her', 'its', 'their'].includes(tokens[k + 1]?.normal ?? '') ||
    !MEDIA.has(tokens[j]?.normal ?? '')
  )
    return false;
  // only a medium that runs on as a participle phrase or ends the clause ("in a statement issued after the
  // talks", "in a statement."); "said in a statement it was not true …" goes on with the clause itself
  const next = tokens[j + 1];
  return (
    !next ||
    /[,.;:]/.test(tokens[j]!.post) ||
    MEDIUM_PARTICIPLES.has(next.normal) ||
    // "in an internal memo seen by the Gazette", "in an email obtained by reporters": a participle and its agent
    ((next.tags.has('Participle') || next.tags.has('PastTense')) &&
      ['by', 'to'].includes(tokens[j + 2]?.normal ?? ''))
  );
}

const MEDIUM_PARTICIPLES = new Set([
  'issued',
  'released',
  'sent',
  'published',
  'posted',
  'circulated',
  'put',
]);

const CIRCUMSTANTIAL = new Set(['after', 'before', 'when', 'while', 'as', 'since']);

/** "denying that she would quit after the paper revealed she had dined with the buyer": once a stance verb's clause has its
 * verb, a subordinate clause of time ("after the paper revealed …") tells when the stance was taken, not what it says. */
function cutAtCircumstance(tokens: readonly Token[], first: number, last: number): number {
  let finite = false;
  // the clause's verb counts after its "that" ("calling for X to be suspended while …" has none: the time is the
  // call's own)
  let thatSeen = tokens[first - 1]?.normal === 'that';
  for (let m = first; m <= last; m += 1) {
    const t = tokens[m]!;
    const next = tokens[m + 1];
    const opensClause =
      !!next && (next.tags.has('Pronoun') || next.tags.has('Determiner') || next.tags.has('ProperNoun'));
    if (finite && CIRCUMSTANTIAL.has(t.normal) && !t.quoted && opensClause) return m - 1;
    if (t.normal === 'that') thatSeen = true;
    if (thatSeen && t.tags.has('Verb') && !t.tags.has('Gerund') && !t.tags.has('Infinitive') && t.text !== '')
      finite = true;
  }
  return last;
}

/** "dismissed the claim: its lawyer said …": a colon outside quotes ends the reported clause (what follows
 * explains or reports anew). */
function findColon(tokens: readonly Token[], first: number, last: number): number {
  for (let k = first; k < last; k += 1) if (tokens[k]?.post.includes(':') && !tokens[k]?.quoted) return k;
  return last;
}

/** "denies misleading the auditors, Lin sold the farm twice": a new clause after a bare comma ends the complement;
 * so does a coordinated clause in which someone else reports ("…, but Lin declined to say", "…, and the club said"). */
function findCommaSplice(tokens: readonly Token[], first: number, last: number): number {
  for (let k = first; k < last; k += 1) {
    if (!tokens[k]?.post.startsWith(',') || tokens[k]?.quoted) continue;
    if (isCoordinatedReport(tokens, k + 1, last)) return k;
    let j = k + 1;
    while (j <= last && tokens[j]?.tags.has('ProperNoun') && !tokens[j]?.tags.has('Possessive')) j += 1;
    const verb = tokens[j];
    // "that its engineer, Oskar Drummel, had met …": a name closed by a second comma is an apposition to the
    // noun before it, and the clause runs on through it
    const apposition = tokens[j - 1]?.post.startsWith(',') ?? false;
    if (
      j > k + 1 &&
      !apposition &&
      verb?.tags.has('Verb') &&
      !verb.tags.has('Gerund') &&
      !verb.tags.has('Participle')
    )
      return k;
  }
  return last;
}

const COORDINATORS = new Set(['and', 'but', 'while', 'whereas']);

/** "but Lin declined …", "and the club's lawyer said …": a coordinator, a subject of names or a short noun phrase
 * (no pronoun: "and she said" may continue the same speaker), then a verb of saying. */
function isCoordinatedReport(tokens: readonly Token[], k: number, last: number): boolean {
  if (!COORDINATORS.has(tokens[k]?.normal ?? '')) return false;
  let j = k + 1;
  const subject = j;
  while (
    j <= last &&
    j < subject + 5 &&
    !tokens[j]?.tags.has('Pronoun') &&
    !tokens[j]?.tags.has('Verb') &&
    !isReportingVerbAt(tokens, j)
  )
    j += 1;
  return j > subject && j <= last && isReportingVerbAt(tokens, j) && !tokens[j]?.tags.has('Gerund');
}

/** Enough words that say something ("so" or "it" alone is not a claim; "denied the report" needs one). */
export function hasContent(tokens: readonly Token[], first: number, last: number, min = 2): boolean {
  let n = 0;
  for (let k = first; k <= last; k += 1) if (tokens[k]?.text && !STOP.has(tokens[k]!.normal)) n += 1;
  return n >= min;
}

/** "called the report ‘fake news’", "called him a liar": naming something in words that judge it. */
function findNaming(tokens: readonly Token[], k: number, limit: number): TokenRange | null {
  const words = tokens.slice(k, limit);
  const text = words.map(t => t.text).join(' ');
  const judged =
    words.some(t => t.quoted) || classifyContent(text) !== 'claim' || ACCOUNT_CALLED_WRONG.test(text);
  return judged && k < limit && hasContent(tokens, k, limit - 1) ? { first: k, last: limit - 1 } : null;
}

/** "described the talks as 'constructive'": an object, then "as" and what the speaker calls it (the passive "was
 * described as a loner" never gets here: reporting verbs after "be" report nothing). Not a relative clause whose pronoun is the
 * object ("the drug, which the firm described as its best,": narration) and not "described how …" (an account of
 * events, not a judgement). */
function findDescribedAs(tokens: readonly Token[], verb: number, limit: number): TokenRange | null {
  for (let i = verb + 1; i < limit && i <= verb + 8; i += 1) {
    const t = tokens[i];
    if (!t || (t.tags.has('Verb') && !t.quoted) || /[;:]/.test(t.post)) return null;
    // "which Corvane had described as its best product": no object, the relative pronoun is it; but "for what a
    // ministry official described as "a frank talk"": the free relative "what" is the speaker's own label, quoted
    if (t.normal === 'as' && !t.quoted && i === verb + 1)
      return isFreeRelativeBefore(tokens, verb) &&
        tokens[i + 1]?.quoted &&
        hasContent(tokens, i + 1, limit - 1, 1)
        ? { first: i + 1, last: limit - 1 }
        : null;
    if (t.normal === 'as' && !t.quoted)
      return hasContent(tokens, i + 1, limit - 1, 1) ? { first: verb + 1, last: limit - 1 } : null;
  }
  return null;
}

/** "what a ministry official described": "what" opens the clause of the subject, a few words before the verb. */
function isFreeRelativeBefore(tokens: readonly Token[], verb: number): boolean {
  for (let k = verb - 1; k >= 0 && k >= verb - 6; k -= 1) {
    const t = tokens[k]!;
    if (t.quoted || /[,;:.]/.test(t.post)) return false;
    if (t.normal === 'what') return true;
  }
  return false;
}

function findRefusedAct(tokens: readonly Token[], k: number, limit: number): TokenRange | null {
  const t = tokens[k];
  // "refused to outright endorse her": an adverb may stand between "to" and the act
  const adverb = tokens[k + 1]?.tags.has('Adverb') || tokens[k + 1]?.normal === 'outright' ? 1 : 0;
  const acts = t?.normal === 'to' && REFUSED_ACTS.has(tokens[k + 1 + adverb]?.normal ?? '');
  const comment = t?.normal === 'comment' || (t?.normal === 'any' && tokens[k + 1]?.normal === 'comment');
  return (acts || comment) && k < limit ? { first: k, last: limit - 1 } : null;
}

function skipAdverbials(tokens: readonly Token[], k: number, limit: number): number {
  let i = k;
  while (i < limit) {
    const t = tokens[i];
    if (!t || t.quoted) break;
    const timePrep = TIME_PREPOSITIONS.has(t.normal) && tokens[i + 1]?.tags.has('Date');
    if (!(t.tags.has('Adverb') || t.tags.has('Date') || timePrep) || t.normal === 'not') break;
    i += 1;
  }
  return i;
}

/** "in a letter that", "her deputies in Porto that": a "that" reached without crossing a verb or a comma. */
function findThat(tokens: readonly Token[], k: number, limit: number): number | null {
  for (let i = k; i < limit && i <= k + 10; i += 1) {
    const t = tokens[i];
    if (!t || t.quoted) return null;
    if (t.normal === 'that' && i > k) return i;
    if ((t.tags.has('Verb') && !t.tags.has('Date')) || /[,;:]/.test(t.post)) return null;
  }
  return null;
}

/** "the council", "him", "her deputies in Porto": the addressee of tell/warn before a that-less clause. */
/** "to" plus a verb within four words of the addressee's start, before any "that": "told the accused to stand up". */
function isOrder(tokens: readonly Token[], k: number, limit: number): boolean {
  for (let i = k + 1; i < limit && i <= k + 4; i += 1) {
    const t = tokens[i]!;
    if (t.quoted || t.normal === 'that' || /[,.;:]/.test(tokens[i - 1]!.post)) return false;
    if (t.normal === 'to') return !!tokens[i + 1]?.tags.has('Verb') && !tokens[i + 1]?.tags.has('PastTense');
  }
  return false;
}

function skipAddressee(tokens: readonly Token[], k: number, limit: number): number {
  if (tokens[k]?.normal === 'that') return k;
  if (OBJECT_PRONOUNS.has(tokens[k]?.normal ?? '')) return k + 1;
  let i = k;
  while (i < limit && (tokens[i]?.tags.has('Determiner') || tokens[i]?.tags.has('Possessive'))) i += 1;
  const head = i;
  while (
    i < limit &&
    !tokens[i]?.tags.has('Pronoun') &&
    (tokens[i]?.tags.has('Noun') || tokens[i]?.tags.has('Adjective'))
  )
    i += 1;
  return i > head ? i : k;
}
