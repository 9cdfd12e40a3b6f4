import type { Analysis, CategoryId } from '../model';
import { SCORING } from '../rules';

/** The categories of an analysis strong enough to count towards combinations and escalations. */
export function presentCategories(analysis: Pick<Analysis, 'signals'>): Set<CategoryId> {
  return new Set(analysis.signals.filter((signal) => signal.weight >= SCORING.presentFrom).map((signal) => signal.category));
}
