import type { BannerHandle, BannerOptions } from '../banner';
import { hasBanner, type AdapterReport, type Analysis, type MailMessage } from '../model';
import type { Settings } from '../settings/schema';
import { isTrustedSender } from '../settings/trust';
import type { OpenMessage } from '../webmail/types';
import type { OpenMessageState, TabState, ThreadMessage } from './protocol';

/** The parts of the extension a session talks to; the content script passes the real ones. */
export interface SessionPorts {
  /** One analysis per message of the conversation, oldest first. */
  analyze(messages: ThreadMessage[]): Promise<Analysis[]>;
  mountBanner(target: OpenMessage, analysis: Analysis, options: BannerOptions): Promise<BannerHandle>;
  dismissMessage(id: string): Promise<void>;
  trustSender(address: string): Promise<unknown>;
}

interface CachedAnalysis {
  /** Changes when the adapter reads different content under the same id (a body that was still loading). */
  fingerprint: string;
  analysis: Analysis;
}

interface ShownBanner {
  control: Promise<BannerHandle>;
  target: OpenMessage;
  analysis: Analysis;
}

/**
 * What one tab shows: the open messages, their analyses (once per message), and a banner for each
 * message that warrants one and that the user has not dismissed or trusted.
 */
export class MessageSession {
  private open: OpenMessage[] = [];
  private report: AdapterReport | null = null;
  private readonly analyses = new Map<string, CachedAnalysis>();
  private readonly banners = new Map<string, ShownBanner>();
  /** The conversation asked about and not yet answered, so the same question is not asked twice. */
  private pending: { conversation: string } | null = null;
  /** Goes up when the settings the engine reads change: answers asked for before that are dropped. */
  private settingsGeneration = 0;
  /** Banners the page removed or altered and that put themselves back, for the diagnostics. */
  private bannerRemounts = 0;

  constructor(
    private readonly ports: SessionPorts,
    private readonly identity: { webmail: string; adapter: string },
    private settings: Settings,
    private dismissed: ReadonlySet<string>,
  ) {}

  /** The latest scan of the page. */
  showOpenMessages(open: OpenMessage[], report: AdapterReport): void {
    this.open = open;
    this.report = report;
    this.render();
  }

  setSettings(next: Settings): void {
    const previous = this.settings;
    this.settings = next;
    // The engine reads these: open messages are analysed again, so a change shows without a reload.
    if (analysisInputs(previous) !== analysisInputs(next)) {
      this.analyses.clear();
      // An answer still on its way was made with the old settings: it must not land.
      this.pending = null;
      this.settingsGeneration += 1;
    }
    // Banner options are fixed at mount, so a change of them means mounting afresh.
    if (previous.highlightEvidence !== next.highlightEvidence || !sameOfficer(previous, next)) this.removeAllBanners();
    this.render();
  }

  setDismissed(next: ReadonlySet<string>): void {
    this.dismissed = next;
    this.render();
  }

  tabState(): TabState {
    const messages: OpenMessageState[] = [];
    for (const target of this.open) {
      const analysis = this.currentAnalysis(target);
      if (!analysis) continue;
      messages.push({
        id: target.id,
        subject: target.message.subject,
        from: target.message.from.address,
        analysis,
        dismissed: this.dismissed.has(target.id),
      });
    }
    return { ...this.identity, report: this.report, messages, bannerRemounts: this.bannerRemounts };
  }

  /** Removes every banner, for when the content script goes away. */
  dispose(): void {
    this.open = [];
    this.removeAllBanners();
  }

  private render(): void {
    const wanted = new Map<string, { target: OpenMessage; analysis: Analysis }>();
    if (this.settings.enabled) {
      this.requestMissingAnalyses();
      for (const target of this.open) {
        const analysis = this.currentAnalysis(target);
        if (analysis && this.warrantsBanner(target, analysis)) wanted.set(target.id, { target, analysis });
      }
    }
    for (const [id, shown] of this.banners) {
      if (!wanted.has(id)) this.removeBanner(id, shown);
    }
    for (const [id, { target, analysis }] of wanted) {
      const shown = this.banners.get(id);
      if (!shown) {
        const control = this.mount(target, analysis);
        this.banners.set(id, { control, target, analysis });
        control.catch((error: unknown) => {
          if (this.banners.get(id)?.control === control) this.banners.delete(id);
          console.error('[waakzaam] could not show the banner', error);
        });
      } else if (shown.analysis !== analysis || movedOrReplaced(shown.target, target)) {
        shown.target = target;
        shown.analysis = analysis;
        void shown.control.then((control) => control.update(analysis, target));
      }
    }
  }

