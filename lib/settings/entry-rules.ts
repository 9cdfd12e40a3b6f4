/**
 * What an entry of a settings list must look like. The options page checks what the user types with these, and an
 * imported file is checked with the same rules, so a file cannot store what the page would refuse.
 */

/** A dotted domain name: `example.nl`, never a bare top-level domain such as `com`. */
const DOMAIN_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
/** A plain host name (`webmail.example.nl`, `mailhost`): no scheme, port, path or wildcard. */
const HOST_NAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
/** Longest address mail allows (RFC 5321). */
const MAX_ADDRESS_CHARS = 254;

/** More entries than any person or organisation keeps in one list; a file with more is refused, not half stored. */
export const MAX_LIST_ENTRIES = 5_000;

export function isDomainName(value: string): boolean {
  return DOMAIN_NAME.test(value);
}

export function isHostName(value: string): boolean {
  return HOST_NAME.test(value);
}

export function isMailAddress(value: string): boolean {
  const at = value.lastIndexOf('@');
  return value.length <= MAX_ADDRESS_CHARS && at > 0 && !/\s/.test(value) && isDomainName(value.slice(at + 1));
}
