/** Counts the generated cases of one fuzz file and remembers the slowest, so the figures can be quoted. */
export class FuzzFigures {
  cases = 0;
  private slowest = { label: '', size: 0, ms: 0 };
  private readonly started = performance.now();

  constructor(private readonly suite: string) {}

  record(label: string, size: number, ms: number): void {
    this.cases += 1;
    if (ms > this.slowest.ms) this.slowest = { label, size, ms };
  }

  print(): void {
    const { label, size, ms } = this.slowest;
    const seconds = ((performance.now() - this.started) / 1000).toFixed(1);
    console.log(
      `fuzz ${this.suite}: ${this.cases} cases in ${seconds} s; slowest ${label} of ${size.toLocaleString('en')} chars ` +
        `in ${ms.toFixed(1)} ms`,
    );
  }
}

/** Runs `work` and returns its result with the time it took. */
export async function timed<T>(work: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}
