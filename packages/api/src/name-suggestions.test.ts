import { rankSuggestions } from './name-suggestions';
import { toAnyWordLucene } from './cypher/suggest-names';
import { includedStatuses, statusesOfMeetings } from './met-statuses';

const candidate = (name: string, aliases: string[], facts: number, score = 1) => ({
  name,
  names: [name, ...aliases],
  facts,
  score,
});

describe('rankSuggestions', () => {
  it('puts names sharing more words of the asked name first, busier first among equals', () => {
    const ranked = rankSuggestions('Ana Duarte', [
      candidate('Ana Lima', ['Lima'], 9),
      candidate('Duarte', [], 1),
      candidate('Ana Duarte Silva', ['Duarte'], 0),
      candidate('Paulo Duarte', ['Duarte'], 3),
    ]);
    expect(ranked).toEqual(['Ana Duarte Silva', 'Ana Lima', 'Paulo Duarte', 'Duarte']);
  });

  it('compares by name keys: case and accents do not matter', () => {
    expect(
      rankSuggestions('jose garcia', [candidate('Pedro', [], 9), candidate('José García', [], 0)])[0],
    ).toBe('José García');
  });

  it('gives at most five names, each once', () => {
    const many = Array.from({ length: 8 }, (_, i) => candidate(`Person ${i}`, [], i));
    expect(rankSuggestions('person', [...many, ...many])).toHaveLength(5);
  });
});

test('the suggestion query matches any word, a typo allowed in longer words', () => {
  expect(toAnyWordLucene('Ana Duarte')).toBe('ana duarte~1');
});

test("statuses: none asked means all, in schema order; an edge lists its meetings' statuses once", () => {
  expect(includedStatuses(undefined)).toEqual(['reported', 'planned', 'denied']);
  expect(includedStatuses(['denied', 'reported'])).toEqual(['reported', 'denied']);
  expect(statusesOfMeetings([{ status: 'planned' }, { status: 'reported' }, { status: 'planned' }])).toEqual([
    'reported',
    'planned',
  ]);
});
