import type { RulePack } from '../rules';
import { domainOf, type MailAddress } from '../model';

/** The sender as one string, the way the `from` field's evidence offsets count: `Name <address>`. */
export function formatAddress(address: MailAddress): string {
  return address.name ? `${address.name} <${address.address}>` : address.address;
}

/** `pattern` is a domain suffix; a `*` label stands for any one label (`mfa.gov.*`). */
function domainMatches(domain: string, pattern: string): boolean {
  const labels = domain.split('.');
  const wanted = pattern.toLowerCase().split('.');
  for (let offset = 0; offset + wanted.length <= labels.length; offset++) {
    const tail = labels.slice(offset);
    if (tail.length === wanted.length && wanted.every((label, index) => label === '*' || label === tail[index])) return true;
  }
  return false;
}

export function isFreeMail(domain: string, pack: RulePack): boolean {
  return pack.freeMailDomains.includes(domain);
}

export function isDiplomaticDomain(domain: string, pack: RulePack): boolean {
  return domain !== '' && pack.diplomaticDomains.some((pattern) => domainMatches(domain, pattern));
}

// Starts only where a run of address characters starts: tried inside a long run, it would rescan the run each time.
const ADDRESS_IN_TEXT = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;

/** An address written in the display name that is not the real sender ("attache@embassy.example" <x@gmail.com>). */
export function addressInDisplayName(from: MailAddress): { start: number; end: number; text: string } | null {
  const match = ADDRESS_IN_TEXT.exec(from.name);
  if (!match || match[0].toLowerCase() === from.address.toLowerCase()) return null;
  return { start: match.index, end: match.index + match[0].length, text: match[0] };
}

/** True when `domain` is one of the organisation's own domains or a subdomain of one. */
export function isOwnDomain(domain: string, organisationDomains: readonly string[]): boolean {
  return organisationDomains.some((own) => {
    const normalised = own.trim().toLowerCase().replace(/^@/, '');
    return normalised !== '' && (domain === normalised || domain.endsWith(`.${normalised}`));
  });
}
