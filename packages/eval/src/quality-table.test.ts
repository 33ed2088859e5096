import { replaceGeneratedTable, toQualityTable } from './quality-table';
import type { ScorerResult } from './metrics';

const result = (f1: number, dates: number | null): ScorerResult => ({
  entities: { f1 },
  meetings: { f1 },
  statements: { f1 },
  denials: { f1 },
  meetingDates: { rate: dates },
  meetingPlaces: { rate: 1 },
  statementKinds: { rate: 1 },
  roles: { rate: 1 },
  traps: { checked: 4, hit: 1 },
});

describe('toQualityTable', () => {
  it('writes one row per set with three decimals, n/a where the set has no such score', () => {
    const table = toQualityTable([
      { name: 'invented', result: result(1, null) },
      { name: 'other', result: result(0.8634, 0.5) },
    ]).split('\n');
    expect(table[0]).toBe(
      '| set | entity F1 | meeting F1 | statement F1 | denial F1 | meeting dates | meeting places | statement kinds | roles | traps fallen into |',
    );
    expect(table[2]).toBe(
      '| invented | 1.000 | 1.000 | 1.000 | 1.000 | n/a | 1.000 | 1.000 | 1.000 | 1 of 4 |',
    );
    expect(table[3]).toContain('| other | 0.863 | 0.863 |');
  });
});

describe('replaceGeneratedTable', () => {
  it('replaces only what stands between the markers', () => {
    const page = 'intro\n<!-- eval:begin -->\nold\n<!-- eval:end -->\nafter\n';
    expect(replaceGeneratedTable(page, 'NEW', 'q.md')).toBe(
      'intro\n<!-- eval:begin -->\nNEW\n<!-- eval:end -->\nafter\n',
    );
  });

  it('names the page without markers', () => {
    expect(() => replaceGeneratedTable('no markers', 'x', 'docs/quality.md')).toThrow(
      'docs/quality.md: needs the markers',
    );
  });
});
