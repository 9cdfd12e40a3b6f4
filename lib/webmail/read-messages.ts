import type { AdapterReport, BannerAnchor, MailAddress } from '../model';
import { addressShownAsText, mailAddressOf } from './address';
import { fnv1a } from './content-hash';
import { readTextOfElement } from './dom-text';
import { findAll, findField, firstMatch, queryAll, recordField, type SelectorList } from './selectors';
import type { OpenMessage, WebmailAdapter } from './types';

/** The webmail's own id for a message, and where it came from (for the report). */
export interface OwnId {
  value: string;
  source: string;
}

/** Where one webmail keeps the parts of an open message, as ordered selector lists. */
export interface MessageLayout {
  /** Every expanded message, looked up in the reading pane (which may itself be the one message). */
  messages: SelectorList;
  /** The same-origin iframe that holds the body (Proton); `body` is then looked up in the frame's document. */
  bodyFrame?: SelectorList;
  body: SelectorList;
  sender: SelectorList;
  replyTo?: SelectorList;
  /** Looked up in the message first, then in the reading pane and the elements around it (threads show one subject above all messages). */
  subject: SelectorList;
  /** Element in the message before which the banner goes; when none matches, the body (or its frame). */
  bannerBefore?: SelectorList;
  ownId?: (root: Element) => OwnId | null;
}

/** The sender of a message whose header could not be read: signals that need the sender are left out. */
export const NO_SENDER: MailAddress = { name: '', address: '' };

/** Elements that may show the sender's address as text next to the name ("Name" "<a@b.c>", or "Name a@b.c"). */
const ADDRESS_TEXT: SelectorList = [
  { name: 'recipient_address_testid_2025', selector: '[data-testid="recipient-address"]' },
  { name: 'address_text_element_2025', selector: 'span, bdi, a, div, td, p, li, dd, h3, h4' },
];

/** Reads the first of `attributes` that the message element carries, e.g. Gmail's `data-message-id`. */
export function idFromAttributes(...attributes: string[]): (root: Element) => OwnId | null {
  return (root) => {
    for (const attribute of attributes) {
      const value = root.getAttribute(attribute)?.trim();
      if (value) return { value, source: attribute };
    }
    return null;
  };
}

function frameDocument(element: Element): Document | null {
  if (element.localName !== 'iframe') return null;
  try {
    return (element as HTMLIFrameElement).contentDocument;
  } catch {
    // A cross-origin frame: its text is not ours to read.
    return null;
  }
}

interface LocatedBody {
  body: Element;
  /** What the banner goes before when the layout names nothing better: the body, or the frame that holds it. */
  outerElement: Element;
}

function locateBody(root: Element, layout: MessageLayout, report: AdapterReport): LocatedBody | null {
  if (!layout.bodyFrame) {
    const found = findField([root], 'body', layout.body, report, (element) => element);
    return found && { body: found.element, outerElement: found.element };
  }
  const frame = findField([root], 'bodyFrame', layout.bodyFrame, report, frameDocument);
  if (!frame) return null;
  const found = findField([frame.value], 'body', layout.body, report, (element) => element);
  return found && { body: found.element, outerElement: frame.element };
}

/** The parts of one message an adapter has located; `assembleMessage` turns them into an `OpenMessage`. */
export interface LocatedMessage {
  root: Element;
  body: Element;
  from: MailAddress;
  subject: string;
  replyTo: MailAddress[];
  ownId: OwnId | null;
  /** The banner goes right before this element, which is never inside the body. */
  bannerBefore: Element;
  /** Header fields that could not be read; the message is analysed without them. */
  missing?: ReadonlyArray<'sender' | 'subject'>;
}

/**
 * Reads the body text and settles the id. Returns null when the body holds no text: a body that matched but is
 * empty is a page still loading or a changed layout, not a message to judge.
 */
export async function assembleMessage(located: LocatedMessage, report: AdapterReport): Promise<OpenMessage | null> {
  const read = await readTextOfElement(located.body);
  if (read === null) return null;
  const { text, capped } = read;
  recordField(report, 'text', text === '' ? null : 'dom-text', 1);
  if (text === '') return null;
  recordField(report, 'id', located.ownId ? located.ownId.source : 'content-hash', 1);
  const id = located.ownId?.value ?? `h:${fnv1a(`${located.from.address}\n${located.subject}\n${text}`)}`;
  const anchor: BannerAnchor = { element: located.bannerBefore, position: 'before' };
  return {
    id,
    root: located.root,
    body: located.body,
    anchor,
    capped,
    missing: located.missing ?? [],
    message: {
      from: located.from,
      ...(located.replyTo.length > 0 ? { replyTo: located.replyTo } : {}),
      subject: located.subject,
      text,
    },
  };
}

/** Every address in the elements of the first matching reply-to selector (optional: often not shown). */
function replyToAddresses(
  root: Element,
  list: SelectorList | undefined,
  body: Element,
  report: AdapterReport,
): MailAddress[] {
  if (!list) return [];
  return findAll(root, 'replyTo', list, report, { outside: body, optional: true })
    .map(mailAddressOf)
    .filter((address): address is MailAddress => address !== null);
}

