// "Consumer group FAIRCO accused …", "an inquiry into Brightloop Apps, the maker of …", "A Brightloop
// spokeswoman, Ines Kallio,", "Brightloop's chief executive", "The Evening Ledger reported that …" -> the
// capitalised name is an organization although no lexicon entry or institutional head word says so: the
// syntax does (a class noun before it or in an apposition after it, a role it employs, a reporting verb after
// "the"). Only for names without evidence of being a person.
import type { OrganizationKind } from '@news-kg/graph-model';
import { ROLE_HEADS, ROLE_MODIFIERS } from '../lexicon/titles';
import { GOVERNMENT_OFFICES, ORG_HEADS, STAFF_OF_BODIES } from '../lexicon/organizations';
import { findCountry } from '../lexicon/countries';
import type { Token } from './02-split-sentences';
import { baseLower, baseText, has, isAllCaps, isCapitalised, isJoined, isPossessive } from './token-helpers';
import { CLASS_NOUNS } from '../lexicon/organizations';
import { MAKER_NOUNS } from '../lexicon/organizations';
import { CORPORATE_ROLES } from '../lexicon/organizations';
import { EMPLOYER_ROLES } from '../lexicon/organizations';
import { IMPERSONAL_IT_VERBS } from '../lexicon/references';
import { CAPITALISED_COMPANY_ROLES } from '../lexicon/organizations';
import { NON_TERRITORIAL_ROLES } from '../lexicon/organizations';
import { MEMBER_STANDINGS, MEMBER_TITLES } from '../lexicon/titles';
import { REPORT_VERBS } from '../lexicon/speech';
import { SAY_VERBS } from '../lexicon/speech';
import { COLLECTIVE_AGREEMENT_VERBS } from '../lexicon/speech';
import { OPENER_WORDS } from '../lexicon/function-words';

export interface OrganizationEvidence {
  kind: OrganizationKind;
  /** The class noun that introduced or described it ("regulator"), for later descriptions ("the regulator"). */
  classNoun: string | null;
  /** A class noun or an apposition says so: stronger than a following speech verb ("Voltana, the carmaker, said"). */
  strong?: boolean;
  /** "Green MP X": a party named by its adjective before a member's title; its name takes "Party". */
  partyOfMember?: boolean;
  /** Where the name really starts when evidence widens it ("Daily" in "The Daily Planet reported"). */
  first?: number;
}

/** Marks raw mentions made organizations by evidence: a surname of a person of the article still wins. */
export const EVIDENCED = new WeakSet<object>();

/** Evidence that the name at tokens first..last is an organization; null when there is none. */
export function findOrganizationEvidence(
  tokens: readonly Token[],
  first: number,
  last: number,
): OrganizationEvidence | null {
  const words = tokens.slice(first, last + 1);
  // "Greenfield Ostmark, whose researcher X said": whatever the tagger guessed of the name's words
  const staffed = words.some(t => has(t, 'Honorific')) ? null : whoseStaffAfter(tokens, last);
  if (staffed) return { ...staffed, strong: true };
  if (words.some(t => has(t, 'Person') || has(t, 'FirstName')))
    return classNounOfPersonLike(tokens, first, last);
  // "Kelsport manager X": a place name before a club's or a company's role names the club or the company
  if (words.some(t => has(t, 'Place'))) return clubOfRole(tokens, first, last);
  // "The Prime Minister said", "The Attorney General claimed": a title is a person's, never an organization
  if (
    ROLE_HEADS.has(baseLower(words[words.length - 1] as Token)) ||
    words.every(t => ROLE_MODIFIERS.has(baseLower(t)) || ROLE_HEADS.has(baseLower(t)))
  )
    return null;
  // a definite article before a name ("The Daily Planet reported") is as strong as a class noun: people are
  // not "the X"
  // "P&G", "K+S", "AT&T": capitals joined by an ampersand or a plus are a company's name, never a person's
  if (first === last && /^\p{Lu}+[&+]\p{Lu}+$/u.test(baseText(words[0] as Token)))
    return { kind: 'company', classNoun: null, strong: true };
  // "the head coach of the national team Baldric Ormsby": two or three name words, none an institution's head,
  // after the body a role is held in are the role's holder
  const holder =
    last > first &&
    last - first <= 3 &&
    !words.some(t => Object.prototype.hasOwnProperty.call(ORG_HEADS, baseLower(t))) &&
    isRoleHoldersBody(tokens, first - 1);
  const strong =
    (holder ? null : classNounBefore(tokens, first)) ??
    appositionBefore(tokens, first, last) ??
    appositionAfter(tokens, last) ??
    reporterAfterThe(tokens, first, last) ??
    relativeWhichAfter(tokens, first, last) ??
    employerComplement(tokens, first) ??
    neuterPronounAgreement(tokens, first, last) ??
    pluralAgreement(tokens, first, last);
  if (strong) return { ...strong, strong: true };
  return (
    tickerAfter(tokens, last) ??
    stateOfGovernmentRole(tokens, first, last) ??
    pluralGroupAfterThe(tokens, first, last) ??
    partyBeforeMember(tokens, first, last) ??
    employerOfRole(tokens, first, last) ??
    coordinateOfOrganization(tokens, first, last)
  );
}

