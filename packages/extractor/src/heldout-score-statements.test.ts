// Ratchet on the second evaluation set (test/heldout: invented articles from other fields), which the statement
// rules were not written against: statement F1, denial F1 and the kind rate may only go up. Raise the floors when
// they do. The one statement still missed is "The club declined to comment": the entity layer gives no mention
// for the description "the club", so no speaker is resolved.
import { scoreHeldoutCorpus, type DevScore } from './testing/score-dev-corpus';

const STATEMENT_F1_FLOOR = 0.98;
const DENIAL_F1_FLOOR = 1;
const KIND_RATE_FLOOR = 1;
/** Same fact twice in the graph. */
const REDUNDANT_CEILING = 1;

describe('held-out corpus, statement layer (ratchet)', () => {
  let score: DevScore;
  beforeAll(() => {
    ({ score } = scoreHeldoutCorpus());
  });

  it(`keeps statement F1 at or above ${STATEMENT_F1_FLOOR} with no false statement`, () => {
    expect(score.statements.f1).toBeGreaterThanOrEqual(STATEMENT_F1_FLOOR);
    expect(score.statements.falsePositives).toEqual([]);
  });

  it(`keeps denial F1 at or above ${DENIAL_F1_FLOOR}`, () => {
    expect(score.denials.f1).toBeGreaterThanOrEqual(DENIAL_F1_FLOOR);
  });

  it(`keeps the statement kind rate at or above ${KIND_RATE_FLOOR}`, () => {
    expect(score.statementKinds.rate ?? 0).toBeGreaterThanOrEqual(KIND_RATE_FLOOR);
  });

  it(`keeps redundant statements at or below ${REDUNDANT_CEILING}`, () => {
    expect(score.statements.redundant).toBeLessThanOrEqual(REDUNDANT_CEILING);
  });
});
