/** Median wall-clock time of `runs` calls, after `warmups` untimed calls (so the JIT has compiled the code). */
export async function medianMilliseconds(
  run: () => unknown,
  runs: number,
  warmups = Math.max(3, Math.ceil(runs / 5)),
): Promise<number> {
  for (let i = 0; i < warmups; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  return times.length % 2 === 1 ? (times[middle] as number) : ((times[middle - 1] as number) + (times[middle] as number)) / 2;
}
