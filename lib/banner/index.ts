import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { hasBanner, type Analysis, type BannerAnchor, type Level, type MailMessage } from '../model';
import { summaryText } from '../ui-text/explain';
import { levelLabel } from '../ui-text/labels';
import { containMail } from './contain-mail';
import { bodyPhrases } from './evidence';
import { highlightEvidence, type Highlight } from './highlight';
import { guardBanner, type BannerGuard } from './guard';
import { pinHostStyle } from './host-style';
import { renderBanner, type BannerUiState } from './view';
// Inlined into the content script: mounting a banner then needs no file fetch from the extension.
import bannerCss from './banner.css?inline';

export interface BannerOptions {
  /** Security officer to report to; when absent, the report button explains how to set one in the options. */
  securityOfficer?: { name: string; address: string };
  highlightEvidence: boolean;
  onDismiss(): void;        // "Dismiss for this message" — the caller remembers it locally
  onTrustSender?: () => void; // "Trust this sender" — the caller stores it; absent when the organisation locked it
  /** Called each time the banner put itself back after the page removed or altered it (for the diagnostics). */
  onRemount?: () => void;
}
/** Where in the page a banner goes: beside its anchor, and never inside the mail body it warns about. */
export interface BannerTarget {
  anchor: BannerAnchor;
  body: Element;
  /** The message warned about: the report to the security officer names its sender and subject. */
  message: MailMessage;
}
export interface BannerHandle { update(analysis: Analysis, target: BannerTarget): void; remove(): void; }

export const BANNER_ELEMENT = 'waakzaam-banner';

/** How soon a banner the page removed or altered is put back: at once to a reader, without a busy loop against a page that keeps removing it. */
const REMOUNT_DELAY_MS = 50;

/** The adapter's anchor, unless it lies inside the mail body: then just before the body, where mail cannot reach. */
function safeAnchor(target: BannerTarget): BannerAnchor {
  const { element, position } = target.anchor;
  const inBody = position === 'prepend' ? target.body.contains(element) : element !== target.body && target.body.contains(element);
  return inBody ? { element: target.body, position: 'before' } : target.anchor;
}

function place(anchor: BannerAnchor, host: Element): void {
  if (anchor.position === 'before') anchor.element.before(host);
  else if (anchor.position === 'after') anchor.element.after(host);
  else anchor.element.prepend(host);
}

