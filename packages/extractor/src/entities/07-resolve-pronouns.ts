// "Ana Duarte met Okafor on Monday. She said the talks went well." -> "She" is Ana Duarte (form 'pronoun').
// he/him/his -> the nearest compatible person, preferring a subject in the same sentence, then the subject of
// the sentences before; she/her likewise; it/its and they/their -> an organization named in the same sentence
// ("they" in a later sentence is mostly people). Gender comes from first names, titles and earlier pronouns.
// Never antecedents: a demonym ("Nigerian diplomats … their"), a name used as a modifier ("the Duarte plan").
import type { ParsedSentence, Token } from './02-split-sentences';
import type { ResolvedNames, WorkEntity, WorkMention } from './06-resolve-names';
import { addMention, entityOf, isSubjectPosition, mentionsIn } from './mention-helpers';
import { RELATIONAL_PERSON_NOUNS } from '../lexicon/references';
import { ROLE_HEADS } from '../lexicon/titles';
import { isPossessive } from './token-helpers';
import { EXPLETIVE_VERBS } from '../lexicon/function-words';

type Want = 'male' | 'female' | 'org-same';

const PRONOUNS: Readonly<Record<string, Want>> = {
  he: 'male',
  him: 'male',
  his: 'male',
  himself: 'male',
  she: 'female',
  her: 'female',
  hers: 'female',
  herself: 'female',
  it: 'org-same',
  its: 'org-same',
  itself: 'org-same',
  they: 'org-same',
  them: 'org-same',
  their: 'org-same',
  themselves: 'org-same',
};
const LOOK_BACK = 3;

/** Adds a 'pronoun' mention for every resolvable third-person pronoun. */
export function resolvePronouns(sentences: readonly ParsedSentence[], names: ResolvedNames): void {
  findStatedGenders(sentences, names);
  for (const s of sentences) {
    if (s.zone === 'boilerplate') continue;
    for (const t of s.tokens) {
      const want = PRONOUNS[t.lower];
      if (!want) continue;
      // "it" refers to an organization as a subject ("that it had recalled"), rarely as an object ("against it")
      if (t.lower === 'it' && !isFollowedByVerb(s.tokens, t.i)) continue;
      const target = findAntecedent(sentences, names, s, t, want);
      if (!target) continue;
      // inside someone's words a pronoun is as likely the speaker's adversary as anyone: no evidence of gender
      // ('"I never met her," he said' must not make the speaker female before "he" is read)
      if ((want === 'male' || want === 'female') && !target.gender && !isInsideQuote(s.tokens, t.i))
        target.gender = want;
      addMention(names, {
        entityKey: target.key,
        start: t.start,
        end: t.end,
        surface: t.text,
        form: 'pronoun',
        sentence: s.index,
        first: t.i,
        last: t.i,
      });
    }
  }
}

/** "Duarte said he would …", "Duarte believes that she …": the subject of a verb whose clause opens with he or
 * she, no other person named before it in the sentence, is that pronoun's person. Read over the whole article
 * before any pronoun is resolved, so that an early "her" cannot make a man of a woman named by surname only
 * ("… accused Ortiz of shouting at her" before "Ortiz said he …"). */
function findStatedGenders(sentences: readonly ParsedSentence[], names: ResolvedNames): void {
  for (const s of sentences) {
    if (s.zone === 'boilerplate') continue;
    for (const t of s.tokens) {
      const want = PRONOUNS[t.lower];
      if (
        (want !== 'male' && want !== 'female') ||
        !['he', 'she'].includes(t.lower) ||
        isInsideQuote(s.tokens, t.i)
      )
        continue;
      let k = t.i - 1;
      if (s.tokens[k]?.lower === 'that') k--;
      const verb = s.tokens[k];
      if (!verb || !verb.tags.has('Verb') || /[,;:]/.test(verb.post)) continue;
      while (k - 1 >= 0 && (s.tokens[k - 1] as Token).tags.has('Adverb')) k--;
      const people = mentionsIn(names, s.index).filter(
        m => m.last < t.i && entityOf(names, m)?.label === 'Person',
      );
      const subject = people[0];
      if (
        people.length !== 1 ||
        !subject ||
        subject.last !== k - 1 ||
        isPossessive(s.tokens[subject.last] as Token) ||
        isInsideQuote(s.tokens, subject.first)
      )
        continue;
      const person = entityOf(names, subject);
      if (person && !person.gender) person.gender = want;
    }
  }
}

