import { countExtractions } from './ingest';

describe('countExtractions', () => {
  it("reads the per-article stage's count when kg ingest reports one, else the articles the graph came from", () => {
    expect(
      countExtractions(
        'Per-article stage: 10 article(s) read, 2 re-read in a new context, 2 worker(s); the rest from stored readings.\n' +
          'Ingested 10 of 10 articles (10 new; graph extracted from 1010) in 3.2 s into bolt://127.0.0.1:7687',
      ),
    ).toBe(12);
    expect(
      countExtractions('Ingested 10 of 10 articles (10 new; graph extracted from 1010) in 3.2 s into x'),
    ).toBe(1010);
    expect(countExtractions('nothing here')).toBeNull();
  });
});
