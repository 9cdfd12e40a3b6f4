import type { MailAddress } from '../model';

// Mail is untrusted: control characters (terminal escapes, carriage returns) must not reach a terminal.
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Text from a message made safe to print on one line. */
export function oneLine(text: string): string {
  return text.replace(controlCharacters, ' ').replace(/ {2,}/g, ' ').trim();
}

/** "Name <address>", or just the address when there is no name. */
export function formatSender(from: MailAddress): string {
  if (from.name && from.address) return `${from.name} <${from.address}>`;
  return from.address || from.name;
}
