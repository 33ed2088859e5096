import { analyzeArticle } from './src/entities/analyze-article';
const text = process.argv[2]!;
const a = analyzeArticle({ path: 'x', text });
for (const e of a.entities.values()) console.log(e.label, e.name, JSON.stringify(e.aliases));
console.log(a.terms?.flat().map(t => `${t.text}[${t.tags.filter(x=>['Person','FirstName','LastName','Noun','ProperNoun','Verb','Organization','Place'].includes(x)).join(',')}]${JSON.stringify(t.post)}`).join(' '));
