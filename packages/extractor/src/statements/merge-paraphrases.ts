// `Duarte denied any wrongdoing. "I never took a cent," she said.` -> one denial, the quote: a paraphrase
// followed at once by a quotation of the same speaker introduces those very words, so the two are one statement
// (its evidence both sentences). A stance paraphrase always folds ("denied the report"); one that reports a clause
// of its own folds only when the quote picks up its words (the paraphrase announced the quote): "Duarte said the
// audit was late. 'We warned them,' she said." says two things, so both stay, the quote keeping Duarte. A quote followed by another quote stays two statements, and so does a quote
// whose attribution says more than "X said" (`X defended Y, saying: "…"` is a statement of its own).
// A pronoun attribution right after a paraphrase ("…," he said) continues that paraphrase's speaker when the
// pronoun fits them: the entity layer may have bound it to another person of the same gender.
import type { ArticleAnalysis } from '../analysis';
import { nlp } from '../nlp';
import type { Candidate } from './candidate';
import { toPropositionWords } from './content-words';
import { readQuotedWords, sharesQuotedWords } from './shared-quoted-words';

/** Folds each reported statement into the quotation of the same speaker that immediately follows it. */
export function mergeParaphrases(analysis: ArticleAnalysis, candidates: Candidate[]): Candidate[] {
  const absorbed = new Set<Candidate>();
  const out = candidates.map((c, i) => {
    if (c.mode !== 'quote' || c.bareAttribution === false) return c;
    const announcing = findAnnouncingStance(analysis, candidates, i, absorbed);
    const r = announcing ?? candidates[i - 1];
    const adjacent =
      r &&
      r.mode === 'reported' &&
      !absorbed.has(r) &&
      r.zone === c.zone &&
      (announcing !== undefined || r.lastSentence >= c.firstSentence - 1);
    const sameSpeaker =
      r &&
      (r.speakerIds.some(id => c.speakerIds.includes(id)) ||
        (c.viaPronoun === true && isPronounFit(analysis, r, c)));
    // "Hale declined to say whether … 'Rules are rules,' he said.": a refusal is what was not said, so the
    // quote after it is something else, never its wording
    if (adjacent && sameSpeaker && r.kind === 'refusal') return c;
    // "confirmed the meeting but declined to discuss what was said. 'The board will report,' he said.": the act
    // ends on a refusal, so the quote after it is no wording of it either
    if (adjacent && sameSpeaker && r.rule === 'confirmed-but-withheld') return c;
    if (
      adjacent &&
      sameSpeaker &&
      !r.kindFromVerb &&
      !isDenialWorded(r, c) &&
      (!isRestating(r, c) || quotesOtherWords(r, c))
    )
      return continueCharge(r, c);
    // "issued a statement denying that he would leave. 'I have known them for years,' he said.": a stance with
    // a clause of its own is a statement of its own unless the quote words the same stance
    if (adjacent && sameSpeaker && r.clause && r.kind !== c.kind && !isRestating(r, c)) return c;
    const paraphrase = adjacent && sameSpeaker ? r : undefined;
    if (!paraphrase) return c;
    absorbed.add(paraphrase);
    return {
      ...c,
      speakerIds: paraphrase.speakerIds,
      kind: paraphrase.kindFromVerb ? paraphrase.kind : c.kind,
      kindFromVerb: paraphrase.kindFromVerb,
      spans: [...paraphrase.spans, ...c.spans],
      firstSentence: paraphrase.firstSentence,
      attribution: c.attribution ?? paraphrase.attribution,
    };
  });
  return out.filter(c => !absorbed.has(c));
}

/** `Lin said the story was "simply false". "I have never been to that yard," she added.`: a denial in reported
 * speech and, in the very next sentence, a quotation of the same speaker whose own words deny too: the quotation
 * words the denial (one remark), whatever words each uses. Other kinds stay apart unless the quote repeats the
 * paraphrase's words: a claim followed by a claim, or a charge by its details, are as often two points. */
function isDenialWorded(paraphrase: Candidate, quote: Candidate): boolean {
  return (
    paraphrase.kind === 'denial' &&
    quote.kind === 'denial' &&
    paraphrase.lastSentence === quote.firstSentence - 1
  );
}

/** Sentences a lead's stance may stand before the quotation that words it. */
const ANNOUNCED_WITHIN = 3;

/** "Lin denied reports that he had sold the farm. (A sentence of background.) "I have never met the buyer," he
 * said.": a denial (or confirmation, or accusation) the verb gives, followed within a few sentences by a quotation
 * of the same speaker whose own words carry the same kind, announced those words. Only quotations of that speaker
 * may stand between; another report of theirs means the lead was answered otherwise. */
