import { expect } from 'vitest';
import type { Analysis, MailMessage } from '../../../lib/model';

const LEVELS = ['none', 'low', 'medium', 'high'];

/** An analysis the banner and the scan report can show: known level, bounded score, evidence inside its field. */
export function expectWellFormed(analysis: Analysis, message: MailMessage): void {
  expect(LEVELS).toContain(analysis.level);
  expect(analysis.score).toBeGreaterThanOrEqual(0);
  expect(analysis.score).toBeLessThanOrEqual(100);
  for (const signal of analysis.signals) {
    for (const evidence of signal.evidence) {
      if (evidence.field !== 'text') continue;
      expect(evidence.start).toBeGreaterThanOrEqual(0);
      expect(evidence.end).toBeLessThanOrEqual(message.text.length);
    }
  }
}