/** "Velaria's foreign minister", "Velaria's intelligence chief": a name whose possessive holds a government office is
 * a state's (a company has no foreign minister); a person of the article by that surname still wins ("X's government"). */
function stateOfGovernmentRole(
  tokens: readonly Token[],
  first: number,
  last: number,
): OrganizationEvidence | null {
  if (last - first > 2 || !isPossessive(tokens[last] as Token)) return null;
  for (let k = last + 1; k <= last + 4 && tokens[k]; k++) {
    const t = tokens[k] as Token;
    if (t.text === '') continue; // "Velaria’s President": the 's compromise reads as a word ("is") of its own
    if (GOVERNMENT_OFFICES.has(baseLower(t))) return { kind: 'state', classNoun: null };
    if (ROLE_MODIFIERS.has(baseLower(t)) && !/[,;:.]/.test(t.post)) continue; // "Velaria's Prime Minister"
    if (isCapitalised(t) || /[,;:.]/.test(t.post) || has(t, 'Verb')) return null;
  }
  return null;
}

/** "Tarn Events, which runs the festival": a relative "which" after a name in commas refers to a thing, never to a
 * person ("who"). */
function relativeWhichAfter(
  tokens: readonly Token[],
  first: number,
  last: number,
): OrganizationEvidence | null {
  const next = tokens[last + 1];
  if (!next || next.lower !== 'which' || !/^\s*,\s*$/.test((tokens[last] as Token).post)) return null;
  // "talks at Harbour Hall, which …": after a place preposition the name is a venue
  let k = first - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (PLACE_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return null;
  // "to release Orlen, which she recorded last year": "which" as the object of a clause with a subject of its own
  // may stand for any thing (an album, a film); only a "which" that is the subject of its verb ("Tarn Events, which
  // runs …") says the name acts like a body
  const subject = tokens[last + 2];
  if (subject && (has(subject, 'Pronoun') || has(subject, 'Determiner') || isCapitalised(subject)))
    return null;
  return { kind: 'other', classNoun: null };
}

/** "Greenfield Ostmark, whose researcher Ilse Wainscott said": a name in commas whose staff the relative "whose"
 * names is a body (up to two modifiers before the post: "whose chief executive", "whose senior researcher"). */
function whoseStaffAfter(tokens: readonly Token[], last: number): OrganizationEvidence | null {
  const whose = tokens[last + 1];
  if (!whose || whose.lower !== 'whose' || !/^\s*,\s*$/.test((tokens[last] as Token).post)) return null;
  for (let k = last + 2; k <= last + 4 && tokens[k]; k++) {
    const t = tokens[k] as Token;
    if (STAFF_OF_BODIES.has(baseLower(t)) || STAFF_OF_BODIES.has(t.lower))
      return { kind: 'other', classNoun: null };
    if (isCapitalised(t) || /[,;:.]/.test(t.post) || !ROLE_MODIFIERS.has(baseLower(t))) return null;
  }
  return null;
}

/** "X, chief executive of Pell Dynamics,", "an analyst at Cordell Maritime": the complement of a role held in a body
 * is the body (`EMPLOYER_ROLES`; "an adviser to X" or "a spokesman for X" may name a person and are left out). */
function employerComplement(
  tokens: readonly Token[],
  first: number,
  prepositions: readonly string[] = ['of', 'at'],
): OrganizationEvidence | null {
  let k = first - 1;
  if (tokens[k]?.lower === 'the') k--;
  const prep = tokens[k];
  const role = tokens[k - 1];
  if (!prep || !role || !prepositions.includes(prep.lower) || isCapitalised(role) || has(role, 'Plural'))
    return null;
  const w = baseLower(role);
  if (!EMPLOYER_ROLES.has(w) || !isJoined(role, prep)) return null;
  return { kind: CORPORATE_ROLES.has(w) || w === 'executive' ? 'company' : 'other', classNoun: null };
}

/** "Harbor Live said it would cancel the show", "Colder Grid said its network was safe": a neuter pronoun in the
 * name's own clause, with no other name before it, agrees with a thing, not a person (`it` only as the subject of a
 * verb of doing, not of "be": "X said it was too early" is impersonal). Only for names of two words or more. */
function neuterPronounAgreement(
  tokens: readonly Token[],
  first: number,
  last: number,
): OrganizationEvidence | null {
  if (last === first || isPossessive(tokens[last] as Token)) return null;
  // the name opens its clause and is the subject of the verb after it
  const verb = tokens[last + 1];
  if (!verb || !has(verb, 'Verb') || /[,;:]/.test((tokens[last] as Token).post)) return null;
  if (tokens.slice(0, first).some(t => isCapitalised(t) && t.i > 0)) return null;
  for (let k = last + 2; k < tokens.length && k <= last + 8; k++) {
    const t = tokens[k] as Token;
    if ((isCapitalised(t) && !has(t, 'Date')) || /["“”]/.test(t.pre) || /["“”]/.test(t.post)) return null;
    if (t.lower === 'its') return { kind: 'other', classNoun: null };
    if (t.lower === 'it') return agentiveAfterIt(tokens, k) ? { kind: 'other', classNoun: null } : null;
    if (['he', 'she', 'his', 'her', 'him', 'they', 'their', 'who'].includes(t.lower)) return null;
    if (/[;:.!?]/.test(t.post)) return null;
  }
  return null;
}

/** "Tarnwell say the album was never delivered", "Tarnwell insist they paid": a one-word name as the subject of a
 * plural present verb (`COLLECTIVE_AGREEMENT_VERBS`) is a body written with British plural agreement; a person
 * takes "says". The name opens its clause (no "and" before it: "Ivo and Mara say"; no verb or "to" that takes a
 * bare infinitive: "let Mara say", "did Mara say"). */
function pluralAgreement(tokens: readonly Token[], first: number, last: number): OrganizationEvidence | null {
  if (first !== last || isPossessive(tokens[last] as Token) || /[,;:]/.test((tokens[last] as Token).post))
    return null;
  const verb = tokens[last + 1];
  if (!verb || !COLLECTIVE_AGREEMENT_VERBS.has(verb.text)) return null;
  // "Fans were angry", "Farmers say": a plural common noun opening the sentence
  const name = tokens[first] as Token;
  if (has(name, 'Plural') || /s$/.test(name.lower)) return null;
  // "There are …", "Here are …", "Then were …": a function word at the clause's start is no name
  if (
    ['Pronoun', 'Adverb', 'Determiner', 'Conjunction', 'Preposition'].some(tag => has(name, tag)) ||
    OPENER_WORDS.has(name.lower) ||
    name.lower === 'there' ||
    name.lower === 'here'
  )
    return null;
  const prev = tokens[first - 1];
  if (prev && !/[.:;!?]\s*$/.test(prev.post) && !CLAUSE_OPENERS.has(prev.lower)) return null;
  return { kind: 'other', classNoun: null };
}

/** Words after which a name opens a clause of its own: "but Tarnwell say …", "that Tarnwell have …". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'but',
  'that',
  'because',
  'while',
  'although',
  'as',
  'so',
]);

/** "it would cancel", "it plans", "it had closed": "it" doing something; not "it was", "it would be", "it seemed". */
function agentiveAfterIt(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  while (tokens[j] && (has(tokens[j], 'Modal') || has(tokens[j], 'Auxiliary') || has(tokens[j], 'Negative')))
    j++;
  const v = tokens[j];
  if (!v || !has(v, 'Verb') || has(v, 'Copula') || IMPERSONAL_IT_VERBS.has(baseLower(v))) return false;
  return !['be', 'been', 'being'].includes(v.lower);
}

/** "Acme (ACME.O)", "Brightloop (NASDAQ: BRLP)": a stock ticker in brackets after a name is a listed company's. */
const TICKER =
  /^\(\s*(?:(?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|ticker)\s*:\s*[A-Z0-9]{1,6}(?:\.[A-Z]{1,3})?)|[A-Z0-9]{1,6}\.[A-Z]{1,3})\s*\)/;

