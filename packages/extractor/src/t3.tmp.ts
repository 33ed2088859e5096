import { readFileSync } from 'node:fs';
import { analyzeArticle } from './entities/analyze-article';
import { readSentence } from './meetings/read-sentence';
const f = process.argv[2]!;
const needle = process.argv[3]!;
const a = (analyzeArticle as any)({ path: f, text: readFileSync(f, 'utf8') });
const s = a.sentences.find((x: any) => x.text.includes(needle));
const r = readSentence(a, s, []);
console.log(
  r.tokens
    .map(
      (t: any) =>
        `${t.text}${t.mentions.length ? '{' + t.mentions.map((m: any) => m.entityId).join('|') + '}' : ''}`,
    )
    .join(' '),
);
