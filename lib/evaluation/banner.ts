import type { Level } from '../model';

/** The levels at which the extension shows a banner; recall and false-banner rates are measured against them. */
export function showsBanner(level: Level): boolean {
  return level === 'medium' || level === 'high';
}
