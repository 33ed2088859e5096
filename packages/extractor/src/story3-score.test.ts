// Ratchet on the third four-outlet story set (test/heldout-story-3: a river-pollution row, written blind by
// someone who had not seen the extractor, in a field none of the other sets covers). First contact: entities F1
// 0.813, meetings 0.500, statements F1 0.750 with 8 redundant, denials 0.800. The set then guided general fixes
// (institution names with "and", "of the" and plural possessives, acronyms named bare before their definition,
// places, owned descriptions, circumstance clauses after "said", colons), so it is no longer blind.
// Raise the floors when scores improve.
import { scoreThirdStoryCorpus, type DevScore } from './testing/score-dev-corpus';

const ENTITY_F1_FLOOR = 1;
const STATEMENT_F1_FLOOR = 0.8;
const DENIAL_F1_FLOOR = 0.8;
const MEETING_F1_FLOOR = 0.5;
const REDUNDANT_CEILING = 7;

describe('third four-outlet story set (ratchet)', () => {
  let score: DevScore;
  beforeAll(() => {
    ({ score } = scoreThirdStoryCorpus());
  });

  it(`keeps entity F1 at or above ${ENTITY_F1_FLOOR}`, () => {
    expect(score.entities.f1).toBeGreaterThanOrEqual(ENTITY_F1_FLOOR);
  });

  it(`keeps statement F1 at or above ${STATEMENT_F1_FLOOR} and denial F1 at or above ${DENIAL_F1_FLOOR}`, () => {
    expect(score.statements.f1).toBeGreaterThanOrEqual(STATEMENT_F1_FLOOR);
    expect(score.denials.f1).toBeGreaterThanOrEqual(DENIAL_F1_FLOOR);
  });

  it(`keeps meeting F1 at or above ${MEETING_F1_FLOOR}`, () => {
    expect(score.meetings.f1).toBeGreaterThanOrEqual(MEETING_F1_FLOOR);
  });

  it(`keeps redundant statements at or below ${REDUNDANT_CEILING}`, () => {
    expect(score.statements.redundant).toBeLessThanOrEqual(REDUNDANT_CEILING);
  });
});
