import type { MailAddress } from '../model';

// Loose on purpose: webmails show what the header says, including non-ASCII local parts and domains.
const ADDRESS_SOURCE = String.raw`[^\s<>()[\]"',;:@]+@[^\s<>()[\]"',;:@]+\.[^\s<>()[\]"',;:@.]{2,}`;
const ADDRESS_PATTERN = new RegExp(ADDRESS_SOURCE, 'u');
const ANGLE_ADDRESS_PATTERN = /<\s*([^\s<>@]+@[^\s<>@]+\.[^\s<>@.]{2,})\s*>/u;
const NAME_LIMIT = 200;

/** Attributes that webmails use to carry the sender's real address, most specific first. */
const ADDRESS_ATTRIBUTES = ['email', 'data-email', 'data-hovercard-id', 'title', 'aria-label', 'href'] as const;

/** The address with its domain in lower case (the local part may be case-sensitive). */
function normalise(address: string): string {
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

const ONLY_ADDRESS = new RegExp(String.raw`^\s*<?\s*(${ADDRESS_SOURCE})\s*>?\s*$`, 'u');
/** A text node that ends in the address, perhaps after the name: "Ruud Vos <r.vos@…>", "a.kessler@…". */
const ENDS_IN_ADDRESS = new RegExp(String.raw`^([^<>@]*?)\s*<?\s*(${ADDRESS_SOURCE})\s*>?\s*$`, 'u');
/** The From label a header line may start with; any other label (To, Cc, Aan, An, À) makes it no sender line. */
const FROM_LABEL = /^\s*(?:from|van|von|de|afzender|absender|expéditeur|sender)\s*:\s*/iu;
/** A name beside an address is a few words; a longer text is a sentence that mentions an address. */
const NAME_IN_LINE_LIMIT = 60;
/** A header line is short; a longer text node is not one (and is never searched, however it is written). */
const LINE_LIMIT = 300;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** The name part of a header line, or null when the line is not a sender's (a label other than From, a sentence). */
function nameOfLine(text: string): string | null {
  const name = text.replace(/\s+/g, ' ').replace(FROM_LABEL, '').trim();
  if (name === '' || name.length > NAME_IN_LINE_LIMIT || /[:@?!]/.test(name)) return null;
  return name.replace(/^"(.*)"$/, '$1');
}

/**
 * The sender shown as text, for a header that carries the address in no attribute: an element whose whole text is
 * one address (its child elements hold at most punctuation, as Gmail's hidden angle brackets), named by the element
 * before it; or an element with a text node that ends in an address, named by what precedes it in the element
 * ("<strong>Anton Kessler</strong> a.kessler@…", "Ruud Vos <r.vos@…>"). A display name that merely contains an
 * address never counts, and these are only looked at when no header attribute holds the sender.
 */
export function addressShownAsText(element: Element): MailAddress | null {
  const whole = ONLY_ADDRESS.exec(element.textContent ?? '')?.[1];
  if (whole) {
    if ([...element.children].some((child) => HAS_WORD.test(child.textContent ?? ''))) return null;
    const before = element.previousElementSibling?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const name = ONLY_ADDRESS.test(before) ? '' : before.replace(/[:<>]+$/, '').trim().slice(0, NAME_LIMIT);
    return { name, address: normalise(whole) };
  }
  let before = '';
  for (const node of element.childNodes) {
    const text = node.textContent ?? '';
    const line = node.nodeType === TEXT_NODE && text.length <= LINE_LIMIT && text.includes('@') ? ENDS_IN_ADDRESS.exec(text) : null;
    if (line && !HAS_WORD.test(textAfter(node))) {
      const name = nameOfLine(before + ' ' + line[1]);
      return name === null ? null : { name, address: normalise(line[2]!) };
    }
    before += text;
  }
  return null;
}

const TEXT_NODE = 3; // Node.TEXT_NODE, without reaching for the page's globals

function textAfter(node: ChildNode): string {
  let text = '';
  for (let next = node.nextSibling; next; next = next.nextSibling) text += next.textContent ?? '';
  return text;
}