function tickerAfter(tokens: readonly Token[], last: number): OrganizationEvidence | null {
  const rest = tokens
    .slice(last + 1, last + 5)
    .map(t => `${t.pre}${t.text}${t.post}`)
    .join('');
  const text = `${(tokens[last] as Token).post}${rest}`.trimStart();
  return TICKER.test(text) ? { kind: 'company', classNoun: null, strong: true } : null;
}

/** "Acme Bank and Brightloop", "Brightloop and the Acme Group": a name coordinated with an institution's name is an
 * institution too (like is coordinated with like). */
function coordinateOfOrganization(
  tokens: readonly Token[],
  first: number,
  last: number,
): OrganizationEvidence | null {
  const isHead = (t: Token | undefined) =>
    !!t && isCapitalised(t) && Object.prototype.hasOwnProperty.call(ORG_HEADS, baseLower(t));
  const before = tokens[first - 1];
  // "X, who chairs the Tarn Association, and Piet Olund": a comma before "and" closes a clause, no coordination
  if (
    before &&
    COORDINATING.has(before.lower) &&
    isHead(tokens[first - 2]) &&
    !/[,;:]/.test((tokens[first - 2] as Token).post)
  )
    return {
      kind: ORG_HEADS[baseLower(tokens[first - 2] as Token)] ?? 'other',
      classNoun: null,
      strong: true,
    };
  const after = tokens[last + 1];
  if (!after || !COORDINATING.has(after.lower) || /[,;:]/.test((tokens[last] as Token).post)) return null;
  let k = last + 2;
  if (tokens[k]?.lower === 'the') k++;
  while (
    tokens[k + 1] &&
    isCapitalised(tokens[k + 1] as Token) &&
    isJoined(tokens[k] as Token, tokens[k + 1] as Token)
  )
    k++;
  return isHead(tokens[k])
    ? { kind: ORG_HEADS[baseLower(tokens[k] as Token)] ?? 'other', classNoun: null, strong: true }
    : null;
}

