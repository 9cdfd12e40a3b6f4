import type { Level } from '../model';
import type { ScanRecord } from './scan-record';

export interface ScanTally {
  byLevel: Record<Level, number>;
  failed: number;
  unreadable: number;
  skipped: number;
}

export function emptyTally(): ScanTally {
  return { byLevel: { high: 0, medium: 0, low: 0, none: 0 }, failed: 0, unreadable: 0, skipped: 0 };
}

export function addToTally(tally: ScanTally, record: ScanRecord): void {
  if (record.kind === 'analysed') tally.byLevel[record.analysis.level] += 1;
  else tally[record.kind] += 1;
}

/** Exit status 2 when any input or message could not be read, so scripts notice. */
export function exitStatusFor(tally: ScanTally): 0 | 2 {
  return tally.failed > 0 || tally.unreadable > 0 ? 2 : 0;
}
