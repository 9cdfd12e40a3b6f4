import type { Level } from './analysis';

/** Every level, lowest first. */
export const LEVELS = ['none', 'low', 'medium', 'high'] as const satisfies readonly Level[];

/** Whether `level` is higher than `other`. */
export function isAbove(level: Level, other: Level): boolean {
  return LEVELS.indexOf(level) > LEVELS.indexOf(other);
}

/** The levels at which the extension shows a banner; recall and false-banner rates are measured against them too. */
export function hasBanner(level: Level): boolean {
  return level === 'medium' || level === 'high';
}