/**
 * Labels for screen readers (Roundcube's "Subject: "), hidden parts and controls beside the subject (Roundcube's
 * "Open in new window") are not part of the subject.
 */
const NOT_SUBJECT_TEXT = '.voice, .sr-only, .visually-hidden, [hidden], [aria-hidden="true"], button, [role="button"]';
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without reaching for the page's globals

export function subjectText(element: Element): string {
  let text = '';
  const walker = element.ownerDocument.createTreeWalker(element, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const hidden = node.parentElement?.closest(NOT_SUBJECT_TEXT);
    if (hidden && element.contains(hidden)) continue;
    text += node.nodeValue ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** How far above the reading pane a subject is looked for: a heading just above the conversation, not the page. */
const SUBJECT_LEVELS_ABOVE_PANE = 3;

/** The element and its nearest ancestors, nearest first. */
function ancestry(element: Element): Element[] {
  const chain: Element[] = [];
  for (let current: Element | null = element; current && chain.length <= SUBJECT_LEVELS_ABOVE_PANE; current = current.parentElement) {
    chain.push(current);
  }
  return chain;
}

async function readOne(
  root: Element,
  pane: Element,
  layout: MessageLayout,
  report: AdapterReport,
): Promise<OpenMessage | null> {
  const located = locateBody(root, layout, report);
  if (!located) return null;
  const { body, outerElement } = located;

  // A sender the header shows is best; an address shown as text in an element of its own next to the name comes
  // next; without either the body is still read, and the report and the banner say the sender was not found.
  const sender =
    findField([root], 'sender', layout.sender, report, inMessage(root, mailAddressOf), { outside: body }) ??
    findField([root], 'sender', ADDRESS_TEXT, report, inMessage(root, addressShownAsText), { outside: body });
  // A subject helps the analysis but is not needed for it: a message whose subject moved is still read, and the
  // report says the subject was not found.
  const subject = findField([root, ...ancestry(pane)], 'subject', layout.subject, report, subjectText, { outside: body });

  const bannerBefore = layout.bannerBefore
    ? findField([root], 'anchor', layout.bannerBefore, report, (element) => element, { outside: body, optional: true })
    : null;
  return assembleMessage(
    {
      root,
      body,
      from: sender?.value ?? NO_SENDER,
      subject: subject?.value ?? '',
      missing: [...(sender ? [] : ['sender' as const]), ...(subject ? [] : ['subject' as const])],
      replyTo: replyToAddresses(root, layout.replyTo, body, report),
      ownId: layout.ownId?.(root) ?? null,
      bannerBefore: bannerBefore?.element ?? outerElement,
    },
    report,
  );
}

/**
 * Every open message, oldest first (document order, as all supported webmails list a thread): first each message
 * container the layout names in the reading pane; then, body first, every message body in the document that no
 * container held, with the nearest enclosing element that shows a sender as its header (a pane with one body and no
 * container is one message). A message whose sender or subject cannot be read is still read from its body; the
 * report says which field was missing. Never throws: a page in an unexpected state gives no messages rather than an
 * exception in the content script.
 */
export function readMessages(pane: Element | null, layout: MessageLayout, report: AdapterReport, doc?: Document): Promise<OpenMessage[]> {
  return readSafely(report, async () => {
    const roots = pane ? findAll(pane, 'message', layout.messages, report) : [];
    const messages = await readEach(roots, (root) => readOne(root, pane!, layout, report));
    const scope = doc?.body ?? pane;
    if (!scope) return messages;
    const read = messages.map((message) => message.body);
    for (const body of bodiesIn(scope, layout, report)) {
      // A body inside one already read (a quoted reply carrying webmail markup) or inside a container is no new message.
      if (read.some((element) => element === body || element.contains(body)) || roots.some((root) => root.contains(body))) continue;
      const root = headerScope(body, scope, layout);
      const message = await readOne(root, pane ?? root, layout, report);
      if (message) {
        messages.push(message);
        read.push(message.body);
      }
    }
    return messages.sort((a, b) => (a.root.compareDocumentPosition(b.root) & 4 ? -1 : 1));
  });
}

/** The messages `read` makes of each element, in order; an element it makes nothing of is left out. */
export async function readEach(elements: readonly Element[], read: (element: Element) => Promise<OpenMessage | null>): Promise<OpenMessage[]> {
  const messages: OpenMessage[] = [];
  for (const element of elements) {
    const message = await read(element);
    if (message) messages.push(message);
  }
  return messages;
}

/**
 * What `read` finds, or no messages when it throws: a page in an unexpected state gives no messages rather than an
 * exception in the content script, and the report says so.
 */
export async function readSafely(report: AdapterReport, read: () => Promise<OpenMessage[]>): Promise<OpenMessage[]> {
  try {
    return await read();
  } catch {
    recordField(report, 'unexpected-error', null, 0);
    return [];
  }
}

/** The body elements (or the frames holding them) the layout names anywhere in `scope`, outermost only. */
function bodiesIn(scope: Element, layout: MessageLayout, report: AdapterReport): Element[] {
  return findAll(scope, 'bodyFirst', layout.bodyFrame ?? layout.body, report, { optional: true });
}

/**
 * The page's own furniture: folder trees, message lists, the account menu and search. Their addresses are the
 * reader's own or other messages' senders, never this message's.
 */
const PAGE_CHROME = 'nav, [role="navigation"], [role="banner"], [role="tree"], [role="listbox"], [role="grid"], [role="search"], [role="menu"]';

/**
 * A recipients line's label, in English, Dutch, German, French, Spanish and Italian: "To", "Aan", "An:", "À", "Cc"…
 * The two-letter and one-letter labels need their colon: alone they could be an avatar's initials.
 */
const RECIPIENT_LABEL = /^\s*(?:(?:to|cc|bcc|aan|à|para|kopie|destinataires?|empfänger|ontvangers?|recipients?)\s*:?|(?:an|a)\s*:)\s*$/iu;
/** A line that opens with a recipients label and its colon ("To: Helen Marsh"). */
const RECIPIENT_LINE = /^\s*(?:to|cc|bcc|aan|an|à|a|para|kopie|destinataires?|empfänger|ontvangers?|recipients?)\s*:/iu;
/** How far up from an address its recipients line is looked for: the address's own wrappers. */
const RECIPIENT_LEVELS = 6;

/**
 * Whether an element stands in a recipients line ("To: Helen Marsh", a "To" cell before the addresses): those are the
 * reader's and others' addresses, never the sender's, even where the page shows no sender at all.
 */
function inRecipientLine(element: Element, root: Element): boolean {
  let current: Element | null = element;
  for (let level = 0; current && current !== root && level < RECIPIENT_LEVELS; level++, current = current.parentElement) {
    const label = current.previousElementSibling;
    if (label && label.getAttribute('aria-hidden') !== 'true' && RECIPIENT_LABEL.test(label.textContent ?? '')) return true;
    if (level > 0 && RECIPIENT_LINE.test(current.textContent ?? '')) return true;
  }
  return false;
}

/**
 * `read`, refusing elements inside the page's furniture below `root` (furniture around the root is the page's own)
 * and elements in a recipients line.
 */
function inMessage(root: Element, read: (element: Element) => MailAddress | null): (element: Element) => MailAddress | null {
  return (element) => {
    const chrome = element.closest(PAGE_CHROME);
    if (chrome && chrome !== root && root.contains(chrome)) return null;
    // The recipients line is looked for only around an element that holds an address: most candidates hold none.
    const address = read(element);
    return address && !inRecipientLine(element, root) ? address : null;
  };
}

/** How far up from a body its header is looked for: a message's wrappers, not the whole page. */
const HEADER_LEVELS = 12;

/**
 * The nearest ancestor of a body that also holds a sender (by the layout's selectors or an address shown as text),
 * outside the body: that ancestor is the message. Without one, the body's parent, so the message is read from its
 * body alone.
 */
function headerScope(body: Element, limit: Element, layout: MessageLayout): Element {
  let current = body.parentElement;
  for (let level = 0; current && level < HEADER_LEVELS; level++, current = current.parentElement) {
    const scope = current;
    const holdsSender = (list: SelectorList, read: (element: Element) => MailAddress | null) => {
      const readHere = inMessage(scope, read);
      return list.some(({ selector }) => queryAll(scope, selector).some((element) => !body.contains(element) && readHere(element) !== null));
    };
    if (holdsSender(layout.sender, mailAddressOf) || holdsSender(ADDRESS_TEXT, addressShownAsText)) return current;
    if (current === limit) break;
  }
  return body.parentElement ?? body;
}

/** What a webmail's module says about its pages; `adapterFromLayout` makes the adapter. */
export interface WebmailLayout extends Pick<WebmailAdapter, 'id' | 'name' | 'hosts'> {
  readingPane: SelectorList;
  layout: MessageLayout;
  /** A page counts as this webmail's only when one of these is in it (Roundcube runs on any host). */
  requires?: SelectorList;
}

/** One way every webmail with a layout is read: find the reading pane, then its messages body first. */
export function adapterFromLayout({ id, name, hosts, readingPane, layout, requires }: WebmailLayout): WebmailAdapter {
  const applies = (doc: Document) => !requires || firstMatch(doc, requires) !== null;
  return {
    id,
    name,
    hosts,
    readingPane: (doc) => (applies(doc) ? firstMatch(doc, readingPane) : null),
    openMessages: (doc, report) => (applies(doc) ? openMessagesInPane(doc, readingPane, layout, report) : Promise.resolve([])),
  };
}

/** Finds the reading pane with `paneSelectors` (recorded as `readingPane`), then reads its messages. */
export async function openMessagesInPane(
  doc: Document,
  paneSelectors: SelectorList,
  layout: MessageLayout,
  report: AdapterReport,
): Promise<OpenMessage[]> {
  const pane = findField([doc], 'readingPane', paneSelectors, report, (element) => element);
  return readMessages(pane?.element ?? null, layout, report, doc);
}
