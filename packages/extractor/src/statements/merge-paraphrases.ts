// `Duarte denied any wrongdoing. "I never took a cent," she said.` -> one denial, the quote: a paraphrase
// followed at once by a quotation of the same speaker introduces those very words, so the two are one statement
// (its evidence both sentences). A quote followed by another quote stays two statements.
import type { Candidate } from './candidate';

/** Folds each reported statement into the quotation of the same speaker that immediately follows it. */
export function mergeParaphrases(candidates: Candidate[]): Candidate[] {
  const absorbed = new Set<Candidate>();
  const out = candidates.map(c => {
    if (c.mode !== 'quote') return c;
    const paraphrase = candidates.find(
      r =>
        r.mode === 'reported' &&
        !absorbed.has(r) &&
        r.zone === c.zone &&
        r.lastSentence === c.firstSentence - 1 &&
        r.speakerIds.some(id => c.speakerIds.includes(id)),
    );
    if (!paraphrase) return c;
    absorbed.add(paraphrase);
    return {
      ...c,
      kind: paraphrase.kindFromVerb ? paraphrase.kind : c.kind,
      kindFromVerb: paraphrase.kindFromVerb,
      spans: [...paraphrase.spans, ...c.spans],
      firstSentence: paraphrase.firstSentence,
      attribution: c.attribution ?? paraphrase.attribution,
    };
  });
  return out.filter(c => !absorbed.has(c));
}
