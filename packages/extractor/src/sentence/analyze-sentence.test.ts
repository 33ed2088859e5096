import { analyzeArticle } from '../entities/analyze-article';
import { analyzeSentence } from './analyze-sentence';

const TEXT = 'Ana Duarte didn\'t meet Lena Ortiz on Monday.\n\n"We met twice," Duarte told reporters.';

describe('analyzeSentence: the one token model the fact layers read', () => {
  const analysis = analyzeArticle({ path: 'a.txt', text: TEXT });
  const [first, second] = analysis.sentences;

  it('reads a contraction as its words, gives lemmas and exact offsets', () => {
    const tokens = analyzeSentence(analysis, first!).tokens;
    expect(tokens.map(t => t.normal).slice(0, 5)).toEqual(['ana', 'duarte', 'did', 'not', 'meet']);
    const met = analyzeSentence(analysis, second!).tokens.find(t => t.text === 'met')!;
    expect(met.lemma).toBe('meet');
    for (const t of tokens) if (t.text) expect(TEXT.slice(t.start, t.end)).toBe(t.text);
  });

  it('ties tokens to the resolved mentions they belong to', () => {
    const tokens = analyzeSentence(analysis, first!).tokens;
    const ortiz = tokens.find(t => t.text === 'Ortiz')!;
    expect(ortiz.mentions.map(m => m.entityId)).toEqual(['person:lena-ortiz']);
    expect(tokens.find(t => t.text === 'Monday')!.mentions).toEqual([]);
  });

  it('flags quoted words and leaves the attribution outside', () => {
    const tokens = analyzeSentence(analysis, second!).tokens;
    expect(tokens.find(t => t.text === 'twice')!.quoted).toBe(true);
    expect(tokens.find(t => t.text === 'told')!.quoted).toBe(false);
  });

  it('is built once: the same object on every call', () => {
    expect(analyzeSentence(analysis, first!)).toBe(analyzeSentence(analysis, first!));
  });
  it('keeps a courtesy title and the name after it in one part', () => {
    const text = '"It has been a wonderful day," Ms. Lena Ortiz said, with Dr. Ana Duarte beside her.';
    const analysis = analyzeArticle({ path: 'b.txt', text });
    const tokens = analyzeSentence(analysis, analysis.sentences[0]!).tokens;
    const part = (word: string) => tokens.find(t => t.text === word)!.part;
    expect(part('Ortiz')).toBe(part('Ms'));
    expect(part('Duarte')).toBe(part('said'));
  });
});