/** Shows the banner for one open message at its anchor; only for level medium or high. */
export async function mountBanner(ctx: ContentScriptContext, target: BannerTarget, analysis: Analysis, options: BannerOptions): Promise<BannerHandle> {
  let current = { analysis, target };
  const state: BannerUiState = {
    adviceOpen: false,
    evidenceOpen: false,
    officerHelpOpen: false,
    highlightOn: options.highlightEvidence,
  };
  let highlight: Highlight | null = null;
  let mountedAnchor: BannerAnchor | null = null;
  let pinning: AbortController | null = null;
  let containing: { body: Element; controller: AbortController } | null = null;
  let guard: BannerGuard | null = null;
  let remountPending = false;
  let removed = false;
  // The live region that tells a screen reader the level: it stays while the banner is re-rendered, and speaks again
  // only when the level changes (or the banner was put back after the page removed it).
  let announcer: HTMLElement | null = null;
  let content: HTMLElement | null = null;
  let announced: Level | null = null;

  const releaseMail = () => {
    containing?.controller.abort();
    containing = null;
  };
  const containCurrentMail = () => {
    if (containing?.body === current.target.body) return;
    releaseMail();
    containing = { body: current.target.body, controller: new AbortController() };
    containMail(current.target.body, ui.shadowHost, containing.controller.signal);
  };

  const clearHighlight = () => {
    highlight?.clear();
    highlight = null;
  };
  const applyHighlight = () => {
    clearHighlight();
    if (state.highlightOn) highlight = highlightEvidence(current.target.body, bodyPhrases(current.analysis));
  };
  // Marking a long body takes a while: in a task of its own it neither holds the banner back nor makes one long
  // task with it.
  let pendingHighlight: number | undefined;
  const applyHighlightSoon = () => {
    clearTimeout(pendingHighlight);
    pendingHighlight = ctx.setTimeout(() => {
      pendingHighlight = undefined;
      if (ui.shadowHost.isConnected) applyHighlight();
    }, 0);
  };

  const ui = await createShadowRootUi(ctx, {
    name: BANNER_ELEMENT,
    position: 'inline',
    // Closed: a script in the page cannot read the evidence, press the buttons or rewrite what the banner says.
    mode: 'closed',
    css: bannerCss,
    // Keys and clicks in the banner must not reach webmail shortcuts or the message's own click handlers.
    isolateEvents: ['keydown', 'keyup', 'keypress', 'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup'],
    anchor: () => safeAnchor(current.target).element,
    append: (_anchor, host) => place(safeAnchor(current.target), host),
    onMount: (container, shadow, host) => {
      mountedAnchor = safeAnchor(current.target);
      pinning = new AbortController();
      pinHostStyle(host, pinning.signal);
      guard = guardBanner(host, shadow, remountSoon);
      const doc = container.ownerDocument;
      announcer = doc.createElement('p');
      announcer.className = 'announcement';
      announcer.setAttribute('role', 'status');
      content = doc.createElement('div');
      container.replaceChildren(announcer, content);
      announced = null;
      render(host);
    },
    onRemove: () => {
      guard?.disconnect();
      guard = null;
      clearTimeout(pendingHighlight);
      pinning?.abort();
      pinning = null;
      mountedAnchor = null;
      announcer = null;
      content = null;
      clearHighlight();
      releaseMail();
    },
  });

  /** Puts the banner back as it was mounted, without what the page added to its host. */
  function remount(): void {
    remountPending = false;
    if (removed || ctx.signal.aborted || !hasBanner(current.analysis.level)) return;
    // The webmail itself re-rendered the message: the session's next update places the banner at the new anchor.
    if (!safeAnchor(current.target).element.isConnected) return;
    const host = ui.shadowHost;
    ui.remove();
    for (const name of host.getAttributeNames()) host.removeAttribute(name);
    ui.mount();
    options.onRemount?.();
  }
  function remountSoon(): void {
    if (remountPending) return;
    remountPending = true;
    ctx.setTimeout(remount, REMOUNT_DELAY_MS);
  }

  const finish = (callback: () => void) => {
    callback();
    handle.remove();
  };

  /** Says the level in the live region, after the region is on the page (text in a new region is often not read). */
  function announce(level: Level): void {
    if (announced === level || !announcer) return;
    announced = level;
    const region = announcer;
    region.setAttribute('aria-live', level === 'high' ? 'assertive' : 'polite');
    region.textContent = '';
    ctx.setTimeout(() => {
      const summary = summaryText(current.analysis);
      region.textContent = summary ? `${levelLabel(level)}. ${summary}` : levelLabel(level);
      guard?.acceptOwnChanges();
    }, 0);
  }

  function render(host: HTMLElement): void {
    if (!content) return;
    const { analysis: shown, target: message } = current;
    host.setAttribute('data-level', shown.level);
    host.setAttribute('data-signals', shown.signals.map((signal) => signal.category).join(' '));
    content.replaceChildren(
      renderBanner(content.ownerDocument, {
        analysis: shown,
        message: message.message,
        securityOfficer: options.securityOfficer,
        state,
        onDismiss: () => finish(options.onDismiss),
        ...(options.onTrustSender ? { onTrustSender: () => finish(options.onTrustSender!) } : {}),
        onHighlightChange: (on) => {
          state.highlightOn = on;
          applyHighlight();
        },
        onOwnChange: () => guard?.acceptOwnChanges(),
      }),
    );
    announce(shown.level);
    guard?.acceptOwnChanges();
    containCurrentMail();
    applyHighlightSoon();
  }

  const show = () => {
    if (removed || ctx.signal.aborted) return;
    if (!hasBanner(current.analysis.level)) {
      ui.remove();
      return;
    }
    const anchor = safeAnchor(current.target);
    const samePlace =
      mountedAnchor !== null &&
      ui.shadowHost.isConnected &&
      mountedAnchor.element === anchor.element &&
      mountedAnchor.position === anchor.position;
    if (samePlace) render(ui.shadowHost);
    else {
      ui.remove();
      ui.mount();
    }
  };

  const handle: BannerHandle = {
    update(nextAnalysis, nextTarget) {
      const unchanged =
        nextAnalysis === current.analysis &&
        nextTarget.body === current.target.body &&
        nextTarget.anchor.element === current.target.anchor.element &&
        nextTarget.anchor.position === current.target.anchor.position &&
        ui.shadowHost.isConnected;
      // Re-rendering would redo the highlight, and its DOM changes would wake the page observer again.
      if (unchanged) return;
      if (nextTarget.body !== current.target.body) clearHighlight();
      current = { analysis: nextAnalysis, target: nextTarget };
      show();
    },
    remove() {
      if (removed) return;
      removed = true;
      ui.remove();
    },
  };
  show();
  return handle;
}
