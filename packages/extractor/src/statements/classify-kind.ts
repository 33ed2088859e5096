// "I never met him" -> denial; "It is a disgrace" -> accusation; "I cannot comment on that" -> refusal;
// "He should have told me" -> accusation; "The plan will work" -> claim. The kind a statement's own words carry,
// used when the reporting verb is neutral (say, tell, add) and for quotations.
import type { StatementKind } from '../types';

const REFUSAL =
  /\b(?:can ?not|can't|could(?: not|n't)|would(?: not|n't)|will not|won't|unable to|not able to|not in a position to|declined? to|refused? to)\s+(?:\w+\s+)?(?:comment|confirm|discuss|speculate|elaborate|disclose|reveal|say)\b|\bno (?:further )?comment\b|\bnothing (?:further |more )?to add\b/i;
/** "should have never recused himself", "shouldn't have said": a reproach of someone's conduct. */
const REPROACH = /\bshould(?:n't| not)?\s+(?:never\s+|not\s+)?have\s+(?:never\s+|not\s+)?\w+(?:ed|en|d|t)\b/i;
const FALSITY =
  /\b(?:false|untrue|not true|baseless|groundless|unfounded|fabricat\w*|fake|nonsense|lies|a lie|no truth|absurd|categorically)\b/i;
/** Negation that denies a fact; modal negation (would not, cannot) speaks of the future or of ability instead. */
const NEGATION =
  /\b(?:never|nobody|no one|nothing|none)\b|\bthere\s+(?:is|was|were|are|has been|have been)\s+no\b|\b(?:did|does|do|has|have|had|was|were|is|are)(?:n't|\s+not)\b|\b(?:knew|know|knows|had|has|have|found|saw|sees|see)\s+(?:of\s+)?no\b|\bin no way\b/i;
const NOT_A_DENIAL = /\b(?:no idea|no doubt|not only|no longer|nothing but|never before)\b/gi;
const MODAL_NEGATION =
  /\b(?:would|will|could|can|should|may|might|must)(?:n't|\s+not|\s+never)\b|\bwon't\b|\bcan ?not\b/gi;
const ACCUSATION =
  /\b(?:witch[- ]hunt|mislead\w*|misled|misinformation|disinformation|propaganda|shame\w*|disgrace\w*|vandalism|unfair\w*|dishonest\w*|lied|liars?|lying|corrupt\w*|fraud\w*|hoax|smear\w*|illegal\w*|unlawful\w*|criminal\w*|crimes?|incompeten\w*|unfit|reckless\w*|irresponsib\w*|outrage\w*|scandal\w*|abus\w*|betray\w*|cover-?up|spy|spies|spying|espionage|meddl\w*|collu\w*|brib\w*|wrongdoing|hypocri\w*|accus\w*|blam\w*)\b/i;

/** The kind that the words of a statement carry by themselves. */
export function classifyContent(text: string): StatementKind {
  if (REFUSAL.test(text)) return 'refusal';
  if (REPROACH.test(text)) return 'accusation';
  const sentences = splitClauses(text);
  const first = sentences[0] ?? '';
  if (FALSITY.test(text) || (!isQuestion(first) && isNegated(first))) return 'denial';
  if (sentences.some(s => !isQuestion(s) && !isNegated(s) && ACCUSATION.test(s))) return 'accusation';
  return 'claim';
}

/** Negated as a denial is: "never", "nobody", "did not", "knew of no" (not "would not", not "no idea"). */
export function isNegated(text: string): boolean {
  return NEGATION.test(text.replace(NOT_A_DENIAL, ' ').replace(MODAL_NEGATION, ' '));
}

function isQuestion(sentence: string): boolean {
  return /\?["'\u201d\u2019]*\s*$/.test(sentence);
}

function splitClauses(text: string): string[] {
  return text
    .split(/(?<=[.!?]["'\u201d\u2019]?)\s+/)
    .map(s => s.trim())
    .filter(Boolean);
}
