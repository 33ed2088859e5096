// node --import tsx extract-long-line.ts <normal|unpunctuated> <chars> <corpus>: extracts one article of
// long-line-texts.ts in this process and prints { seconds, evidence, evidenceWrong } as JSON: a process of its own,
// so a caller can give up on a stalled extraction (synchronous: a timer in the same thread would never fire).
import { extractDocument } from '@news-kg/extractor';
import { buildLongLineTexts } from './long-line-texts';

const [which = 'unpunctuated', chars = '2000000', corpus = ''] = process.argv.slice(2);
const article = buildLongLineTexts(corpus, Number(chars))[which as 'normal' | 'unpunctuated'];
const start = process.hrtime.bigint();
const doc = extractDocument([article]);
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const sources = doc.relationships.filter(r => r.type === 'REPORTED_IN');
const evidenceWrong = sources.filter(r => {
  const { evidence, start: from, end } = r.properties as { evidence: string; start: number; end: number };
  return article.text.slice(from, end) !== evidence;
}).length;
console.log(JSON.stringify({ seconds, evidence: sources.length, evidenceWrong }));
