import { decodeForMatching, toOriginalOffset } from '../input/decode-for-matching';
import { findZones } from './01-find-zones';
import { splitSentences } from './02-split-sentences';

describe('splitSentences', () => {
  it('splits lines into sentences whose offsets cite the text exactly', () => {
    const text =
      'Ana Duarte resigned on Monday. “It was time,” she said.\nOkafor, the envoy, left. Mr. Bello stayed in St. Louis.';
    const sentences = splitSentences(findZones(text));
    expect(sentences.map(s => text.slice(s.start, s.end))).toEqual([
      'Ana Duarte resigned on Monday.',
      '“It was time,” she said.',
      'Okafor, the envoy, left.',
      'Mr. Bello stayed in St. Louis.',
    ]);
    for (const s of sentences) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('never merges sentences across a line break', () => {
    const text = 'Ana Duarte on the budget\nThe minister said it would pass.';
    expect(splitSentences(findZones(text)).map(s => s.zone)).toEqual(['title', 'body']);
  });

  it('keeps boilerplate lines as one unparsed sentence each', () => {
    const text = 'Read more\nAna Duarte resigned. She left.';
    const sentences = splitSentences(findZones(text));
    expect(sentences[0]).toMatchObject({ zone: 'boilerplate', tokens: [], view: null });
    expect(sentences).toHaveLength(3);
  });

  it('maps offsets of a decoded copy back to an original with HTML entities', () => {
    const original = 'The Interior Ministry&#39;s spokeswoman, Lena Ortiz, said &quot;no&quot;.';
    const decoded = decodeForMatching(original);
    const [sentence] = splitSentences(findZones(decoded.text));
    const start = toOriginalOffset(decoded, sentence?.start ?? -1);
    const end = toOriginalOffset(decoded, sentence?.end ?? -1);
    expect(original.slice(start, end)).toBe(original);
  });
});

describe('splitSentences: a full stop inside a closing quote', () => {
  it('ends the sentence before a capitalised word', () => {
    const text = 'He said "we will win." Then Ana Duarte left.';
    const parsed = splitSentences([{ text, start: 0, end: text.length, zone: 'body', paragraph: 0 }]);
    expect(parsed.map(s => text.slice(s.start, s.end))).toEqual([
      'He said "we will win."',
      'Then Ana Duarte left.',
    ]);
  });
});
