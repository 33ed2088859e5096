// `The Gazette says the mill broke safety rules. According to the paper, inspectors found three faults.` -> one
// claim by the Gazette: a report that goes on in the next sentence of the paragraph, its source now named only by a
// pronoun or a description ("according to the paper", "it said"), is the same account in more detail, not a
// second statement. What marks a new act keeps the two apart: a kind the verb gives (a denial, a refusal, a
// charge), a quotation, a named source, another paragraph, "also" ("She also said …" makes a further point), or a
// person's pronoun: "Lin said the talks were informal. He said a deal was near." reports two things Lin said,
// where "it said" goes on with the paper's account.
import type { ArticleAnalysis } from '../analysis';
import type { Candidate } from './candidate';

/** Joins each plain reported claim to the one before it when it continues that report. */
export function joinContinuedReports(analysis: ArticleAnalysis, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    const previous = out[out.length - 1];
    if (previous && continuesReport(analysis, previous, c)) out[out.length - 1] = join(previous, c);
    else out.push(c);
  }
  return out;
}

function continuesReport(analysis: ArticleAnalysis, before: Candidate, c: Candidate): boolean {
  if (!c.viaAnaphor || !isPlainReport(before) || !isPlainReport(c)) return false;
  if (c.viaPronoun && c.speakerIds.every(id => analysis.entities.get(id)?.label === 'Person')) return false;
  if (c.firstSentence !== before.lastSentence + 1) return false;
  const [a, b] = [analysis.sentences[before.lastSentence], analysis.sentences[c.firstSentence]];
  if (!a || !b || a.paragraph !== b.paragraph || a.zone !== b.zone) return false;
  if (
    c.speakerIds.length !== before.speakerIds.length ||
    !c.speakerIds.every(id => before.speakerIds.includes(id))
  )
    return false;
  const attribution = c.attribution ? analysis.text.slice(...c.attribution) : '';
  return !/\balso\b/i.test(attribution);
}

/** Reported speech whose kind comes from its content, not from a verb of denying, confirming, refusing or
 * accusing. */
function isPlainReport(c: Candidate): boolean {
  return c.mode === 'reported' && !c.quoted && !c.kindFromVerb && c.kind === 'claim';
}

function join(before: Candidate, c: Candidate): Candidate {
  return {
    ...before,
    text: `${before.text}. ${c.text}`,
    spans: [...before.spans, ...c.spans],
    lastSentence: c.lastSentence,
  };
}
