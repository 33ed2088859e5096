import { articleId } from '@news-kg/graph-model';
import { fromStoredSource, toCanonicalInputs, toSourceInput, withSources } from './article-sources';

const a = {
  path: 'b/story.txt',
  text: 'Finance Minister Ana Duarte spoke.',
  outlet: 'Daily Example',
  title: null,
};
const b = { path: 'a/other.txt', text: 'Tomas Reyes replied.' };

describe('article sources', () => {
  test('the stored input gives back the same ArticleInput', () => {
    expect(fromStoredSource(a.text, toSourceInput(a))).toEqual(a);
    expect(toSourceInput(a)).toBe('{"outlet":"Daily Example","path":"b/story.txt","title":null}');
  });

  test('canonical inputs: one per text (first seen wins), sorted by path, whatever the arrival order', () => {
    const copy = { ...a, path: 'z/copy.txt' };
    expect(toCanonicalInputs([a, b, copy])).toEqual([b, a]);
    expect(toCanonicalInputs([copy, b, a]).map(i => i.path)).toEqual(['a/other.txt', 'z/copy.txt']);
    expect(toCanonicalInputs([b, a])).toEqual(toCanonicalInputs([a, b]));
  });

  test('withSources adds the text to the Article node the input produced, and nothing else', () => {
    const doc = withSources(
      {
        nodes: [
          {
            id: articleId(a.text),
            labels: ['Article'],
            properties: { path: a.path, title: 't', publishedAt: null, outlet: null },
          },
          { id: 'person:ana-duarte', labels: ['Person'], properties: { name: 'Ana Duarte', aliases: [] } },
        ],
        relationships: [],
      },
      [a],
    );
    expect(doc.nodes[0]?.properties.sourceText).toBe(a.text);
    expect(doc.nodes[1]?.properties).not.toHaveProperty('sourceText');
  });
});
