import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountBanner } from '../banner';
import type { AdapterReport } from '../model';
import { adapterForHost } from '../webmail/registry';
import { analysisWarmUp, requestAnalysis } from './analyze-client';
import { MessageSession } from './message-session';
import { requestPageSettings, sendPageChange, watchPageSettings } from './page-settings-client';
import type { PageSettings } from './protocol';
import { answerTabState } from './tab-state-responder';
import { watchOpenMessages } from './watch-messages';

/** Which selector matched for each field: a new report is only worth storing when this changes. */
function reportSignature(report: AdapterReport): string {
  return [report.reader ?? '-', ...report.fields.map((field) => `${field.field}=${field.matched ?? '-'}`)].join('|');
}

/** Tries before a page gives up on the extension: a worker stopped while it answered takes a moment to be back. */
const SETTINGS_ATTEMPTS = 3;
const SETTINGS_RETRY_MS = 250;

/** The page settings, asked again if the worker went away before it answered; null when the page must do without. */
async function firstPageSettings(ctx: ContentScriptContext): Promise<PageSettings | null> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await requestPageSettings();
    } catch (error) {
      // The extension was updated or switched off under this page: nothing to do here until it is reloaded.
      if (ctx.isInvalid) return null;
      if (attempt === SETTINGS_ATTEMPTS) {
        console.warn('[waakzaam] could not start in this page', error);
        return null;
      }
      await new Promise<void>((resolve) => ctx.setTimeout(() => resolve(), SETTINGS_RETRY_MS));
    }
  }
}

/** The webmail content script: reads the open messages and shows a banner where one is warranted. */
export async function startWebmailContentScript(ctx: ContentScriptContext): Promise<void> {
  const pageSettings = await firstPageSettings(ctx);
  if (!pageSettings || ctx.isInvalid) return;
  const { settings, dismissed } = pageSettings;
  const adapter = adapterForHost(location.hostname, settings.selfHostedHosts);

  const session = new MessageSession(
    {
      analyze: requestAnalysis,
      mountBanner: (target, analysis, choices) => mountBanner(ctx, target, analysis, choices),
      dismissMessage: (id) => sendPageChange({ kind: 'dismiss', id }),
      trustSender: (address) => sendPageChange({ kind: 'trust-sender', address }),
    },
    { webmail: location.hostname, adapter: adapter.id },
    settings,
    new Set(dismissed),
  );

  watchPageSettings(ctx, (next) => {
    session.setSettings(next.settings);
    session.setDismissed(new Set(next.dismissed));
  });
  ctx.onInvalidated(() => session.dispose());

  answerTabState(ctx, () => session.tabState());
  // A click or a navigation usually comes just before a message opens: wake the analysis worker already.
  const warmUpAnalysis = analysisWarmUp();
  ctx.addEventListener(document, 'pointerdown', warmUpAnalysis, { capture: true, passive: true });
  ctx.addEventListener(window, 'wxt:locationchange', warmUpAnalysis);
  warmUpAnalysis();
  let recordedSignature = '';
  watchOpenMessages(ctx, document, adapter, ({ messages, report }) => {
    session.showOpenMessages(messages, report);
    const signature = reportSignature(report);
    if (messages.length > 0 && signature !== recordedSignature) {
      recordedSignature = signature;
      sendPageChange({ kind: 'adapter-report', report }).catch((error: unknown) =>
        console.warn('[waakzaam] could not keep the diagnostics report', error),
      );
    }
  });
}