function findAnnouncingStance(
  analysis: ArticleAnalysis,
  candidates: readonly Candidate[],
  i: number,
  absorbed: ReadonlySet<Candidate>,
): Candidate | undefined {
  const c = candidates[i]!;
  for (let j = i - 1; j >= 0; j -= 1) {
    const r = candidates[j]!;
    if (r.lastSentence < c.firstSentence - ANNOUNCED_WITHIN || r.zone !== c.zone) return undefined;
    const same =
      r.speakerIds.some(id => c.speakerIds.includes(id)) ||
      (c.viaPronoun === true && isPronounFit(analysis, r, c));
    if (!same) continue;
    if (r.mode === 'quote') continue;
    const announces =
      r.kindFromVerb && r.kind === c.kind && r.kind !== 'refusal' && r.kind !== 'claim' && !absorbed.has(r);
    return announces && r.lastSentence < c.firstSentence - 1 ? r : undefined;
  }
  return undefined;
}

/** The paraphrase's speaker is one person whose gender agrees with the quote's pronoun-bound speaker. */
function isPronounFit(analysis: ArticleAnalysis, paraphrase: Candidate, quote: Candidate): boolean {
  const [speaker] = paraphrase.speakerIds;
  const [bound] = quote.speakerIds;
  if (paraphrase.speakerIds.length !== 1 || quote.speakerIds.length !== 1 || !speaker || !bound) return false;
  const a = analysis.entities.get(speaker);
  const b = analysis.entities.get(bound);
  if (a?.label !== 'Person' || b?.label !== 'Person') return false;
  return a.gender === null || b.gender === null || a.gender === b.gender;
}

/** The quote gives the paraphrase's words: it repeats a word of its proposition (names and negation aside), or
 * the paraphrase is a short characterization ("Lin was 'a fine engineer'") that the quote, opening with a pronoun
 * for that person, spells out ("He built half the bridges in the region"): the idiom of summing up a quote
 * before giving it. */
function isRestating(paraphrase: Candidate, quote: Candidate): boolean {
  const words = new Set(toPropositionWords(paraphrase.text));
  if (toPropositionWords(quote.text).some(w => words.has(w))) return true;
  return CHARACTERIZATION.test(paraphrase.text) && /^(?:he|she)\b/i.test(quote.text);
}

/** `Lin said the crews had been "kept in the dark for a year". "They told us the yard was safe," she said.`: a
 * paraphrase that quotes an assertion of its own (two or more words with a verb) the quotation after it does not
 * repeat is a remark of its own, not the announcement of that quotation. */
function quotesOtherWords(paraphrase: Candidate, quote: Candidate): boolean {
  // a short characterization ("Lin was 'a fine engineer'") or a quoted noun phrase ("the 'toxic mood' was hurting
  // trade") sums up the quotation instead: only quoted words that assert (they hold a verb) are a remark
  if (CHARACTERIZATION.test(paraphrase.text) || !quotesAnAssertion(paraphrase.text)) return false;
  const own = readQuotedWords(paraphrase.text);
  return own.runs.length > 0 && !sharesQuotedWords(own, readQuotedWords(quote.text), true);
}

/** Some run of two or more words in quotation marks holds a verb: "had been 'lied to for a year'". */
function quotesAnAssertion(text: string): boolean {
  return [...text.matchAll(/["\u201c]([^"\u201c\u201d]+)["\u201d]/g)].some(
    m => (m[1] ?? '').trim().split(/\s+/).length >= 2 && nlp(m[1] ?? '').has('#Verb'),
  );
}

/** "Lin was 'a fine engineer'": a name, a form of "be" and a short description, nothing more. */
const CHARACTERIZATION = /^\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*)?\s(?:is|was)\s(?:\S+\s*){1,6}$/u;

/** `Duarte said the plant had ignored warnings. "They knew the pipe was leaking," she said.`: a quote that says
 * something further keeps the paraphrase's speaker, and when its own words are plain it carries on the charge the
 * paraphrase made (the details of a charge still accuse). A denial does not carry over: what follows a denial is as
 * often an attack on the accuser or an account of events as a second denial. */
function continueCharge(paraphrase: Candidate, quote: Candidate): Candidate {
  const charge = paraphrase.kind === 'accusation' && quote.kind === 'claim' && !quote.kindFromVerb;
  return { ...quote, speakerIds: paraphrase.speakerIds, kind: charge ? 'accusation' : quote.kind };
}
