// Ratchets on the dev corpus (../shared/corpus/dev), one section per layer: scores may only go up; raise the
// floors when they do. The corpus is extracted and scored once for the whole file (score-dev-corpus.ts memoises).
import { readFileSync } from 'node:fs';
import type { GraphDocument } from '@news-kg/graph-model';
import { GOLD_DEV, listUncitedFacts, scoreDevCorpus, type DevScore } from './testing/score-dev-corpus';

// Ratchet: the entity layer's dev-set scores may only go up. Raise the floors when the scores improve.

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

// Ratchet: the meeting layer's dev-set scores may only go up. Raise the floors when the scores improve.

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
    expect(listUncitedFacts(document, 'Meeting')).toEqual([]);
    expect(score.provenance.exact).toBe(score.provenance.checked);
  });
});

// Ratchet: the statement layer's dev-set scores may only go up. Raise the floors when the scores improve.

const STATEMENT_F1_FLOOR = 0.95;
const DENIAL_F1_FLOOR = 0.95;
const KIND_RATE_FLOOR = 0.94;
/** Same fact twice in the graph (outlets' different wordings of one statement that no rule can tell apart). */
const REDUNDANT_CEILING = 0;
/** Gold contradictions the dev graph must contain (as unordered pairs of matched statements). */
const CONTRADICTS_FLOOR = 2;

describe('dev corpus, statement layer (ratchet)', () => {
  let document: GraphDocument;
  let score: DevScore;
  beforeAll(() => {
    ({ document, score } = scoreDevCorpus());
  });

  it(`keeps statement F1 at or above ${STATEMENT_F1_FLOOR}`, () => {
    expect(score.statements.f1).toBeGreaterThanOrEqual(STATEMENT_F1_FLOOR);
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

  it('attributes every statement to a Person or Organization node of the graph, and cites it', () => {
    const labels = new Map(document.nodes.map(n => [n.id, n.labels]));
    const statements = document.nodes.filter(n => n.labels.includes('Statement'));
    const stated = document.relationships.filter(r => r.type === 'STATED');
    for (const s of statements) {
      const speakers = stated.filter(r => r.end === s.id).map(r => labels.get(r.start)?.[0]);
      expect(speakers.length).toBeGreaterThan(0);
      expect(speakers.every(l => l === 'Person' || l === 'Organization')).toBe(true);
    }
    expect(listUncitedFacts(document, 'Statement')).toEqual([]);
  });

  it(`finds at least ${CONTRADICTS_FLOOR} contradictions, each between statements of different speakers`, () => {
    const contradicts = document.relationships.filter(r => r.type === 'CONTRADICTS');
    expect(contradicts.length).toBeGreaterThanOrEqual(CONTRADICTS_FLOOR);
    const speakersOf = (id: string) =>
      document.relationships.filter(r => r.type === 'STATED' && r.end === id).map(r => r.start);
    for (const r of contradicts)
      expect(speakersOf(r.start).some(s => speakersOf(r.end).includes(s))).toBe(false);
  });
});
