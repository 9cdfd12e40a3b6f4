import type { AdapterReport, BannerAnchor, MailMessage } from '../model';

/** One message that is open (expanded) in the page, as an adapter reads it. */
export interface OpenMessage {
  /** Stable for the same message across re-renders: the webmail's own id when it has one, else a content hash. */
  id: string;
  /** The element that holds this one message (header and body). */
  root: Element;
  /** The element that holds the mail body, for evidence highlighting. */
  body: Element;
  anchor: BannerAnchor;
  message: MailMessage;
  /** The body was longer than the reader takes: `message.text` holds its start and its end only. */
  capped: boolean;
  /** Header fields that could not be read: the message was analysed from its body without them. */
  missing: ReadonlyArray<'sender' | 'subject'>;
}

/**
 * One webmail. Adapters read pages and never know about signals; the registry picks one by host,
 * with the generic fallback when none matches.
 */
export interface WebmailAdapter {
  id: string;
  name: string;
  /** Hostnames this adapter is for; empty for adapters that are only used on user-added hosts or as fallback. */
  hosts: readonly string[];
  /** The element to observe for changes (the reading pane), or null while the page is still loading. */
  readingPane(doc: Document): Element | null;
  /**
   * Every open message, oldest first, with the selectors that matched recorded in `report`. Asynchronous because
   * a long body is read in slices; never rejects (a page in an unexpected state gives no messages).
   */
  openMessages(doc: Document, report: AdapterReport): Promise<OpenMessage[]>;
}
