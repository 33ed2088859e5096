// Ratchet: the meeting layer's dev-set scores may only go up. Raise the floors when the scores improve.
import { readFileSync } from 'node:fs';
import type { GraphDocument } from './types';
import { GOLD_DEV, scoreDevCorpus, type DevScore } from './testing/score-dev-corpus';

const MEETING_F1_FLOOR = 1;
const MEETING_DATE_FLOOR = 1;
const MEETING_PLACE_FLOOR = 1;

interface GoldNegative {
  kind: string;
  evidence: string | string[];
}

describe('dev corpus, meeting layer (ratchet)', () => {
  let score: DevScore;
  let document: GraphDocument;
  beforeAll(() => {
    ({ score, document } = scoreDevCorpus());
  });

  it(`keeps meeting F1 at or above ${MEETING_F1_FLOOR}`, () => {
    expect(score.meetings.f1).toBeGreaterThanOrEqual(MEETING_F1_FLOOR);
  });

  it(`keeps meeting dates at or above ${MEETING_DATE_FLOOR} and places at or above ${MEETING_PLACE_FLOOR}`, () => {
    expect(score.meetingDates.rate ?? 0).toBeGreaterThanOrEqual(MEETING_DATE_FLOOR);
    expect(score.meetingPlaces.rate ?? 0).toBeGreaterThanOrEqual(MEETING_PLACE_FLOOR);
  });

  it('reports each encounter once', () => {
    expect(score.meetings.redundantList).toEqual([]);
  });

  it('reports no meeting that only the gold negatives (planned, denied, generic) speak of', () => {
    const gold = JSON.parse(readFileSync(GOLD_DEV, 'utf8')) as { negatives?: GoldNegative[] };
    const negatives = (gold.negatives ?? [])
      .filter(n => n.kind === 'meeting')
      .flatMap(n => (Array.isArray(n.evidence) ? n.evidence : [n.evidence]));
    const reported = document.nodes.filter(
      n => n.labels.includes('Meeting') && n.properties.status === 'reported',
    );
    const onlyFromNegatives = reported.filter(m => {
      const evidence = document.relationships
        .filter(r => r.type === 'REPORTED_IN' && r.start === m.id)
        .map(r => String(r.properties.evidence));
      return evidence.length > 0 && evidence.every(e => negatives.some(n => e.includes(n)));
    });
    expect(onlyFromNegatives.map(m => m.properties.summary)).toEqual([]);
  });

  it('cites every meeting with exact evidence', () => {
    const meetings = document.nodes.filter(n => n.labels.includes('Meeting'));
    for (const m of meetings) {
      expect(document.relationships.some(r => r.type === 'REPORTED_IN' && r.start === m.id)).toBe(true);
    }
    expect(score.provenance.exact).toBe(score.provenance.checked);
  });
});
