import type { AdapterReport, MailAddress } from '../model';
import { addressInAttributes, addressShownAsText, mailAddressOf } from './address';
import { assembleMessage, readEach, readSafely, subjectText } from './read-messages';
import { hidesSubtree } from '../visible-text/rendered-style';
import { findAll, findField, firstMatch, queryAll, recordField, type SelectorList } from './selectors';
import type { OpenMessage, WebmailAdapter } from './types';

// For webmails without an adapter of their own: only landmarks, roles and attributes that carry an address.
// Conservative by design: when the page does not clearly show one message with a sender address and a body apart
// from its header, it returns nothing; a missed warning is better than reading the wrong element.
const READING_PANE: SelectorList = [
  { name: 'main_role', selector: '[role="main"]' },
  { name: 'main_element', selector: 'main' },
];

const MESSAGES: SelectorList = [
  { name: 'article_role', selector: '[role="article"]' },
  { name: 'article_element', selector: 'article' },
  // No message element: the pane itself is the one open message.
  ...READING_PANE,
];

const SENDER: SelectorList = [
  { name: 'email_attribute', selector: '[email]' },
  { name: 'data_email_attribute', selector: '[data-email]' },
  { name: 'mailto_link', selector: 'a[href^="mailto:"]' },
  { name: 'address_title', selector: '[title*="@"]' },
];

const SUBJECT: SelectorList = [
  { name: 'heading_element', selector: 'h1, h2' },
  { name: 'heading_role', selector: '[role="heading"]' },
];

const BODY: SelectorList = [
  { name: 'document_role', selector: '[role="document"]' },
  { name: 'body_label_en', selector: '[aria-label="Message body"]' },
  { name: 'body_label_nl', selector: '[aria-label="Berichttekst"]' },
];

/** Below this, what was found is more likely a preview line or a toolbar than a mail body. */
const MINIMUM_BODY_TEXT = 40;
/** A child must hold this share of its parent's text to count as "the" text block. */
const DOMINANT_SHARE = 0.6;
const MAXIMUM_DESCENT = 64;

// The reader of last resort on a known webmail whose adapter found nothing (a redesign it does not know): the
// largest visible block of text inside the main landmark is the body, and the closest element before it that holds
// an address is the sender. Conservative: a block that looks like a message list, a draft or a header is not read,
// and without a sender nothing is, since a page with no message open must not be judged as one.

const MAIN_LANDMARK = '[role="main"], main';
/** How many elements before the body are looked at for the sender: a header, not the page. */
const SENDER_LOOKBACK = 300;
/** Lists of messages, folders and rows: not a mail body. */
const LIST_PARTS = '[role="listbox"], [role="option"], [role="grid"], [role="row"], [role="treegrid"], [role="tree"], [role="treeitem"]';
/** What the user is writing is not mail they received. */
const DRAFT_PARTS = '[contenteditable="true"], [contenteditable=""], textarea, input';
/** Elements carrying a contact's address: a block holding several is a list of messages or contacts. */
const CONTACT_PARTS = '[email], [data-email], [data-hovercard-id*="@"], [title*="@"]';
/** A subject heading; Gmail's h3 holds the sender, not the subject. */
const HEADINGS = 'h1, h2, [role="heading"]';
const TEXT_NODE = 3; // Node.TEXT_NODE, without reaching for the page's globals

function isVisible(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  return !view || !hidesSubtree(view.getComputedStyle(element));
}

function textLength(element: Element): number {
  return element.textContent?.length ?? 0;
}

/** The text of `element`'s own text nodes, which no child holds. */
function ownTextLength(element: Element): number {
  let length = 0;
  for (const node of Array.from(element.childNodes)) if (node.nodeType === TEXT_NODE) length += node.nodeValue?.length ?? 0;
  return length;
}

/** From `root` down into the visible child holding most of the text, while one child clearly dominates the visible text. */
function largestTextBlock(root: Element): Element {
  let current = root;
  for (let depth = 0; depth < MAXIMUM_DESCENT; depth++) {
    let best: Element | null = null;
    let bestLength = 0;
    let visibleLength = ownTextLength(current);
    for (const child of Array.from(current.children)) {
      if (!isVisible(child)) continue;
      const length = textLength(child);
      visibleLength += length;
      if (length > bestLength) [best, bestLength] = [child, length];
    }
    if (!best || bestLength < visibleLength * DOMINANT_SHARE) break;
    current = best;
  }
  return current;
}

function looksLikeMailBody(block: Element, landmark: Element): boolean {
  if (block === landmark || textLength(block) < MINIMUM_BODY_TEXT) return false;
  if (block.closest(LIST_PARTS) || queryAll(block, LIST_PARTS).length > 0) return false;
  if (block.closest(DRAFT_PARTS) || queryAll(block, DRAFT_PARTS).length > 0) return false;
  return queryAll(block, CONTACT_PARTS).length < 2;
}

/** The elements before `block` in document order, nearest first, that neither contain it nor are hidden. */
function* elementsBefore(block: Element, landmark: Element): Generator<Element> {
  const all = queryAll(landmark, '*');
  let index = all.indexOf(block);
  for (let seen = 0; --index >= 0 && seen < SENDER_LOOKBACK; ) {
    const element = all[index]!;
    if (element.contains(block)) continue;
    seen += 1;
    if (element.closest(LIST_PARTS) || !isVisible(element)) continue;
    yield element;
  }
}

