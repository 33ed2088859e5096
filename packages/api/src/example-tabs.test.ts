import { buildExampleQueries, PLACEHOLDER_NAMES } from './example-queries';
import { toExampleNames } from './example-tabs';

describe('toExampleNames', () => {
  it('asks about the busiest names of the graph', () => {
    expect(toExampleNames({ busiest: ['Ilse Marek', 'Ravi Okoye'], talked: ['Ravi Okoye'] })).toEqual({
      busiest: 'Ilse Marek',
      other: 'Ravi Okoye',
      word: 'Marek',
    });
  });

  it('falls back to the entities with most facts, then to the placeholders on an empty graph', () => {
    expect(toExampleNames({ busiest: [], talked: ['Port Board', 'Port Board'] })).toEqual({
      busiest: 'Port Board',
      other: 'Port Board',
      word: 'Board',
    });
    expect(toExampleNames({ busiest: [], talked: [] })).toBe(PLACEHOLDER_NAMES);
  });
});

test('the names go into the queries as GraphQL string literals', () => {
  const queries = buildExampleQueries({
    busiest: 'Ilse "the chair" Marek',
    other: 'Ravi Okoye',
    word: 'Marek',
  });
  expect(queries.map(q => q.title)).toEqual([
    'Who met whom',
    'Who denied what',
    'How two people are connected',
    'Timeline',
    'Search',
  ]);
  expect(queries[0]?.query).toContain('whoMet(name: "Ilse \\"the chair\\" Marek", first: 10)');
  expect(queries[2]?.query).toContain(
    'connection(from: "Ilse \\"the chair\\" Marek", to: "Ravi Okoye", maxHops: 4)',
  );
});
