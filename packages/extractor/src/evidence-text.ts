// "met Okafor in Lisbon on Thursday" at 120..152: the words a REPORTED_IN edge cites. From the article text, or, on
// an analysis rebuilt from a reading without its text (a streamed batch), from the excerpts kept for its facts.
import type { ArticleAnalysis, Evidence } from './analysis';

export function evidenceText(analysis: ArticleAnalysis, { start, end }: Evidence): string {
  if (!analysis.excerpts) return analysis.text.slice(start, end);
  const excerpt = analysis.excerpts.get(excerptKey(start, end));
  if (excerpt === undefined)
    throw new Error(`${analysis.article.path}: no excerpt kept for the evidence at ${start}..${end}`);
  return excerpt;
}

/** The excerpts of every fact of the variants, to keep with a reading when its text is let go. */
export function readExcerpts(
  text: string,
  variants: ReadonlyArray<{
    meetings: readonly { evidence: Evidence }[];
    statements: readonly { evidence: Evidence }[];
  }>,
  into: Map<string, string> = new Map(),
): Map<string, string> {
  for (const variant of variants)
    for (const { evidence } of [...variant.meetings, ...variant.statements])
      into.set(excerptKey(evidence.start, evidence.end), copyOf(text.slice(evidence.start, evidence.end)));
  return into;
}

// V8 may keep a slice as a view of the whole text: a copy lets the text itself go
function copyOf(excerpt: string): string {
  return JSON.parse(JSON.stringify(excerpt)) as string;
}

function excerptKey(start: number, end: number): string {
  return `${start}:${end}`;
}
