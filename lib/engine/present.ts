import type { Analysis, CategoryId } from '../model';

/** A category counts towards combinations only with some strength: a quoted or footer mention does not. */
export const PRESENT_WEIGHT = 6;

/** The categories of an analysis strong enough to count towards combinations and escalations. */
export function presentCategories(analysis: Pick<Analysis, 'signals'>): Set<CategoryId> {
  return new Set(analysis.signals.filter((signal) => signal.weight >= PRESENT_WEIGHT).map((signal) => signal.category));
}