  private warrantsBanner(target: OpenMessage, analysis: Analysis): boolean {
    return (
      hasBanner(analysis.level) &&
      !this.dismissed.has(target.id) &&
      !isTrustedSender(this.settings, target.message.from.address)
    );
  }

  /** The analysis of this very content, when known. */
  private currentAnalysis(target: OpenMessage): Analysis | null {
    const cached = this.analyses.get(target.id);
    return cached?.fingerprint === fingerprintOf(target.message) ? cached.analysis : null;
  }

  /**
   * When any open message is new or changed, asks once for the whole open conversation, oldest first: a later
   * message is judged in the light of the earlier ones. Renders again when the answer arrives.
   */
  private requestMissingAnalyses(): void {
    const open = this.open;
    if (open.every((target) => this.currentAnalysis(target))) return;
    const fingerprints = open.map((target) => fingerprintOf(target.message));
    const conversation = open.map((target, index) => `${target.id}\u0001${fingerprints[index]}`).join('\u0002');
    if (conversation === this.pending?.conversation) return;
    const request = { conversation };
    this.pending = request;
    const generation = this.settingsGeneration;
    const settle = () => {
      if (this.pending === request) this.pending = null;
    };
    this.ports.analyze(open.map(({ id, message, capped }) => ({ id, message, ...(capped ? { capped } : {}) }))).then(
      (analyses) => {
        if (generation !== this.settingsGeneration) return;
        settle();
        open.forEach((target, index) => this.analyses.set(target.id, { fingerprint: fingerprints[index]!, analysis: analyses[index]! }));
        this.render();
      },
      (error: unknown) => {
        // Nothing is remembered, so the next scan of the page asks again.
        settle();
        console.warn('[waakzaam] analysis failed', error);
      },
    );
  }

  private mount(target: OpenMessage, analysis: Analysis): Promise<BannerHandle> {
    const { id } = target;
    const address = target.message.from.address;
    const officer = this.settings.securityOfficer;
    return this.ports.mountBanner(target, analysis, {
      ...(officer ? { securityOfficer: officer } : {}),
      highlightEvidence: this.settings.highlightEvidence,
      onRemount: () => {
        this.bannerRemounts += 1;
      },
      onDismiss: () => {
        this.dismissed = new Set([...this.dismissed, id]);
        this.render();
        // The banner goes away now either way; a storage failure (a full quota) is reported, not hidden.
        this.ports.dismissMessage(id).catch((error: unknown) => console.error('[waakzaam] could not remember the dismissal', error));
      },
      ...(this.settings.locked.includes('trustedSenders')
        ? {}
        : {
            onTrustSender: () => {
              this.ports.trustSender(address).catch((error: unknown) => {
                console.error('[waakzaam] could not save the trusted sender', error);
                // The banner closed itself, but the sender is not trusted after all: show it again.
                const shown = this.banners.get(id);
                if (shown) this.removeBanner(id, shown);
                this.render();
              });
            },
          }),
    });
  }

  private removeBanner(id: string, shown: ShownBanner): void {
    this.banners.delete(id);
    void shown.control.then((control) => control.remove());
  }

  private removeAllBanners(): void {
    for (const [id, shown] of this.banners) this.removeBanner(id, shown);
  }
}

function fingerprintOf(message: MailMessage): string {
  return `${message.from.address}\u0000${message.subject}\u0000${message.text.length}`;
}

function movedOrReplaced(before: OpenMessage, after: OpenMessage): boolean {
  return (
    before.root !== after.root ||
    before.anchor.element !== after.anchor.element ||
    before.anchor.position !== after.anchor.position ||
    !before.anchor.element.isConnected
  );
}

function analysisInputs(settings: Settings): string {
  const { sensitivity, addedTerms, disabledRules, organisationDomains } = settings;
  return JSON.stringify([sensitivity, addedTerms, disabledRules, organisationDomains]);
}

function sameOfficer(a: Settings, b: Settings): boolean {
  return a.securityOfficer?.name === b.securityOfficer?.name && a.securityOfficer?.address === b.securityOfficer?.address;
}