const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'from',
  'to',
  'into',
  'near',
  'outside',
  'inside',
]);

const COORDINATING = new Set(['and', 'or', '&']);

/** "Green MP Ana Pires", "SNP MPs": one capitalised word right before a member-of-parliament title. */
function partyBeforeMember(
  tokens: readonly Token[],
  first: number,
  last: number,
): OrganizationEvidence | null {
  const title = tokens[last + 1];
  if (
    first !== last ||
    !title ||
    !MEMBER_TITLES.has(title.lower) ||
    MEMBER_STANDINGS.has((tokens[last] as Token).lower) ||
    !isJoined(tokens[last] as Token, title) ||
    isPossessive(tokens[last] as Token)
  )
    return null;
  return { kind: 'party', classNoun: null, partyOfMember: !isAllCaps(tokens[last] as Token) };
}

/** "the charity Velmore Dunn said", "Velmore Dunn, a campaign group, said": a name the tagger takes for a
 * person's (unknown capitalised words, a first name such as "Charity") is an organization when a class noun stands
 * right before it or in an apposition right after it. A person is never "the charity X" or "X, a campaign group";
 * an honorific ("Mr", "Dr") in the name still makes it a person. */
function classNounOfPersonLike(
  tokens: readonly Token[],
  first: number,
  last: number,
): OrganizationEvidence | null {
  if (tokens.slice(first, last + 1).some(t => has(t, 'Honorific'))) return null;
  const before = tokens[first - 1];
  const evidence =
    (before && !isPossessive(before) && !isCapitalised(before) && !isRoleHoldersBody(tokens, first - 1)
      ? classNounBefore(tokens, first)
      : null) ??
    appositionAfter(tokens, last) ??
    // "a partner at Ollin Vance", "an analyst at Mara Kell": a post "at" a name works at a firm named like a person
    // (people are not "at" people; "the lawyer of Tom Bell" may be his client's lawyer, so not "of")
    (isPossessive(tokens[last] as Token) ? null : employerComplement(tokens, first, ['at']));
  return evidence ? { ...evidence, strong: true } : null;
}

