// "entities=0.863,meetings=0.643" -> floors; a scorer result + floors -> one verdict per floor (each counts as a
// test in .ci/run). A score the set cannot have (no gold meeting has a date: rate null) fails its floor: a floor
// on it was a mistake worth seeing.
import {
  isMetricName,
  METRIC_NAMES,
  METRICS,
  roundScore,
  type MetricName,
  type ScorerResult,
} from './metrics';

export type Floors = Partial<Record<MetricName, number>>;

export interface FloorVerdict {
  metric: MetricName;
  floor: number;
  score: number | null;
  passed: boolean;
}

/** Parses `--floors`; throws naming the bad entry. */
export function parseFloors(text: string): Floors {
  const floors: Floors = {};
  for (const entry of text
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)) {
    const match = /^([a-z]+)=([0-9]*\.?[0-9]+)$/.exec(entry);
    if (!match) throw new Error(`--floors: "${entry}" is not name=number (e.g. entities=0.86)`);
    const [, name = '', value = ''] = match;
    if (!isMetricName(name))
      throw new Error(`--floors: unknown score "${name}"; known: ${METRIC_NAMES.join(', ')}`);
    const floor = Number(value);
    if (floor > 1) throw new Error(`--floors: ${name}=${value} is above 1 (scores run from 0 to 1)`);
    floors[name] = floor;
  }
  return floors;
}

export function checkFloors(result: ScorerResult, floors: Floors): FloorVerdict[] {
  return (Object.entries(floors) as [MetricName, number][]).map(([metric, floor]) => {
    const raw = METRICS[metric].read(result);
    const score = raw === null ? null : roundScore(raw);
    return { metric, floor, score, passed: score !== null && score >= floor };
  });
}

/** "  ok    entity F1 0.870 >= floor 0.863" / "  UNDER meeting F1 0.600 <  floor 0.643" */
export function formatVerdict({ metric, floor, score, passed }: FloorVerdict): string {
  const shown = score === null ? 'n/a  ' : score.toFixed(3);
  return `  ${passed ? 'ok   ' : 'UNDER'} ${METRICS[metric].label.padEnd(15)} ${shown} ${passed ? '>=' : '< '} floor ${floor.toFixed(3)}`;
}
