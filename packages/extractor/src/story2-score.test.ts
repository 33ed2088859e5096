// Ratchet on the second four-outlet story set (test/heldout-story-2: a port labour dispute, written blind by
// someone who had not seen the extractor). First contact: entities F1 0.880, meetings 0.400, statements F1 0.816
// with 7 redundant, denials 0.667. The set then guided general fixes (pronouns never point into quoted words,
// standfirsts count as headlines, grievances against another side, company heads), so it is no longer blind.
// Raise the floors when scores improve.
import { scoreSecondStoryCorpus, type DevScore } from './testing/score-dev-corpus';

const ENTITY_F1_FLOOR = 0.9;
const STATEMENT_F1_FLOOR = 0.89;
const DENIAL_F1_FLOOR = 1;
// meetings were 0.400 until chairs, talks dated by how they went, role-holder subjects and same-day reports
const MEETING_F1_FLOOR = 1;
const REDUNDANT_CEILING = 2;

describe('second four-outlet story set (ratchet)', () => {
  let score: DevScore;
  beforeAll(() => {
    ({ score } = scoreSecondStoryCorpus());
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
