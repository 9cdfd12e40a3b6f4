import { englishHistory, englishSummary } from '../ui-text/english';
import type { Signal } from '../model';
import { formatSender, oneLine } from './display-text';
import type { AnalysedRecord, FailedRecord } from './scan-record';
import type { SenderGroup } from './sender-groups';
import type { ScanTally } from './tally';

const MAX_QUOTES_PER_CATEGORY = 6;
const MAX_QUOTE_CHARS = 100;

function quote(text: string): string {
  const line = oneLine(text);
  return `"${line.length > MAX_QUOTE_CHARS ? `${line.slice(0, MAX_QUOTE_CHARS - 1)}…` : line}"`;
}

function evidenceLine(signal: Signal): string {
  const distinct = [...new Set(signal.evidence.map((evidence) => oneLine(evidence.text)))].filter(Boolean);
  const shown = distinct.slice(0, MAX_QUOTES_PER_CATEGORY).map(quote);
  const more = distinct.length - shown.length;
  const quotes = shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
  return `    ${signal.category} (+${signal.weight}): ${quotes || '(no quoted text)'}`;
}

function headerLine(level: string, source: string, from: string, subject: string, score?: number): string {
  const scorePart = score === undefined ? '' : `  score ${score}`;
  return `${level}${scorePart}  ${source}  from ${from || '(no sender)'}  subject "${oneLine(subject)}"`;
}

/** A block for one message as a security officer reads it: verdict first, then why. */
export function formatTextRecord(record: AnalysedRecord | FailedRecord): string {
  if (record.kind === 'failed') {
    const from = record.from ? oneLine(formatSender(record.from)) : '?';
    return `${headerLine('FAILED', record.source, from, record.subject ?? '?')}\n  ${oneLine(record.error)}\n`;
  }
  const { analysis } = record;
  const lines = [
    headerLine(analysis.level.toUpperCase(), record.source, oneLine(formatSender(record.from)), record.subject, analysis.score),
  ];
  const summary = englishSummary(analysis);
  if (summary) lines.push(`  ${oneLine(summary)}`);
  if (analysis.history) lines.push(`  History: ${oneLine(englishHistory(analysis))}`);
  if (analysis.escalation) {
    lines.push(`  Escalation (+${analysis.escalation.points}): ${analysis.escalation.rules.join(', ')}`);
  }
  if (record.truncated || analysis.capped) lines.push('  (only the start of this very large message was read)');
  if (analysis.awareness) lines.push('  (reads as a security-awareness message; signals counted for less)');
  const signals = [...analysis.signals].sort((a, b) => b.weight - a.weight);
  if (signals.length > 0) lines.push('  Evidence:', ...signals.map(evidenceLine));
  return `${lines.join('\n')}\n`;
}

const day = (time: number): string => new Date(time).toISOString().slice(0, 10);

/**
 * A line above the messages of a sender with more than one, or whose message escalated: how many, over which
 * days, the highest level and where the contact escalated. Empty for a lone ordinary message. `first` is the
 * group's first message, whose sender is named.
 */
export function formatSenderHeading(group: SenderGroup, first: AnalysedRecord): string {
  const { members, escalatedAt } = group;
  if (members.length < 2 && escalatedAt.length === 0) return '';
  const span = group.firstDate !== undefined && group.lastDate !== undefined ? `, ${day(group.firstDate)} to ${day(group.lastDate)}` : '';
  const escalation = escalatedAt.length > 0 ? `; escalates at message ${escalatedAt.map((at) => `#${at}`).join(', ')}` : '; no escalation';
  return (
    `== Sender ${oneLine(formatSender(first.from)) || '(no sender)'}: ${plural(members.length, 'message', 'messages')}${span}, ` +
    `highest level ${group.highest}${escalation} ==\n\n`
  );
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The closing line(s): how many messages at each level and how many could not be handled. */
export function formatTextTotal(tally: ScanTally): string {
  const { byLevel } = tally;
  const analysed = byLevel.high + byLevel.medium + byLevel.low + byLevel.none;
  const lines = [
    `Total: ${plural(analysed + tally.failed, 'message', 'messages')} — ${byLevel.high} high, ${byLevel.medium} medium, ` +
      `${byLevel.low} low, ${byLevel.none} none; ${tally.failed} failed.`,
  ];
  if (tally.unreadable > 0) lines.push(`${plural(tally.unreadable, 'input', 'inputs')} could not be read (see above).`);
  if (tally.skipped > 0) lines.push(`${plural(tally.skipped, 'file was', 'files were')} skipped as not mail (see above).`);
  return `${lines.join('\n')}\n`;
}
