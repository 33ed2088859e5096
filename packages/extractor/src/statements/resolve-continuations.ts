// `"We never met him," Duarte said. "It is false."` -> the second quote is Duarte's too: it follows her
// attributed quote in the same paragraph. A paragraph made only of a quote continues the statement that closed
// the paragraph before it (the convention for long quotes); anything less clear stays unattributed and is dropped.
import type { ArticleAnalysis } from '../analysis';
import type { Candidate } from './candidate';
import type { Orphan } from './find-quoted-statements';

/** Gives orphan quotes the speaker of the statement they continue, when the layout makes that clear. */
export function resolveContinuations(analysis: ArticleAnalysis, attributed: Candidate[], orphans: Orphan[]): Candidate[] {
  const known = [...attributed];
  for (const orphan of orphans) {
    const c = orphan.candidate;
    const sentence = analysis.sentences[c.firstSentence];
    const previous = analysis.sentences[c.firstSentence - 1];
    if (!sentence || !previous) continue;
    const before = known.filter(k => k.lastSentence === previous.index && k.speakerIds.length > 0).pop();
    if (!before) continue;
    const sameParagraph = previous.paragraph === sentence.paragraph && before.mode === 'quote';
    const nextParagraph = orphan.opensParagraph && previous.paragraph === sentence.paragraph - 1 && isOnlyQuote(analysis, orphan);
    if (!sameParagraph && !nextParagraph) continue;
    known.push({ ...c, speakerIds: before.speakerIds, attribution: before.attribution });
  }
  return known;
}

/** The orphan's paragraph holds nothing but quoted words (no narration that could name another speaker). */
function isOnlyQuote(analysis: ArticleAnalysis, orphan: Orphan): boolean {
  const paragraph = analysis.sentences.filter(s => s.paragraph === analysis.sentences[orphan.candidate.firstSentence]?.paragraph);
  const end = paragraph[paragraph.length - 1]?.end ?? 0;
  return orphan.quote.close >= end - 1;
}
