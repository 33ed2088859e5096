// The ratchet every blind story set gets: floors on entity, statement, denial and meeting F1, a ceiling on
// redundant statements. Raise a floor (or lower the ceiling) when a score improves; a drop fails the test.
import type { DevScore, ScoredCorpus } from './score-dev-corpus';

export interface StoryFloors {
  entities: number;
  statements: number;
  denials: number;
  meetings: number;
  /** Most redundant statements allowed (one remark counted twice). */
  redundant: number;
}

/** Defines the ratchet tests of one story set (call at a test file's top level). */
export function describeStoryRatchet(title: string, scoreSet: () => ScoredCorpus, floors: StoryFloors): void {
  describe(`${title} (ratchet)`, () => {
    let score: DevScore;
    beforeAll(() => {
      ({ score } = scoreSet());
    });

    it(`keeps entity F1 at or above ${floors.entities}`, () => {
      expect(score.entities.f1).toBeGreaterThanOrEqual(floors.entities);
    });

    it(`keeps statement F1 at or above ${floors.statements} and denial F1 at or above ${floors.denials}`, () => {
      expect(score.statements.f1).toBeGreaterThanOrEqual(floors.statements);
      expect(score.denials.f1).toBeGreaterThanOrEqual(floors.denials);
    });

    it(`keeps meeting F1 at or above ${floors.meetings}`, () => {
      expect(score.meetings.f1).toBeGreaterThanOrEqual(floors.meetings);
    });

    it(`keeps redundant statements at or below ${floors.redundant}`, () => {
      expect(score.statements.redundant).toBeLessThanOrEqual(floors.redundant);
    });
  });
}
