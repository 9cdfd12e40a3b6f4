import { analyzeMessage, type AnalyzeOptions } from '../../../lib/engine';
import type { Analysis, CategoryId, MailMessage } from '../../../lib/model';

export function mail(text: string, overrides: Partial<MailMessage> = {}): MailMessage {
  return {
    from: { name: 'Alex Morgan', address: 'alex.morgan@northfield-analytics.example' },
    subject: 'Hello',
    text,
    ...overrides,
  };
}

export function analyze(text: string, overrides: Partial<MailMessage> = {}, options?: AnalyzeOptions): Promise<Analysis> {
  return analyzeMessage(mail(text, overrides), options);
}

export function categories(analysis: Analysis): CategoryId[] {
  return analysis.signals.map((signal) => signal.category).sort();
}

export function hasBanner(analysis: Analysis): boolean {
  return analysis.level === 'medium' || analysis.level === 'high';
}
