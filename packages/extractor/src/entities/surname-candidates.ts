// The words of one article that a person named in another article may claim as a surname ("met Duarte on Tuesday"
// where this article never writes her full name): a standalone capitalised word outside every mention, outside
// boilerplate. Read once, with the article; the cross-article stage (resolve-across-articles.ts) only looks them
// up, so it never needs the article's terms.
import type { ArticleAnalysis, SurnameCandidate } from '../analysis';

/** Candidates in reading order (sentence, then term); offsets into the article text. */
export function findSurnameCandidates(
  a: Pick<ArticleAnalysis, 'terms' | 'sentences' | 'mentions'>,
): SurnameCandidate[] {
  if (!a.terms) return [];
  const out: SurnameCandidate[] = [];
  const bySentence = new Map<number, ArticleAnalysis['mentions']>();
  for (const m of a.mentions) bySentence.set(m.sentence, [...(bySentence.get(m.sentence) ?? []), m]);
  const capital = (x: { text: string } | undefined): boolean => !!x && /^\p{Lu}/u.test(x.text);
  a.terms.forEach((terms, sentence) => {
    if (a.sentences[sentence]?.zone === 'boilerplate') return;
    terms.forEach((t, i) => {
      const word = t.text.replace(/['’]s?$/, '');
      if (!/^\p{Lu}/u.test(word)) return;
      if (capital(terms[i - 1]) || capital(terms[i + 1])) return;
      if ((bySentence.get(sentence) ?? []).some(m => m.start < t.end && t.start < m.end)) return;
      out.push({ word, start: t.start, sentence });
    });
  });
  return out;
}