/** An address read from the element; one shown as text on its own takes its name from the element before it. */
function addressOf(element: Element): MailAddress | null {
  const read = mailAddressOf(element);
  return read?.name ? read : (addressShownAsText(element) ?? read);
}

/** The child of the common ancestor of `element` and `block` that holds `element`: the header it belongs to. */
function headerOf(element: Element, block: Element): Element {
  let header = element;
  while (header.parentElement && !header.parentElement.contains(block)) header = header.parentElement;
  return header;
}

/**
 * The closest element before the body that holds an address. Within that element's header, an address the page
 * carries in an attribute comes first: a display name that merely contains an address never outranks it.
 */
function senderBefore(block: Element, landmark: Element): { element: Element; value: MailAddress } | null {
  for (const element of elementsBefore(block, landmark)) {
    const value = addressOf(element);
    if (!value) continue;
    const header = headerOf(element, block);
    const attributed = [header, ...queryAll(header, '*')].find((part) => addressInAttributes(part) && !part.closest(LIST_PARTS));
    const attributedValue = attributed && mailAddressOf(attributed);
    return attributed && attributedValue ? { element: attributed, value: attributedValue } : { element, value };
  }
  return null;
}

function subjectBefore(block: Element, landmark: Element): string {
  for (const element of elementsBefore(block, landmark)) {
    if (!element.matches(HEADINGS)) continue;
    const text = subjectText(element);
    if (text) return text;
  }
  return '';
}

async function readLandmark(landmark: Element, report: AdapterReport): Promise<OpenMessage | null> {
  const block = largestTextBlock(landmark);
  if (!looksLikeMailBody(block, landmark)) return null;
  const sender = senderBefore(block, landmark);
  recordField(report, 'heuristicSender', sender ? 'closest_preceding_address' : null, 1);
  if (!sender) return null;
  const subject = subjectBefore(block, landmark);
  return assembleMessage(
    {
      root: headerOf(sender.element, block).parentElement ?? landmark,
      body: block,
      from: sender.value,
      subject,
      missing: subject ? [] : ['subject'],
      replyTo: [],
      ownId: null,
      bannerBefore: block,
    },
    report,
  );
}

/** The open message the heuristic finds in the page's main landmarks: at most one, the longest body. */
export function readHeuristically(doc: Document, report: AdapterReport): Promise<OpenMessage[]> {
  return readSafely(report, async () => {
    const landmarks = queryAll(doc, MAIN_LANDMARK).filter(isVisible);
    recordField(report, 'heuristicLandmark', landmarks.length > 0 ? 'main_landmark' : null, 1);
    const found = await readEach(landmarks, (landmark) => readLandmark(landmark, report));
    const best = found.reduce<OpenMessage | null>(
      (longest, message) => (longest && longest.message.text.length >= message.message.text.length ? longest : message),
      null,
    );
    recordField(report, 'heuristicBody', best ? 'largest_text_block' : null, 1);
    return best ? [best] : [];
  });
}

async function readOne(root: Element, pane: Element, report: AdapterReport): Promise<OpenMessage | null> {
  const sender = findField([root], 'sender', SENDER, report, mailAddressOf);
  const subject = findField([root, pane], 'subject', SUBJECT, report, subjectText);
  if (!sender || !subject) return null;
  const header = [sender.element, subject.element];

  const labelled = findField([root], 'body', BODY, report, (element) =>
    header.some((part) => element.contains(part)) ? null : element,
  );
  const largest = largestTextBlock(root);
  const body = labelled?.element ?? (header.some((part) => largest.contains(part)) ? null : largest);
  if (!labelled) recordField(report, 'body', body ? 'largest_text_block' : null, BODY.length + 1);
  if (!body || textLength(body) < MINIMUM_BODY_TEXT) return null;

  return assembleMessage(
    { root, body, from: sender.value, subject: subject.value, replyTo: [], ownId: null, bannerBefore: body },
    report,
  );
}

export const genericAdapter: WebmailAdapter = {
  id: 'generic',
  name: 'Other webmail',
  hosts: [],
  readingPane: (doc) => firstMatch(doc, READING_PANE),
  openMessages: (doc, report) =>
    readSafely(report, async () => {
      const pane = findField([doc], 'readingPane', READING_PANE, report, (element) => element);
      if (!pane) return [];
      return readEach(findAll(pane.element, 'message', MESSAGES, report), (root) => readOne(root, pane.element, report));
    }),
};

/**
 * The adapter, with the heuristic reader behind it: when the adapter finds no open message, the heuristic tries,
 * and the report says which reader answered.
 */
export function withHeuristicReader(adapter: WebmailAdapter): WebmailAdapter {
  return {
    ...adapter,
    async openMessages(doc, report) {
      const messages = await adapter.openMessages(doc, report);
      if (messages.length > 0) {
        report.reader = 'adapter';
        return messages;
      }
      const guessed = await readHeuristically(doc, report);
      if (guessed.length > 0) report.reader = 'heuristic';
      return guessed;
    },
  };
}
