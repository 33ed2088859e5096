// sides = [raw, in-process, HTTP], 5 rounds of 1 s, 10 concurrent -> for each side its pooled latencies (p50,
// p99, requests/s, errors) and, against each baseline side (the first by default), the median of the per-round
// p50 ratios.
// Why rounds: on a shared machine the load drifts by 2x within a minute, so one long run per side compares
// different machines. Short rounds that alternate the sides (and rotate which goes first, so none always
// follows a warm or a cold one) compare each side with the baseline measured seconds apart; the median over
// rounds ignores the round that a burst of other work spoiled.

export interface Side {
  name: string;
  /** Asks one question; resolves true for an answer with errors, rejects on a failed request. */
  ask: (name: string) => Promise<boolean>;
}

export interface RoundsOptions {
  rounds: number;
  roundS: number;
  connections: number;
  /** Untimed seconds per side before the first round (JIT, pools, Neo4j's plan cache). */
  warmupS: number;
  names: readonly string[];
  /** Indexes of the sides every side's p50 is compared with, round by round. @default [0] */
  baselines?: readonly number[];
}

export interface SideFigures {
  name: string;
  requests: number;
  rps: number;
  /** Over the latencies of every round pooled. */
  p50: number;
  p99: number;
  errors: number;
  roundP50s: number[];
  /** Median over rounds of (this side's p50 / the first baseline's p50 in the same round); 1 for that side. */
  ratio: number;
  /** The same against each of `baselines`, in order (ratios[0] === ratio). */
  ratios: number[];
}

interface Sample {
  latencies: number[];
  errors: number;
}

/**
 * `connections` loops, each asking its next question (names in rotation) when the last is answered, for
 * `seconds`; latency by performance.now(). Answers with errors and failed requests count as errors.
 */
export async function measureLoops(
  names: readonly string[],
  seconds: number,
  connections: number,
  ask: Side['ask'],
): Promise<Sample> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const end = performance.now() + seconds * 1000;
  const loop = async (): Promise<void> => {
    while (performance.now() < end) {
      const name = names[next++ % names.length]!;
      const t = performance.now();
      try {
        if (await ask(name)) errors += 1;
        else latencies.push(performance.now() - t);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  return { latencies, errors };
}

/** The q-quantile of sorted values (nearest rank). */
export function toQuantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

export function toMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Round r runs the sides starting at side r mod n: [a b c], [b c a], [c a b], [a b c]... */
export function toRoundOrder(sideCount: number, round: number): number[] {
  return Array.from({ length: sideCount }, (_, i) => (round + i) % sideCount);
}

export async function runRounds(sides: readonly Side[], options: RoundsOptions): Promise<SideFigures[]> {
  const { rounds, roundS, connections, warmupS, names, baselines = [0] } = options;
  for (const side of sides) await measureLoops(names, warmupS, connections, side.ask);
  const samples = sides.map(() => ({ latencies: [] as number[], errors: 0, roundP50s: [] as number[] }));
  for (let round = 0; round < rounds; round++) {
    for (const i of toRoundOrder(sides.length, round)) {
      const { latencies, errors } = await measureLoops(names, roundS, connections, sides[i]!.ask);
      const sample = samples[i]!;
      sample.latencies.push(...latencies);
      sample.errors += errors;
      sample.roundP50s.push(
        toQuantile(
          [...latencies].sort((a, b) => a - b),
          0.5,
        ),
      );
    }
  }
  return sides.map((side, i) => {
    const { latencies, errors, roundP50s } = samples[i]!;
    latencies.sort((a, b) => a - b);
    const requests = latencies.length + errors;
    const ratios = baselines.map(b => toMedian(roundP50s.map((p50, r) => p50 / samples[b]!.roundP50s[r]!)));
    return {
      name: side.name,
      requests,
      rps: requests / (rounds * roundS),
      p50: toQuantile(latencies, 0.5),
      p99: toQuantile(latencies, 0.99),
      errors,
      roundP50s,
      ratio: ratios[0]!,
      ratios,
    };
  });
}
