import { extractDocument } from '@news-kg/extractor';
import { explainDocument } from './explain-document';

describe('explainDocument', () => {
  const text =
    'Ana Duarte met with Tunde Okafor in Geneva on Tuesday.\nOkafor said the talks had been useful.\n';
  const explained = explainDocument(
    extractDocument([{ path: 'stories/okafor.txt', text, publishedAt: '2019-03-08' }]),
  );

  test('a meeting shows its slots, the construction that read it and its sentence at its offsets', () => {
    expect(explained).toContain(
      'Meeting reported  participants: Ana Duarte, Tunde Okafor  date: 2019-03-05 (on Tuesday)  place: Geneva\n' +
        '  rule meet-with  okafor.txt [0-54]\n' +
        '  "Ana Duarte met with Tunde Okafor in Geneva on Tuesday."',
    );
  });

  test('a statement shows its speaker, kind and words; a fact without a construction id shows "-" or the id', () => {
    expect(explained).toMatch(
      /Statement claim {2}speaker: Tunde Okafor {2}words: "the talks had been useful"\n {2}rule \S+ {2}okafor\.txt \[55-93\]/,
    );
  });

  test('a date no article states is shown as the publication-month inference', () => {
    const story = 'Ana Duarte met with Tunde Okafor in Geneva.\nOkafor said the talks had been useful.\n';
    const undated = explainDocument(
      extractDocument([{ path: 'stories/lee.txt', text: story, publishedAt: '2019-03-08' }]),
    );
    expect(undated).toContain('date: 2019-03 (publication month)  place: Geneva');
  });

  test('a document without facts explains nothing', () => {
    expect(explainDocument({ nodes: [], relationships: [] })).toBe('');
  });
});
