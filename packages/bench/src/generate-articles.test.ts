import { ARTICLES_PER_WORLD, generateArticles, toSurname } from './generate-articles';

describe('generateArticles', () => {
  it('gives article n the same text whether generated alone or in a range', () => {
    const range = generateArticles({ count: 12 });
    expect(generateArticles({ from: 9, count: 1 })).toEqual([range[9]]);
    expect(new Set(range.map(a => a.path)).size).toBe(12);
  });

  it('never gives two numbers the same surname, past the size of the syllable pools', () => {
    const names = Array.from({ length: 60_000 }, (_, n) => toSurname(n));
    expect(new Set(names).size).toBe(names.length);
    expect(names.every(name => /^\p{Lu}\p{Ll}+$/u.test(name))).toBe(true);
  });

  it('keeps every capitalised name of a story world out of the other worlds', () => {
    const articles = generateArticles({ from: 4_000, count: 8 * ARTICLES_PER_WORLD });
    const surnamesOf = (text: string) =>
      new Set(
        [...text.matchAll(/\b\p{Lu}\p{Ll}+(?:rden|vich|lund|stad|wick|berg|mont|hurst|rova|quist)\b/gu)].map(
          m => m[0],
        ),
      );
    const worlds = new Map<string, Set<string>>();
    for (const a of articles) {
      const world = a.path.split('/')[0]!;
      worlds.set(world, new Set([...(worlds.get(world) ?? []), ...surnamesOf(a.text)]));
    }
    expect(worlds.size).toBe(8);
    const all = [...worlds.values()].flatMap(names => [...names]);
    // five names per world (three people, two organizations), none shared between worlds
    expect(all).toHaveLength(8 * 5);
    expect(new Set(all).size).toBe(all.length);
  });
});
