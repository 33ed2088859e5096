// "Last week Duarte told reporters that she had met Norvik's leaders. … Norvik denies the comment of Duarte." ->
// the meeting rests on one party's word, which the other party denies: denied, not reported. A report is a
// party's claim when the sentence telling it is that party's reported speech ("X said/told … that …"); the
// denial is a sentence whose subject is another party and whose denial verb has the claimant after it.
// Across the batch too: "Lee claimed the pair had met at the lodge" (or "a claim from Lee that …"), where a party
// "denied ever meeting" the other, is a claim the denial answers — unless some report tells the meeting as done in
// the outlet's own words, or it happened at another place or time than the one denied.
import type { ArticleAnalysis, Mention, Sentence } from '../analysis';
import { analyzeSentence } from '../sentence/analyze-sentence';
import type { SentenceToken } from '../sentence/analyze-sentence';
import { areDatesCompatible } from '../dates';
import {
  CLAIM_NOUNS,
  CLAIM_VERBS,
  DENIAL_WORDS,
  MEAL_NOUNS,
  MEETING_NOUNS,
  MEETING_VERBS,
  VISIT_VERBS,
} from './lexicon';
import type { ClaimReading, CountedMeetingFact } from './meeting-fact';
import { CONSTRUCTIONS } from './constructions';

/** The fact with its claim reading when it is reported (what settle-status.ts asks of reported facts only). */
export function withClaimReading(analysis: ArticleAnalysis, fact: CountedMeetingFact): CountedMeetingFact {
  return fact.status === 'reported' ? { ...fact, claim: readClaim(analysis, fact) } : fact;
}

/** The claim reading the article's per-article stage stored with the fact, else read now. */
export function claimOf(analysis: ArticleAnalysis, fact: CountedMeetingFact): ClaimReading {
  return fact.claim ?? readClaim(analysis, fact);
}

function readClaim(analysis: ArticleAnalysis, fact: CountedMeetingFact): ClaimReading {
  const claimant = findClaimant(analysis, fact);
  const toldAsClaim = !fact.attachOnly && isToldAsClaim(analysis, fact);
  return {
    claimant,
    deniedByOtherParty: claimant !== null && isDeniedByOtherParty(analysis, fact, claimant),
    toldAsClaim,
    ...(toldAsClaim && isDeniedRightAfter(analysis, fact) ? { deniedAfter: true } : {}),
  };
}

/** How many sentences after a claim its parties' denial may stand ("… Both deny it." / "He denies it."). */
const DENIAL_REACH = 2;

/** "The Gazette reported that Duarte had dined with Okafor. Both deny it.": within the next sentences, a denial
 * verb whose subject is the claim's parties ("both", "the two", a party's name or pronoun) and whose object is the
 * claim itself ("it", "this", "the report", or nothing). */
