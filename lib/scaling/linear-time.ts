import { medianMilliseconds } from '../evaluation/median-time';

/** Size ratio between the large and the small input of one shape. */
export const SIZE_RATIO = 16;
/**
 * Largest growth of the time per character from the small to the large input that still reads as linear. Quadratic
 * work multiplies it by about SIZE_RATIO (the bugs this caught showed 12 to 60); linear work stays near 1, but
 * garbage collection and a busy 2-core machine were seen to push it to 5.
 */
export const MAX_PER_CHAR_GROWTH = 8;
/** Below this the large input is too quick for its time to mean anything on a shared machine. */
const NOISE_FLOOR_MS = 100;
const RUNS = 5;

export interface Scaling {
  smallChars: number;
  largeChars: number;
  smallMs: number;
  largeMs: number;
  /** (large time per char) / (small time per char). */
  growth: number;
}

/** Median times of `run` on `make(small)` and `make(small * SIZE_RATIO)`; inputs are built before timing. */
export async function measureScaling<T extends { length: number }>(
  make: (chars: number) => T,
  run: (input: T) => unknown,
  smallChars: number,
): Promise<Scaling> {
  const small = make(smallChars);
  const large = make(smallChars * SIZE_RATIO);
  const smallMs = Math.max(await medianMilliseconds(() => run(small), RUNS, 1), 0.01);
  const largeMs = await medianMilliseconds(() => run(large), RUNS, 1);
  const growth = largeMs / large.length / (smallMs / small.length);
  return { smallChars: small.length, largeChars: large.length, smallMs, largeMs, growth };
}

/** True when the time grew no faster than linearly, within the wide margin above. */
export function looksLinear({ growth, largeMs }: Scaling): boolean {
  return largeMs < NOISE_FLOOR_MS || growth < MAX_PER_CHAR_GROWTH;
}

export function describeScaling(shape: string, { smallChars, largeChars, smallMs, largeMs, growth }: Scaling): string {
  return `${shape}: ${smallChars} chars ${smallMs.toFixed(1)} ms, ${largeChars} chars ${largeMs.toFixed(1)} ms, per-char growth ×${growth.toFixed(2)}`;
}