/** The token stands between quotation marks opened earlier in its sentence (or by itself). */
function isInsideQuote(tokens: readonly Token[], i: number): boolean {
  let open = false;
  for (let k = 0; k <= i; k++) {
    const t = tokens[k] as Token;
    if (/["“]/.test(t.pre)) open = true;
    if (k < i && /["”]/.test(t.post)) open = false;
  }
  return open;
}

function isFollowedByVerb(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    const t = tokens[k] as Token;
    if (t.tags.has('Adverb') || t.tags.has('Negative')) continue;
    return t.tags.has('Verb');
  }
  return false;
}

function compatible(e: WorkEntity | undefined, want: Want): e is WorkEntity {
  if (!e) return false;
  if (want === 'male' || want === 'female')
    return e.label === 'Person' && (e.gender === null || e.gender === want);
  return e.label === 'Organization';
}

function findAntecedent(
  sentences: readonly ParsedSentence[],
  names: ResolvedNames,
  s: ParsedSentence,
  t: Token,
  want: Want,
): WorkEntity | null {
  // "Le Maire, who met Bezos in Paris, said he …": a pronoun after a relative clause refers to the clause's
  // head (the main-clause subject), never to a name inside the clause
  const clauses = findRelativeClauses(s.tokens).filter(c => c.end < t.i);
  const inClause = (m: WorkMention): boolean => clauses.some(c => m.first > c.head && m.last <= c.end);
  // '"Okafor broke his word," she said': the narrator's pronoun never points into someone's quoted words, where
  // the people named are those the speaker talks about, not the speaker
  const narrated = !isInsideQuote(s.tokens, t.i);
  const heard = (tokens: readonly Token[], m: WorkMention) => !narrated || !isInsideQuote(tokens, m.first);
  // "Osterlund received her": the object of a verb is never that verb's own subject (that would be "herself")
  const verb = objectPronounVerb(s.tokens, t);
  const subjectOfVerb = (m: WorkMention): boolean =>
    verb >= 0 &&
    m.last < verb &&
    s.tokens
      .slice(m.last + 1, verb)
      .every(x => x.text === '' || x.tags.has('Adverb') || x.tags.has('Auxiliary'));
  const same = mentionsIn(names, s.index).filter(
    m =>
      m.last < t.i &&
      !subjectOfVerb(m) &&
      !inClause(m) &&
      heard(s.tokens, m) &&
      isAntecedent(names, s.tokens, m, want) &&
      !ownsPerson(s.tokens, m),
  );
  const head = same.filter(m => clauses.some(c => c.head === m.last)).pop();
  if (head) return entityOf(names, head) ?? null;
  if (same.length) return choose(names, s.tokens, same, 'nearest-subject');
  if (t.lower === 'it' || t.lower === 'its') return findOrganizationSubject(sentences, names, s, t);
  if (want === 'org-same') return null;
  for (let k = s.index - 1; k >= 0 && k >= s.index - LOOK_BACK; k--) {
    const prev = sentences[k] as ParsedSentence;
    if (prev.zone === 'boilerplate' || prev.paragraph < s.paragraph - 1) break;
    const found = mentionsIn(names, k).filter(
      m => heard(prev.tokens, m) && isAntecedent(names, prev.tokens, m, want),
    );
    if (found.length) return choose(names, prev.tokens, found, 'first-subject');
  }
  return null;
}

/** The index of the verb an object pronoun ("him", "her", "them") follows, or -1: "received her and X", "thanked
 * him"; "her" before a noun is a possessive determiner ("received her petition"), no object. */
function objectPronounVerb(tokens: readonly Token[], t: Token): number {
  if (!['him', 'her', 'them'].includes(t.lower)) return -1;
  const next = tokens[t.i + 1];
  if (
    t.lower === 'her' &&
    next &&
    !/[,;:.]/.test(t.post) &&
    (next.tags.has('Noun') || next.tags.has('Adjective'))
  )
    return -1;
  const prev = tokens[t.i - 1];
  return prev && prev.tags.has('Verb') && !/[,;:]/.test(prev.post) ? t.i - 1 : -1;
}

/** "Okafor's cabinet pick, controversial for her …": a possessor of a person noun is not who a pronoun after it in
 * the sentence means; the person the phrase names is (unnamed here, so the pronoun looks further back). */
function ownsPerson(tokens: readonly Token[], m: WorkMention): boolean {
  const last = tokens[m.last];
  if (!last || !isPossessive(last) || /[,;:]/.test(last.post)) return false;
  for (let k = m.last + 1; k < tokens.length && k <= m.last + 3; k++) {
    const t = tokens[k] as Token;
    const w = t.lower.replace(/['’]s$/, '');
    if (ROLE_HEADS.has(w) || RELATIONAL_PERSON_NOUNS.has(w)) return true;
    if (/[,;:.]/.test(t.post) || !(t.tags.has('Noun') || t.tags.has('Adjective'))) return false;
  }
  return false;
}

interface RelativeClause {
  /** Last token of the noun phrase the clause describes ("Maire" in "Le Maire, who …"). */
  head: number;
  /** Last token of the clause (its closing comma follows it). */
  end: number;
}

/** ", who met Bezos in Paris," -> the clause between the comma after a head and the next comma. */
function findRelativeClauses(tokens: Token[]): RelativeClause[] {
  const out: RelativeClause[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (
      !/^\s*,\s*$/.test((tokens[k] as Token).post) ||
      !['who', 'whose', 'which'].includes((tokens[k + 1] as Token).lower)
    )
      continue;
    for (let j = k + 2; j < tokens.length; j++) {
      if (/[,;:]/.test((tokens[j] as Token).post)) {
        out.push({ head: k, end: j });
        break;
      }
    }
  }
  return out;
}

/** "Brightloop was fined. It refused to comment." -> the organization that was the subject of the sentences
 * before (the most recent one), when "it" is a subject of a verb that is not expletive and only one
 * organization was a subject in the nearest sentence that had one. */
function findOrganizationSubject(
  sentences: readonly ParsedSentence[],
  names: ResolvedNames,
  s: ParsedSentence,
  t: Token,
): WorkEntity | null {
  if (t.lower === 'it') {
    const verb = s.tokens.slice(t.i + 1, t.i + 3).find(x => !x.tags.has('Adverb') && !x.tags.has('Negative'));
    if (!verb || !verb.tags.has('Verb') || EXPLETIVE_VERBS.has(verb.lower) || verb.tags.has('Copula'))
      return null;
  } else if (t.i !== 0) return null; // "Its leader, X," opening a sentence: the organization just named
  for (let k = s.index - 1; k >= 0 && k >= s.index - 2; k--) {
    const prev = sentences[k] as ParsedSentence;
    if (prev.zone === 'boilerplate' || prev.paragraph < s.paragraph - 1) break;
    const subjects = mentionsIn(names, k).filter(
      m =>
        entityOf(names, m)?.label === 'Organization' &&
        entityOf(names, m)?.kind !== 'state' &&
        isSubjectPosition(prev.tokens, m),
    );
    const people = mentionsIn(names, k).filter(
      m => entityOf(names, m)?.label === 'Person' && isSubjectPosition(prev.tokens, m),
    );
    if (!subjects.length && !people.length) continue;
    const distinct = new Set(subjects.map(m => m.entityKey));
    return distinct.size === 1 && !people.length
      ? (entityOf(names, subjects[0] as WorkMention) ?? null)
      : null;
  }
  return null;
}

function isAntecedent(names: ResolvedNames, tokens: Token[], m: WorkMention, want: Want): boolean {
  const e = entityOf(names, m);
  if (!compatible(e, want)) return false;
  if (m.form === 'description' && e.kind === 'state') return false;
  const before = tokens[m.first - 1];
  return !(e.label === 'Person' && before && ['the', 'a', 'an'].includes(before.lower));
}

/** Same sentence: the nearest subject before the pronoun, else the nearest mention. Earlier sentence: its
 * first subject, else its first mention that is not a possessive (the topic more often than the last name). */
function choose(
  names: ResolvedNames,
  tokens: Token[],
  found: WorkMention[],
  how: 'nearest-subject' | 'first-subject',
): WorkEntity | null {
  const subjects = found.filter(m => isSubjectPosition(tokens, m));
  const plain = found.filter(m => !isPossessive(tokens[m.last] as Token));
  const pick =
    how === 'nearest-subject'
      ? (subjects[subjects.length - 1] ?? found[found.length - 1])
      : (subjects[0] ?? plain[0] ?? found[found.length - 1]);
  return pick ? (entityOf(names, pick) ?? null) : null;
}