export function isDeniedRightAfter(analysis: ArticleAnalysis, fact: CountedMeetingFact): boolean {
  const at = analysis.sentences.findIndex(s => s.start <= fact.evidence.start && fact.evidence.start < s.end);
  if (at < 0) return false;
  const after = analysis.sentences.slice(at + 1, at + 1 + DENIAL_REACH).filter(s => s.zone === 'body');
  return after.some(sentence => {
    const tokens = analyzeSentence(analysis, sentence).tokens;
    if (saysNoneTookPlace(tokens)) return true;
    return tokens.some(verb => {
      if (verb.quoted || !verb.tags.has('Verb') || !DENIAL_WORDS.has(verb.lemma)) return false;
      if (tokens.slice(Math.max(0, verb.index - 3), verb.index).some(t => /^(not|never|n't)$/.test(t.normal)))
        return false;
      let k = verb.index - 1;
      while (k >= 0 && (tokens[k]!.tags.has('Adverb') || tokens[k]!.tags.has('Auxiliary'))) k -= 1;
      const subject = tokens[k];
      if (!subject || /[,;:]/.test(subject.post)) return false;
      const byParties =
        PAIR_WORDS.has(subject.normal) ||
        (/^(men|women)$/.test(subject.normal) && tokens[k - 1]?.normal === 'both') ||
        (/^(two|pair)$/.test(subject.normal) && tokens[k - 1]?.normal === 'the') ||
        subject.mentions.some(m => fact.participantIds.includes(m.entityId));
      if (!byParties) return false;
      const object = tokens[verb.index + 1];
      return (
        !object ||
        /^(it|this|them|everything)$/.test(object.normal) ||
        (/^(the|such)$/.test(object.normal) && CLAIM_NOUNS.has(tokens[verb.index + 2]?.normal ?? '')) ||
        /[.!?]/.test(verb.post)
      );
    });
  });
}

/** "There was no dinner", "No such meeting took place", "no meeting ever happened": the encounter claimed is said
 * not to have been. */
function saysNoneTookPlace(tokens: readonly SentenceToken[]): boolean {
  return tokens.some((t, i) => {
    if (t.normal !== 'no') return false;
    const noun = tokens[i + 1]?.normal === 'such' ? i + 2 : i + 1;
    const word = tokens[noun]?.normal ?? '';
    if (!MEETING_NOUNS.has(word) && !MEAL_NOUNS.has(word)) return false;
    const existential = /^(was|were)$/.test(tokens[i - 1]?.normal ?? '') && tokens[i - 2]?.normal === 'there';
    const happened = tokens
      .slice(noun + 1, noun + 3)
      .some(
        v =>
          v.tags.has('Verb') &&
          (/^(happen|occur)$/.test(v.lemma) ||
            (v.lemma === 'take' && tokens[v.index + 1]?.normal === 'place')),
      );
    return existential || happened;
  });
}

/** A subject that stands for both parties of a pair: "Both deny it". */
const PAIR_WORDS = new Set(['both']);

/** The participant whose reported speech tells the meeting in its evidence sentence, or null. */
export function findClaimant(analysis: ArticleAnalysis, fact: CountedMeetingFact): string | null {
  const sentence = sentenceAt(analysis, fact.evidence.start);
  if (!sentence) return null;
  const tokens = analyzeSentence(analysis, sentence).tokens;
  for (const verb of tokens) {
    if (!CLAIM_VERBS.has(verb.lemma) || !verb.tags.has('Verb')) continue;
    const subject = subjectBefore(tokens, verb.index);
    if (!subject || !fact.participantIds.includes(subject.entityId)) continue;
    // the other parties are named after the claim verb, inside what the claimant said
    const others = fact.participantIds.filter(id => id !== subject.entityId);
    const after = tokens.slice(verb.index + 1).flatMap(t => t.mentions.map(m => m.entityId));
    if (others.length > 0 && others.every(id => after.includes(id))) return subject.entityId;
  }
  return null;
}

/** True when another participant of the fact denies something the claimant is named in ("Y denies X's claim"). */
export function isDeniedByOtherParty(
  analysis: ArticleAnalysis,
  fact: CountedMeetingFact,
  claimant: string,
): boolean {
  const others = fact.participantIds.filter(id => id !== claimant);
  return analysis.sentences.some(sentence => {
    if (sentence.zone !== 'body') return false;
    const tokens = analyzeSentence(analysis, sentence).tokens;
    return tokens.some(verb => {
      if (
        verb.quoted ||
        !verb.tags.has('Verb') ||
        !(DENIAL_WORDS.has(verb.lemma) || DENIAL_WORDS.has(verb.normal))
      )
        return false;
      if (tokens.slice(Math.max(0, verb.index - 3), verb.index).some(t => /^(not|never|n't)$/.test(t.normal)))
        return false;
      const subject = subjectBefore(tokens, verb.index);
      if (!subject || !others.includes(subject.entityId)) return false;
      return tokens
        .slice(verb.index + 1, verb.index + 8)
        .some(t => t.mentions.some(m => m.entityId === claimant));
    });
  });
}

/** The meeting is told inside what someone said, claimed or alleged ("X said he had met Y", "a claim from X that Y
 * had met Z"), not as the outlet's own account: a reporting verb or a claim noun stands before the meeting word. */
export function isToldAsClaim(analysis: ArticleAnalysis, fact: CountedMeetingFact): boolean {
  const sentence = sentenceAt(analysis, fact.evidence.start);
  if (!sentence) return false;
  const tokens = analyzeSentence(analysis, sentence).tokens;
  // the fact's own meeting word where the reader kept it, else the sentence's first
  const own = fact.triggerStart === undefined ? -1 : tokens.findIndex(t => t.start === fact.triggerStart);
  const trigger =
    own >= 0
      ? own
      : tokens.findIndex(
          t =>
            MEETING_VERBS.has(t.lemma) ||
            VISIT_VERBS.has(t.lemma) ||
            MEETING_NOUNS.has(t.lemma) ||
            MEAL_NOUNS.has(t.normal),
        );
  if (trigger < 0) return false;
  return tokens
    .slice(0, trigger)
    .some(
      t =>
        t.part === tokens[trigger]!.part &&
        !t.quoted &&
        ((CLAIM_VERBS.has(t.lemma) && t.tags.has('Verb')) || CLAIM_NOUNS.has(t.normal)),
    );
}

/** Two accounts may tell one encounter: their dates agree where both give one, and so do their places. */
export function mayBeSameEncounter(a: CountedMeetingFact, b: CountedMeetingFact): boolean {
  if (a.date && b.date && !areDatesCompatible(a.date, b.date)) return false;
  if (!a.place || !b.place) return true;
  const words = (place: string) =>
    new Set(
      place
        .toLowerCase()
        .split(/[^\p{L}\d]+/u)
        .filter(w => w.length > 2 && w !== 'the'),
    );
  const left = words(a.place);
  return [...words(b.place)].some(w => left.has(w));
}

/** Rows that tell a shared meal ("had dinner with", "Duarte's lunch with"): their trigger is a meal noun. */
const MEAL_RULES = new Set(
  CONSTRUCTIONS.filter(row => row.pattern.includes('!@MEAL_NOUNS')).map(row => row.id),
);

/** A denial answers a claimed encounter of its own kind: "never had dinner with Y" answers a claimed dinner, not a
 * claimed meeting at a hearing; a denial of meeting or sitting with someone at all answers any claim. */
export function denialAnswers(denial: CountedMeetingFact, claim: CountedMeetingFact): boolean {
  return !MEAL_RULES.has(denial.rule) || MEAL_RULES.has(claim.rule);
}

/** The mention ending right before the verb (adverbs and auxiliaries between), outside quoted words. */
function subjectBefore(tokens: readonly SentenceToken[], verb: number): Mention | null {
  let k = verb - 1;
  while (k >= 0 && (tokens[k]!.tags.has('Adverb') || tokens[k]!.tags.has('Auxiliary'))) k -= 1;
  const t = tokens[k];
  if (!t || /[,;:]/.test(t.post)) return null;
  return t.mentions.find(m => m.end <= t.end && m.end >= t.start) ?? null;
}

function sentenceAt(analysis: ArticleAnalysis, start: number): Sentence | undefined {
  return analysis.sentences.find(s => s.start <= start && start < s.end);
}
