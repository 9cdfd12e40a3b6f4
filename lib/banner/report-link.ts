import { i18n } from '#i18n';
import { summaryText } from '../ui-text/explain';
import type { Analysis, MailMessage } from '../model';
import { categoryLabel, fieldNote, levelLabel } from '../ui-text/labels';
import { mailTextForDisplay } from '../ui-text/mail-text';
import { evidenceByCategory } from './evidence';

export interface ReportRecipient {
  name: string;
  address: string;
}

/** Long mailto links get cut off or refused by some mail programs; the evidence is the part that may go. */
const MAX_BODY_LENGTH = 1800;
const MAX_SUBJECT_LENGTH = 120;

/** `local@domain` with nothing that could break out of the mailto address; anything else counts as not set. */
export function isUsableAddress(address: string): boolean {
  return /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"?#&/]+\.[^\s@<>()[\]\\,;:"?#&/.]+$/.test(address.trim());
}

function displaySender(message: MailMessage): string {
  const { name, address } = message.from;
  const cleanName = mailTextForDisplay(name);
  return cleanName && cleanName !== address ? `${cleanName} <${address}>` : address;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function reportSubject(message: MailMessage): string {
  return i18n.t('report.mailSubject', [truncate(mailTextForDisplay(message.subject), MAX_SUBJECT_LENGTH)]);
}

/** The prefilled report: who sent what, how Waakzaam rated it and why. */
export function reportBody(message: MailMessage, analysis: Analysis): string {
  const head = [
    i18n.t('report.intro'),
    '',
    i18n.t('report.from', [displaySender(message)]),
    // Capped as in the report's own subject: a subject of thousands of characters would make a link too long to open.
    i18n.t('report.subjectLine', [truncate(mailTextForDisplay(message.subject), MAX_SUBJECT_LENGTH)]),
    i18n.t('report.level', [levelLabel(analysis.level)]),
  ];
  const summary = summaryText(analysis);
  if (summary) head.push(i18n.t('report.summary', [mailTextForDisplay(summary)]));
  head.push('', i18n.t('report.signals'));

  const evidence: string[] = [];
  for (const group of evidenceByCategory(analysis)) {
    evidence.push(`- ${categoryLabel(group.category)}`);
    for (const phrase of group.phrases) {
      const note = fieldNote(phrase.field);
      evidence.push(`    "${phrase.text}"${note ? ` (${note})` : ''}`);
    }
  }
  const tail = ['', i18n.t('report.closing')];

  let used = [...head, ...tail].join('\n').length;
  const kept: string[] = [];
  for (const line of evidence) {
    if (used + line.length + 1 > MAX_BODY_LENGTH) {
      kept.push('    …');
      break;
    }
    kept.push(line);
    used += line.length + 1;
  }
  return [...head, ...kept, ...tail].join('\r\n');
}

/** A mailto link the user opens and sends themselves; null when no usable address is set. */
export function reportMailto(officer: ReportRecipient | undefined, message: MailMessage, analysis: Analysis): string | null {
  if (!officer || !isUsableAddress(officer.address)) return null;
  const address = officer.address.trim();
  const at = address.lastIndexOf('@');
  const to = `${encodeURIComponent(address.slice(0, at))}@${encodeURIComponent(address.slice(at + 1))}`;
  const subject = encodeURIComponent(reportSubject(message));
  const body = encodeURIComponent(reportBody(message, analysis));
  return `mailto:${to}?subject=${subject}&body=${body}`;
}
