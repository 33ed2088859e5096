// The real pipeline over the project's own invented example corpus (packages/cli/example-corpus), read at test
// time: dates from every header layout, no town typed as a person, the object of "met" found as a person.
import { readFileSync, readdirSync } from 'fs';
import path from 'path';
import { extractDocument } from '../extract-document';
import { parseInputBytes } from '../input/parse-input';

const CORPUS = path.resolve(__dirname, '../../../..', 'packages/cli/example-corpus');

function extractCorpus() {
  const files = readdirSync(CORPUS)
    .filter(f => f.endsWith('.txt'))
    .sort();
  const articles = files.flatMap(f => parseInputBytes(readFileSync(path.join(CORPUS, f)), f).articles);
  return extractDocument(articles);
}

describe('example corpus through the real pipeline', () => {
  const graph = extractCorpus();
  const nodes = graph.nodes as Array<{ labels: string[]; properties: Record<string, unknown> }>;
  const persons = nodes.filter(n => n.labels.includes('Person')).map(n => String(n.properties.name));

  it('finds the publication date of every article, whatever its header layout', () => {
    const dates = Object.fromEntries(
      nodes
        .filter(n => n.labels.includes('Article'))
        .map(n => [path.basename(String(n.properties.path)), n.properties.publishedAt]),
    );
    expect(dates).toEqual({
      '01-northern-post-harbour-talks.txt': '2021-03-02',
      '02-daily-ledger-embassy-silent.txt': '2021-03-03',
      '03-harbour-herald-garcia-brandt.txt': '2021-03-05',
      '04-northern-post-inquiry.txt': '2021-03-09',
    });
  });

  it('names no person after a place of the articles (a dateline town or a name after "in")', () => {
    const corpusText = readdirSync(CORPUS)
      .map(f => readFileSync(path.join(CORPUS, f), 'utf8'))
      .join('\n');
    const places = new Set(
      [...corpusText.matchAll(/\b(?:in|at|from|to) ([A-Z][a-z]+)\b(?! [A-Z])/g)].map(m => m[1]),
    );
    for (const dateline of corpusText.matchAll(/^([A-Z]{3,}) \(/gm))
      places.add((dateline[1] ?? '').charAt(0) + (dateline[1] ?? '').slice(1).toLowerCase());
    expect(places.size).toBeGreaterThan(0);
    expect(persons.filter(p => places.has(p))).toEqual([]);
  });

  it('finds the unknown two-word name after "met" as a person', () => {
    expect(persons).toContain('Elin Marsh');
  });
});
