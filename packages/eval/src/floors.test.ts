import { checkFloors, formatVerdict, parseFloors } from './floors';
import type { ScorerResult } from './metrics';

const RESULT: ScorerResult = {
  entities: { f1: 0.8634 },
  meetings: { f1: 0.6 },
  statements: { f1: 1 },
  denials: { f1: 0.4855 },
  meetingDates: { rate: null },
  meetingPlaces: { rate: 0.5 },
  statementKinds: { rate: 0.69 },
  roles: { rate: 0.8 },
};

describe('parseFloors', () => {
  it('reads name=number pairs', () => {
    expect(parseFloors('entities=0.863, kinds=.69')).toEqual({ entities: 0.863, kinds: 0.69 });
  });

  it('names the bad entry', () => {
    expect(() => parseFloors('entities:0.8')).toThrow('"entities:0.8" is not name=number');
    expect(() => parseFloors('people=0.8')).toThrow('unknown score "people"; known: entities, meetings');
    expect(() => parseFloors('entities=1.5')).toThrow('above 1');
  });
});

describe('checkFloors', () => {
  it('compares at the three decimals the scorer prints', () => {
    const verdicts = checkFloors(RESULT, { entities: 0.863, denials: 0.486, meetings: 0.643 });
    expect(verdicts.map(v => [v.metric, v.score, v.passed])).toEqual([
      ['entities', 0.863, true],
      ['denials', 0.486, true],
      ['meetings', 0.6, false],
    ]);
  });

  it('fails a floor on a score the set does not have', () => {
    expect(checkFloors(RESULT, { dates: 0 })).toEqual([
      { metric: 'dates', floor: 0, score: null, passed: false },
    ]);
  });

  it('prints a line a reader can act on', () => {
    const [under] = checkFloors(RESULT, { meetings: 0.643 });
    expect(formatVerdict(under!)).toBe('  UNDER meeting F1      0.600 <  floor 0.643');
  });
});