/** "the head coach of the national team Mira Falk", "the integrity officer of federation Ivo Renk": a class noun
 * that is the complement of "of" after a role names the body the role is held in, and a person's name after it is
 * the holder of the role (written without the commas of an apposition), not the body. */
function isRoleHoldersBody(tokens: readonly Token[], noun: number): boolean {
  for (let k = noun - 1; k >= 0 && k >= noun - 4; k--) {
    const t = tokens[k] as Token;
    if (/[,;:]/.test(t.post) || isCapitalised(t)) return false;
    if (t.lower !== 'of') continue;
    const role = tokens[k - 1];
    return !!role && ROLE_HEADS.has(baseLower(role)) && !has(role, 'Plural');
  }
  return false;
}

/** "Consumer group FAIRCO", "the regulator OFTRA", "the carmaker Voltana". */
function classNounBefore(tokens: readonly Token[], first: number): OrganizationEvidence | null {
  const noun = tokens[first - 1];
  if (!noun || !isJoined(noun, tokens[first] as Token) || has(noun, 'Plural')) return null;
  const w = baseLower(noun);
  if (!Object.prototype.hasOwnProperty.call(CLASS_NOUNS, w)) return null;
  // lower case, or the sentence's first word ("Regulator OFTRA said")
  if (isCapitalised(noun) && first - 1 > 0 && !isCapitalised(tokens[first - 2] as Token)) return null;
  return { kind: CLASS_NOUNS[w] as OrganizationKind, classNoun: w };
}

/** Words that may follow the class noun of an apposition and open what describes it: "a charity that helps …",
 * "an NGO working with farmers", "a group of residents", "a campaign group formed last spring". */
const APPOSITION_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that',
  'which',
  'of',
  'for',
  'based',
  'working',
  'representing',
  'campaigning',
  'formed',
  'founded',
  'set',
  'run',
  'funded',
  'backed',
  // "the city law firm acting for her", "a consultancy advising the council", "a company owned by X"
  'acting',
  'advising',
  'owned',
  'hired',
  'retained',
  'known',
]);

/** "The employers' body, Harbour Ports, said", "the union, Dock and Quay Workers,": a name set off by commas after a
 * definite class noun (with its modifiers) is that body. */
