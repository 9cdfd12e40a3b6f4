import { mailAddressOf } from './address';
import { assembleMessage, subjectText } from './read-messages';
import { findAll, findField, firstMatch, recordField, type SelectorList } from './selectors';
import type { AdapterReport, OpenMessage, WebmailAdapter } from './types';

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
const MAXIMUM_DESCENT = 32;

function textLength(element: Element): number {
  return element.textContent?.length ?? 0;
}

/**
 * Walks down from the message root into the child that holds most of the text, while one child clearly dominates
 * (through wrappers that still hold the header too). The result must hold none of the header: null when no part
 * of the message stands apart from it.
 */
function largestTextBlock(root: Element, header: readonly Element[]): Element | null {
  let current = root;
  for (let depth = 0; depth < MAXIMUM_DESCENT; depth++) {
    let best: Element | null = null;
    let bestLength = 0;
    for (const child of Array.from(current.children)) {
      const length = textLength(child);
      if (length > bestLength) [best, bestLength] = [child, length];
    }
    if (!best || bestLength < textLength(current) * DOMINANT_SHARE) break;
    current = best;
  }
  return header.some((element) => current.contains(element)) ? null : current;
}

async function readOne(root: Element, pane: Element, report: AdapterReport): Promise<OpenMessage | null> {
  const sender = findField([root], 'sender', SENDER, report, mailAddressOf);
  const subject = findField([root, pane], 'subject', SUBJECT, report, subjectText);
  if (!sender || !subject) return null;
  const header = [sender.element, subject.element];

  const labelled = findField([root], 'body', BODY, report, (element) =>
    header.some((part) => element.contains(part)) ? null : element,
  );
  const body = labelled?.element ?? largestTextBlock(root, header);
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
  async openMessages(doc, report) {
    try {
      const pane = findField([doc], 'readingPane', READING_PANE, report, (element) => element);
      if (!pane) return [];
      const messages: OpenMessage[] = [];
      for (const root of findAll(pane.element, 'message', MESSAGES, report)) {
        const message = await readOne(root, pane.element, report);
        if (message) messages.push(message);
      }
      return messages;
    } catch {
      recordField(report, 'unexpected-error', null, 0);
      return [];
    }
  },
};
