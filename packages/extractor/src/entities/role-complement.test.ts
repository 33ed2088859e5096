// "the head of <Org>" is whoever holds a role there; "the chief executive of <Org>" is not someone whose role
// the article ties to another organization. Invented text only (a museum loan).
import type { ArticleAnalysis } from '../analysis';
import { analyzeArticle } from './analyze-article';

const TITLE = 'Loan talks stall at the museum\n\n';
const analyze = (body: string): ArticleAnalysis =>
  analyzeArticle({ path: 'test.txt', text: `${TITLE}${body}\n` });
const descriptions = (a: ArticleAnalysis): string[] =>
  a.mentions.filter(m => m.form === 'description').map(m => `${m.surface} -> ${m.entityId}`);

const LEDE = 'The head of the Tessaly Museum had lunch with the chief executive of Corvel Bank on Monday.';

describe('descriptions with an "of <Org>" complement', () => {
  test.each([
    ['an apposition', `${LEDE} Ilse Varga, the chief executive of the Tessaly Museum, said it was useful.`],
    ['a possessive role', `${LEDE} Ilse Varga, the museum's chief executive, said it was useful.`],
  ])('"the head of <Org>" is the one role holder there the next sentence names (%s)', (_name, body) => {
    expect(descriptions(analyze(body))).toContain('head -> person:ilse-varga');
  });

  test("trap: another organization's chief executive is not the chief executive of <Org>", () => {
    const body = `${LEDE} Ilse Varga, the museum's chief executive, said it was useful.`;
    expect(descriptions(analyze(body)).filter(d => d.startsWith('chief executive'))).toEqual([]);
  });

  test('trap: "the head of <Org>" names no one when nobody holds a role there', () => {
    const body = `${LEDE} Ilse Varga, a curator, said it was useful.`;
    expect(descriptions(analyze(body)).filter(d => d.startsWith('head'))).toEqual([]);
  });
});
