import type { Level } from './analysis';

/** The levels at which the extension shows a banner; recall and false-banner rates are measured against them too. */
export function hasBanner(level: Level): boolean {
  return level === 'medium' || level === 'high';
}
