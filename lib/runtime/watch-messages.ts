import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { BANNER_ELEMENT } from '../banner';
import { EVIDENCE_MARK_ATTRIBUTE } from '../banner/highlight';
import type { OpenMessage, WebmailAdapter } from '../webmail/types';
import type { AdapterReport } from '../model';

/** The banner's own element; changes to it must not wake the observer again. */

/** Attribute changes that mean a message was expanded or collapsed in one of the webmails. */
const EXPANSION_ATTRIBUTES = ['class', 'aria-expanded', 'data-test-expanded', 'hidden'];

/**
 * A frame and a bit: webmails write an opened message in one burst, so a pause this long means it is in the page;
 * the banner then follows the body within two frames. A page that keeps changing is still read every MAX_WAIT_MS.
 */
const QUIET_MS = 20;
/** A page that never stops changing still gets scanned this often. */
const MAX_WAIT_MS = 250;
/** How often to check that the observed reading pane is still in the page (webmails replace it). */
const PANE_CHECK_MS = 1000;

const PANE_CHANGES: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: EXPANSION_ATTRIBUTES,
};

export interface OpenMessagesScan {
  messages: OpenMessage[];
  report: AdapterReport;
}

/**
 * Calls `onScan` with the open messages whenever the reading pane changes. Before the pane exists it
 * only waits for it cheaply; afterwards a single debounced observer watches the pane alone. Everything
 * stops when `ctx` is invalidated.
 */
export function watchOpenMessages(
  ctx: ContentScriptContext,
  doc: Document,
  adapter: WebmailAdapter,
  onScan: (scan: OpenMessagesScan) => void,
): void {
  let pane: Element | null = null;
  let quietTimer: number | undefined;
  let firstPendingAt: number | null = null;

  // Reading a long body takes several tasks; one scan at a time, and a change meanwhile means one more scan after it.
  let scanning = false;
  let changedWhileScanning = false;

  const scan = async () => {
    quietTimer = undefined;
    firstPendingAt = null;
    if (ctx.isInvalid) return;
    scanning = true;
    changedWhileScanning = false;
    try {
      observePane(adapter.readingPane(doc));
      observeFrames();
      const report: AdapterReport = { adapter: adapter.id, at: Date.now(), fields: [] };
      // Read even without a pane: the report then says the reading pane was not found, for the diagnostics.
      const messages = await adapter.openMessages(doc, report);
      if (!ctx.isInvalid) onScan({ messages, report });
    } finally {
      scanning = false;
      if (changedWhileScanning) schedule();
    }
  };

  const schedule = () => {
    if (scanning) {
      changedWhileScanning = true;
      return;
    }
    const now = performance.now();
    firstPendingAt ??= now;
    if (quietTimer !== undefined) clearTimeout(quietTimer);
    const wait = Math.min(QUIET_MS, Math.max(0, firstPendingAt + MAX_WAIT_MS - now));
    quietTimer = ctx.setTimeout(() => void scan(), wait);
  };

  const paneObserver = new MutationObserver((records) => {
    if (records.some(isOutsideBanner)) schedule();
  });
  // Until the reading pane exists, any change may be the one that adds it; the check itself is debounced.
  const waitObserver = new MutationObserver(schedule);

  let observedFrames = new WeakSet<Document>();

  function observePane(next: Element | null) {
    if (next === pane) return;
    pane = next;
    paneObserver.disconnect();
    waitObserver.disconnect();
    observedFrames = new WeakSet();
    if (pane) {
      paneObserver.observe(pane, PANE_CHANGES);
    } else {
      waitObserver.observe(doc.documentElement, { childList: true, subtree: true });
    }
  }

  /** Bodies in same-origin frames (Proton) are written after the frame exists; the same observer follows them. */
  function observeFrames() {
    if (!pane) return;
    for (const frame of pane.querySelectorAll('iframe')) {
      let frameDoc: Document | null = null;
      try {
        frameDoc = frame.contentDocument;
      } catch {
        continue;
      }
      if (!frameDoc || observedFrames.has(frameDoc)) continue;
      observedFrames.add(frameDoc);
      paneObserver.observe(frameDoc, PANE_CHANGES);
      frame.addEventListener('load', schedule, { once: true });
    }
  }

  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.setInterval(() => {
    if (pane && !pane.isConnected) schedule();
  }, PANE_CHECK_MS);
  ctx.onInvalidated(() => {
    paneObserver.disconnect();
    waitObserver.disconnect();
  });

  void scan();
}

function isOutsideBanner(record: MutationRecord): boolean {
  if (isBanner(record.target)) return false;
  if (record.type !== 'childList') return true;
  const nodes = [...record.addedNodes, ...record.removedNodes];
  // Evidence highlighting only splits text nodes and wraps them in marks: that is not a new message.
  if (nodes.length > 0 && nodes.every(isHighlightPiece)) return false;
  return nodes.some((node) => !isBanner(node));
}

function isHighlightPiece(node: Node): boolean {
  return node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && (node as Element).hasAttribute(EVIDENCE_MARK_ATTRIBUTE));
}

function isBanner(node: Node): boolean {
  return node.nodeName === BANNER_ELEMENT.toUpperCase() || (node instanceof Element && node.closest(BANNER_ELEMENT) !== null);
}
