import type { MailAddress } from '../model';

// Loose on purpose: webmails show what the header says, including non-ASCII local parts and domains.
export const ADDRESS_SOURCE = String.raw`[^\s<>()[\]"',;:@]+@[^\s<>()[\]"',;:@]+\.[^\s<>()[\]"',;:@.]{2,}`;
const ADDRESS_PATTERN = new RegExp(ADDRESS_SOURCE, 'u');
const ANGLE_ADDRESS_PATTERN = /<\s*([^\s<>@]+@[^\s<>@]+\.[^\s<>@.]{2,})\s*>/u;
const NAME_LIMIT = 200;

/** Attributes that webmails use to carry the sender's real address, most specific first. */
const ADDRESS_ATTRIBUTES = ['email', 'data-email', 'data-hovercard-id', 'title', 'aria-label', 'href'] as const;

/** The address with its domain in lower case (the local part may be case-sensitive). */
export function normalise(address: string): string {
  const at = address.lastIndexOf('@');
  return address.slice(0, at) + address.slice(at).toLowerCase();
}

/** The address in a header-style string: `Name <a@b.c>`, `a@b.c`, or `mailto:a@b.c?subject=…`. */
export function addressIn(value: string): string | null {
  const withoutScheme = value.replace(/^\s*mailto:/i, '').split('?')[0] ?? '';
  const angled = ANGLE_ADDRESS_PATTERN.exec(withoutScheme)?.[1];
  const bare = angled ?? ADDRESS_PATTERN.exec(withoutScheme)?.[0];
  return bare ? normalise(bare) : null;
}

function cleanName(text: string): string {
  return text
    .replace(ANGLE_ADDRESS_PATTERN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^"(.*)"$/, '$1')
    .slice(0, NAME_LIMIT);
}

/** Whether the element carries an address in an attribute the webmail fills from the header (not in its text). */
export function addressInAttributes(element: Element): boolean {
  return ADDRESS_ATTRIBUTES.some((attribute) => {
    const value = element.getAttribute(attribute);
    if (!value || (attribute === 'href' && !/^\s*mailto:/i.test(value))) return false;
    return addressIn(value) !== null;
  });
}

/**
 * Sender (or reply-to) of a header element, with the address taken from an attribute the webmail fills from the
 * message header. The visible text is used for the display name only, and for the address only in the
 * `Name <a@b.c>` form that some webmails render from the header; a bare display name is never taken as an address.
 */
export function mailAddressOf(element: Element): MailAddress | null {
  const displayText = cleanName(element.textContent ?? '');
  // A display text that is just the address adds nothing; one that differs is kept, spoofed or not.
  const nameFor = (address: string): string =>
    element.getAttribute('name')?.trim().slice(0, NAME_LIMIT) ||
    (displayText.toLowerCase() === address.toLowerCase() ? '' : displayText);
  for (const attribute of ADDRESS_ATTRIBUTES) {
    const value = element.getAttribute(attribute);
    if (!value || (attribute === 'href' && !/^\s*mailto:/i.test(value))) continue;
    const address = addressIn(value);
    if (address) return { name: nameFor(address), address };
  }
  const angled = ANGLE_ADDRESS_PATTERN.exec(element.textContent ?? '')?.[1];
  return angled ? { name: nameFor(normalise(angled)), address: normalise(angled) } : null;
}