function appositionBefore(
  tokens: readonly Token[],
  first: number,
  last: number,
): OrganizationEvidence | null {
  const noun = tokens[first - 1];
  if (!noun || !/^\s*,\s*$/.test(noun.post) || isCapitalised(noun) || has(noun, 'Plural')) return null;
  if (!/^\s*[,;.]/.test((tokens[last] as Token).post)) return null;
  const w = baseLower(noun);
  if (!Object.prototype.hasOwnProperty.call(CLASS_NOUNS, w)) return null;
  // the class noun's phrase opens with a determiner or a possessive: "the union", "its parent company", "the
  // employers' body" (not "union members, X," where the noun modifies another), and is no preposition's
  // complement ("the head of the union, X," is the head)
  for (let k = first - 2; k >= 0 && k >= first - 5; k--) {
    const t = tokens[k] as Token;
    if (/[,;:.]/.test(t.post)) return null;
    if (['the', 'its', 'their', 'a', 'an'].includes(t.lower) || isPossessive(t) || /['’]\s*$/.test(t.post)) {
      const before = tokens[k - 1];
      if (before && (has(before, 'Preposition') || before.lower === 'of')) return null;
      return { kind: CLASS_NOUNS[w] as OrganizationKind, classNoun: w };
    }
    if (has(t, 'Verb') && !has(t, 'Noun')) return null;
  }
  return null;
}

/** "Brightloop Apps, the maker of …", "Voltana, the carmaker, said". */
export function appositionAfter(tokens: readonly Token[], last: number): OrganizationEvidence | null {
  if (!/^\s*,\s*$/.test((tokens[last] as Token).post)) return null;
  let k = last + 1;
  if (!['the', 'a', 'an'].includes(tokens[k]?.lower ?? '')) return null;
  k++;
  // "Lumatch, a privately held vision software company,": up to six words, adverbs and participles among them
  for (let n = 0; n < 6 && tokens[k]; n++, k++) {
    const t = tokens[k] as Token;
    const w = baseLower(t);
    // "an NGO working with farmers": a class noun written in capitals
    if (isCapitalised(t) && !(isAllCaps(t) && Object.prototype.hasOwnProperty.call(CLASS_NOUNS, w)))
      return null;
    if (MAKER_NOUNS.has(w) && tokens[k + 1]?.lower === 'of') return { kind: 'company', classNoun: null };
    if (
      Object.prototype.hasOwnProperty.call(CLASS_NOUNS, w) &&
      !has(t, 'Plural') &&
      (/[,;.]/.test(t.post) || APPOSITION_CLAUSE_OPENERS.has(tokens[k + 1]?.lower ?? ''))
    ) {
      return { kind: CLASS_NOUNS[w] as OrganizationKind, classNoun: w };
    }
    const modifier =
      ((has(t, 'Adjective') || has(t, 'Noun')) && !has(t, 'Verb')) ||
      (has(t, 'Adverb') && /ly$/.test(w)) ||
      (has(t, 'Verb') && (has(t, 'Participle') || has(t, 'PastTense')) && has(tokens[k - 1], 'Adverb'));
    if (!modifier || /[,;.]/.test(t.post)) return null;
  }
  return null;
}

/** "A Brightloop spokeswoman, X", "Brightloop chief executive X", "Brightloop's chief executive". */
function employerOfRole(tokens: readonly Token[], first: number, last: number): OrganizationEvidence | null {
  const lastToken = tokens[last] as Token;
  const possessive = isPossessive(lastToken);
  if (!possessive && !isJoined(lastToken, tokens[last + 1] ?? lastToken)) return null;
  // "Supporters' Trust chair X": a word after a possessive is the fragment of a longer name, not the name
  const before = tokens[first - 1];
  if (before && (isPossessive(before) || /['’]\s*$/.test(before.post) || /s['’]$/.test(before.text)))
    return null;
  // the role phrase: lower-case role words, the last one its head ("chief executive", "press spokeswoman")
  let head: Token | undefined;
  let k = last + 1;
  for (; tokens[k] && k <= last + 3; k++) {
    const t = tokens[k] as Token;
    const w = baseLower(t);
    // "Acme CEO Mara Voss", "Acme Chief Technology Officer X": role words in capitals or title case too, after a
    // short name (in a title-case headline a long run before "Attorney General" is no employer)
    if (!(ROLE_MODIFIERS.has(w) || ROLE_HEADS.has(w) || CORPORATE_ROLES.has(w))) break;
    if (isCapitalised(t) && !capitalisedEmployerRole(tokens, first, last, k)) break;
    head = t;
    if (/[,;:.]/.test(t.post)) break;
  }
  if (!head) return null;
  k = head.i;
  // a sentence's first word before a role may be a common noun ("Property developer X"): only a name of two
  // words, a word in capitals or a camel-case brand ("SkyJet") counts there
  if (
    first === 0 &&
    !possessive &&
    last === first &&
    !isAllCaps(lastToken) &&
    !/^\p{Lu}\p{Ll}+\p{Lu}/u.test(lastToken.text)
  )
    return null;
  const w = baseLower(head);
  if (possessive) return CORPORATE_ROLES.has(w) ? { kind: 'company', classNoun: null } : null;
  if (!ROLE_HEADS.has(w)) return null;
  // the role names its holder next ("… spokeswoman, Ines Kallio," / "… chief executive Mara Voss") and an
  // article opens the phrase ("A Brightloop spokeswoman") or the name stands right after the role
  const holder = tokens[k + 1];
  const opened = ['a', 'an', 'the'].includes(tokens[first - 1]?.lower ?? '');
  const named = !!holder && isCapitalised(holder) && (isJoined(head, holder) || /^\s*,\s*$/.test(head.post));
  if (!opened && !named) return null;
  return { kind: CORPORATE_ROLES.has(w) || w === 'executive' ? 'company' : 'other', classNoun: null };
}

/** "Kelsport manager X", "the Kelsport skipper": a place name (one or two words) employing a club's or a company's
 * role is that club or company. */
function clubOfRole(tokens: readonly Token[], first: number, last: number): OrganizationEvidence | null {
  if (last - first > 1 || isPossessive(tokens[last] as Token)) return null;
  const role = tokens[last + 1];
  if (!role || isCapitalised(role) || !NON_TERRITORIAL_ROLES.has(baseLower(role))) return null;
  const found = employerOfRole(tokens, first, last);
  return found ? { ...found, kind: found.kind === 'other' ? 'company' : found.kind } : null;
}

/** A role written with capitals after a short name that is no nationality ("Acme CEO X"; a title-case headline's
 * long run before "Attorney General" is no employer). */
function capitalisedEmployerRole(
  tokens: readonly Token[],
  first: number,
  last: number,
  role: number,
): boolean {
  if (
    last - first > 1 ||
    tokens
      .slice(first, last + 1)
      .some(n => has(n, 'Preposition') || has(n, 'Plural') || has(n, 'Demonym') || has(n, 'Adjective'))
  )
    return false;
  let k = role;
  while (tokens[k] && isCapitalised(tokens[k] as Token) && k < role + 4) {
    if (CAPITALISED_COMPANY_ROLES.has(baseLower(tokens[k] as Token))) return true;
    k++;
  }
  return false;
}

/** A verb that shows its tense ("denies", "said", "were", "will"): a base form after a name may be a noun read as a
 * verb ("the Acme campaign"). */
function isFiniteVerbToken(t: Token): boolean {
  if (!has(t, 'Verb') || has(t, 'Gerund') || has(t, 'Noun') || has(t, 'Infinitive')) return false;
  return (
    has(t, 'PastTense') ||
    has(t, 'Copula') ||
    has(t, 'Modal') ||
    has(t, 'Auxiliary') ||
    (has(t, 'PresentTense') && /s$/.test(t.lower))
  );
}

/** "the Americans", "the Ruritanians": a nation's people, not a group's name. */
function isPeopleWord(t: Token): boolean {
  return (
    has(t, 'Demonym') ||
    findCountry(baseText(t)) !== null ||
    findCountry(baseText(t).replace(/s$/, '')) !== null
  );
}

/** "the Velari Tigers", "the head of the Velari Rebels": a plural name after the article names a group. */
function pluralGroupAfterThe(
  tokens: readonly Token[],
  first: number,
  last: number,
): OrganizationEvidence | null {
  const lastToken = tokens[last] as Token;
  // a possessive is left out: "the Duartes' contact" may be a surname's loose possessive
  if (
    tokens[first - 1]?.lower !== 'the' ||
    !/\p{Ll}s$/u.test(baseText(lastToken)) ||
    isAllCaps(lastToken) ||
    isPossessive(lastToken)
  )
    return null;
  if (first === last && (has(lastToken, 'LastName') || has(lastToken, 'Person') || isPeopleWord(lastToken)))
    return null;
  return { kind: 'other', classNoun: null, strong: true };
}

/** "The Evening Ledger reported that …": a definite name followed by a reporting verb. */
function reporterAfterThe(
  tokens: readonly Token[],
  first: number,
  last: number,
): OrganizationEvidence | null {
  // "The Daily Planet", "The Evening Ledger": a capitalised time word the tagger read as a date opens the name
  let from = first;
  while (
    from - 1 > 0 &&
    isCapitalised(tokens[from - 1] as Token) &&
    has(tokens[from - 1], 'Date') &&
    !has(tokens[from - 1], 'Value')
  )
    from--;
  if (tokens[from - 1]?.lower !== 'the' || /[,;:]/.test((tokens[last] as Token).post)) return null;
  const verb = tokens[last + 1];
  if (!verb) return null;
  if (REPORT_VERBS.has(verb.lower)) return { kind: 'media', classNoun: null, first: from };
  // an unexplained acronym saying something ("The XYZ said") may be anything: only names in letters
  if (SAY_VERBS.has(verb.lower) && !(from === last && isAllCaps(tokens[last] as Token)))
    return { kind: 'other', classNoun: null, first: from };
  // "The Velari denies …", "the Velari have …": a name the text gives an article and a verb is a group's (people
  // are not "the X"; a title would be, and is no name here)
  // … and is the verb's subject, not the object of a preposition ("Residents of the Tamsin complained")
  const governed = has(tokens[from - 2], 'Preposition');
  if (
    isFiniteVerbToken(verb) &&
    !governed &&
    !isAllCaps(tokens[last] as Token) &&
    !isPeopleWord(tokens[last] as Token)
  )
    return { kind: 'other', classNoun: null, first: from };
  return null;
}
