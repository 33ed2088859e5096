// Ratchets on the second evaluation set (test/heldout: invented articles from other fields), one section per
// layer. The corpus is extracted and scored once for the whole file (score-dev-corpus.ts memoises).
import type { GraphDocument } from '@news-kg/graph-model';
import { listUncitedFacts, scoreHeldoutCorpus, type DevScore } from './testing/score-dev-corpus';

// Ratchet on the second evaluation set (test/heldout: invented articles from other fields), which the entity
// rules were not written against: entity F1 and roles must stay at least here.

const ENTITY_F1_FLOOR = 0.95;
const ROLE_RATE_FLOOR = 0.9;

describe('held-out corpus, entity layer (ratchet)', () => {
  let score: DevScore;
  beforeAll(() => {
    score = scoreHeldoutCorpus().score;
  });

  it(`keeps entity F1 at or above ${ENTITY_F1_FLOOR} with no redundancy`, () => {
    expect(score.entities.f1).toBeGreaterThanOrEqual(ENTITY_F1_FLOOR);
    expect(score.entities.redundant).toBe(0);
  });

  it(`keeps the role rate at or above ${ROLE_RATE_FLOOR}`, () => {
    expect(score.roles.rate ?? 0).toBeGreaterThanOrEqual(ROLE_RATE_FLOOR);
  });
});

// Ratchet on the second evaluation set (test/heldout: invented articles from other fields), which the meeting
// rules were not written against: meeting F1, dates and places may only go up. Raise the floors when they do.

const MEETING_F1_FLOOR = 1;
const MEETING_DATE_FLOOR = 1;
const MEETING_PLACE_FLOOR = 1;

describe('held-out corpus, meeting layer (ratchet)', () => {
  let score: DevScore;
  let document: GraphDocument;
  beforeAll(() => {
    ({ score, document } = scoreHeldoutCorpus());
  });

  it(`keeps meeting F1 at or above ${MEETING_F1_FLOOR} with no redundancy`, () => {
    expect(score.meetings.f1).toBeGreaterThanOrEqual(MEETING_F1_FLOOR);
    expect(score.meetings.redundantList).toEqual([]);
  });

  it(`keeps meeting dates at or above ${MEETING_DATE_FLOOR} and places at or above ${MEETING_PLACE_FLOOR}`, () => {
    expect(score.meetingDates.rate ?? 0).toBeGreaterThanOrEqual(MEETING_DATE_FLOOR);
    expect(score.meetingPlaces.rate ?? 0).toBeGreaterThanOrEqual(MEETING_PLACE_FLOOR);
  });

  it('guesses no year for an article without a publication date', () => {
    const undated = document.nodes.filter(
      n => n.labels.includes('Article') && n.properties.publishedAt === null,
    );
    const reportedIn = (article: string) =>
      document.relationships
        .filter(r => r.type === 'REPORTED_IN' && r.end === article)
        .map(r => document.nodes.find(n => n.id === r.start))
        .filter(n => n?.labels.includes('Meeting'));
    const dates = undated.flatMap(a => reportedIn(a.id).map(m => m?.properties.date ?? null));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every(d => d === null)).toBe(true);
  });

  it('cites every meeting with exact evidence', () => {
    expect(listUncitedFacts(document, 'Meeting')).toEqual([]);
    expect(score.provenance.exact).toBe(score.provenance.checked);
  });
});

// Ratchet on the second evaluation set (test/heldout: invented articles from other fields), which the statement
// rules were not written against: statement F1, denial F1 and the kind rate may only go up. Raise the floors when
// they do. The one statement still missed is "The club declined to comment": the entity layer gives no mention
// for the description "the club", so no speaker is resolved.

const STATEMENT_F1_FLOOR = 1;
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
