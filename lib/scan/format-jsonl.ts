import { englishHistory, englishSummary } from '../ui-text/english';
import type { AnalysedRecord, FailedRecord } from './scan-record';
import { formatSender } from './display-text';

/** One line of JSON for a message; skipped and unreadable inputs go to stderr instead. */
export function formatJsonLine(record: AnalysedRecord | FailedRecord): string {
  if (record.kind === 'failed') {
    const known = record.from ? { from: formatSender(record.from), subject: record.subject ?? '' } : {};
    return JSON.stringify({ source: record.source, ...known, error: record.error });
  }
  const { analysis } = record;
  return JSON.stringify({
    source: record.source,
    from: formatSender(record.from),
    subject: record.subject,
    level: analysis.level,
    score: analysis.score,
    language: analysis.language,
    signals: analysis.signals.map((signal) => ({
      category: signal.category,
      weight: signal.weight,
      rules: signal.rules,
      evidence: signal.evidence,
    })),
    // Worded as the English interface words it: the same message ids, from locales/en.yml.
    summary: englishSummary(analysis),
    combinations: analysis.combinations,
    awareness: analysis.awareness,
    date: record.date === undefined ? null : new Date(record.date).toISOString(),
    // What the sender sent before, from an in-memory history of this scan only.
    history: analysis.history
      ? {
          sentence: englishHistory(analysis),
          ...analysis.history,
          ...(analysis.history.firstSeen === undefined ? {} : { firstSeen: new Date(analysis.history.firstSeen).toISOString() }),
          escalation: analysis.escalation ?? null,
        }
      : null,
    // Either limit means only the start of the message was read.
    truncated: record.truncated || analysis.capped,
  });
}
