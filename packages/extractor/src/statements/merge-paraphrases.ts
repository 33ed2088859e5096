// `Duarte denied any wrongdoing. "I never took a cent," she said.` -> one denial, the quote: a paraphrase
// followed at once by a quotation of the same speaker introduces those very words, so the two are one statement
// (its evidence both sentences). A quote followed by another quote stays two statements, and so does a quote
// whose attribution says more than "X said" (`X defended Y, saying: "…"` is a statement of its own).
// A pronoun attribution right after a paraphrase ("…," he said) continues that paraphrase's speaker when the
// pronoun fits them: the entity layer may have bound it to another person of the same gender.
import type { ArticleAnalysis } from '../analysis';
import type { Candidate } from './candidate';

/** Folds each reported statement into the quotation of the same speaker that immediately follows it. */
export function mergeParaphrases(analysis: ArticleAnalysis, candidates: Candidate[]): Candidate[] {
  const absorbed = new Set<Candidate>();
  const out = candidates.map((c, i) => {
    if (c.mode !== 'quote' || c.bareAttribution === false) return c;
    const r = candidates[i - 1];
    const adjacent =
      r &&
      r.mode === 'reported' &&
      !absorbed.has(r) &&
      r.zone === c.zone &&
      r.lastSentence >= c.firstSentence - 1;
    const sameSpeaker =
      r &&
      (r.speakerIds.some(id => c.speakerIds.includes(id)) ||
        (c.viaPronoun === true && isPronounFit(analysis, r, c)));
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
