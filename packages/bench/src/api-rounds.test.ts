import { runRounds, toMedian, toQuantile, toRoundOrder } from './api-rounds';

test('rounds rotate which side goes first', () => {
  expect([0, 1, 2, 3].map(r => toRoundOrder(3, r))).toEqual([
    [0, 1, 2],
    [1, 2, 0],
    [2, 0, 1],
    [0, 1, 2],
  ]);
});

test('median and nearest-rank quantile', () => {
  expect(toMedian([3, 1, 2])).toBe(2);
  expect(toMedian([4, 1, 3, 2])).toBe(2.5);
  expect(toQuantile([1, 2, 3, 4], 0.5)).toBe(3);
  expect(toQuantile([1, 2, 3, 4], 0.99)).toBe(4);
  expect(toQuantile([], 0.5)).toBeNaN();
});

test('every side runs every round; the baseline ratio is 1; errors are counted apart', async () => {
  const wait = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
  let failures = 0;
  const figures = await runRounds(
    [
      { name: 'fast', ask: async () => (await wait(2), false) },
      { name: 'slow', ask: async () => (await wait(6), false) },
      { name: 'broken', ask: async () => (failures++ % 2 === 0 ? true : Promise.reject(new Error('down'))) },
    ],
    { rounds: 3, roundS: 0.05, connections: 2, warmupS: 0, names: ['a', 'b'], baselines: [0, 1] },
  );
  const [fast, slow, broken] = figures;
  expect(fast!.ratio).toBe(1);
  expect(fast!.ratios[0]).toBe(1);
  expect(slow!.ratios[1]).toBe(1);
  expect(slow!.ratio).toBeGreaterThan(1);
  expect(fast!.ratios[1]).toBeLessThan(1);
  expect(fast!.roundP50s).toHaveLength(3);
  expect(slow!.roundP50s).toHaveLength(3);
  expect(slow!.requests).toBeGreaterThan(0);
  expect(broken!.errors).toBe(broken!.requests);
  expect(broken!.errors).toBeGreaterThan(0);
});
