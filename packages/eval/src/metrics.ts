// The scores a floor can name, and where each stands in the shared scorer's --json output:
//   "entities=0.86" -> entities.f1 >= 0.86; "kinds=0.69" -> statementKinds.rate >= 0.69.

/** The subset of `score.mjs --json` that the floors and the quality table read. */
export interface ScorerResult {
  entities: { f1: number };
  meetings: { f1: number };
  statements: { f1: number };
  denials: { f1: number };
  meetingDates: { rate: number | null };
  meetingPlaces: { rate: number | null };
  statementKinds: { rate: number | null };
  roles: { rate: number | null };
  traps?: { checked: number; hit: number };
}

export const METRICS = {
  entities: { label: 'entity F1', read: (r: ScorerResult) => r.entities.f1 },
  meetings: { label: 'meeting F1', read: (r: ScorerResult) => r.meetings.f1 },
  statements: { label: 'statement F1', read: (r: ScorerResult) => r.statements.f1 },
  denials: { label: 'denial F1', read: (r: ScorerResult) => r.denials.f1 },
  dates: { label: 'meeting dates', read: (r: ScorerResult) => r.meetingDates.rate },
  places: { label: 'meeting places', read: (r: ScorerResult) => r.meetingPlaces.rate },
  kinds: { label: 'statement kinds', read: (r: ScorerResult) => r.statementKinds.rate },
  roles: { label: 'roles', read: (r: ScorerResult) => r.roles.rate },
} as const;

export type MetricName = keyof typeof METRICS;

export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

export function isMetricName(name: string): name is MetricName {
  return Object.hasOwn(METRICS, name);
}

/** The scorer prints three decimals; floors are compared at that precision, as people read them. */
export function roundScore(value: number): number {
  return Math.round(value * 1000) / 1000;
}
