/** Median wall time of `runs` calls, in milliseconds, after one warm-up call. */
export function medianMs(runs: number, fn: () => unknown): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function runsFor(bytes: number): number {
  if (bytes <= 20_000) return 100;
  if (bytes <= 2_000_000) return 7;
  return 3;
}
