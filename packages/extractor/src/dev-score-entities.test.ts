// Ratchet: the entity layer's dev-set scores may only go up. Raise the floors when the scores improve.
import { scoreDevCorpus, type DevScore } from './testing/score-dev-corpus';

const ENTITY_F1_FLOOR = 1.0;
const ROLE_RATE_FLOOR = 1.0;

describe('dev corpus, entity layer (ratchet)', () => {
  let score: DevScore;
  beforeAll(() => {
    score = scoreDevCorpus().score;
  });

  it(`keeps entity F1 at or above ${ENTITY_F1_FLOOR}`, () => {
    expect(score.entities.f1).toBeGreaterThanOrEqual(ENTITY_F1_FLOOR);
  });

  it(`keeps the role rate at or above ${ROLE_RATE_FLOOR}`, () => {
    expect(score.roles.rate ?? 0).toBeGreaterThanOrEqual(ROLE_RATE_FLOOR);
  });

  it('writes no redundant entity (one node per real entity)', () => {
    expect(score.entities.redundant).toBe(0);
  });

  it('cites every fact with exact evidence', () => {
    expect(score.provenance.withSource).toBe(score.provenance.facts);
    expect(score.provenance.exact).toBe(score.provenance.checked);
  });
});
