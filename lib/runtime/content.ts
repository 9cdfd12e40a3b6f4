import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountBanner } from '../banner';
import {
  dismissMessage,
  getDismissals,
  getSettings,
  recordAdapterReport,
  reportSignature,
  trustSender,
  watchDismissals,
  watchSettings,
} from '../settings';
import { adapterForHost } from '../webmail/registry';
import { requestAnalysis, warmUpAnalysis } from './analyze-client';
import { MessageSession } from './message-session';
import { answerTabState } from './tab-state-responder';
import { watchOpenMessages } from './watch-messages';

/** The webmail content script: reads the open messages and shows a banner where one is warranted. */
export async function startWebmailContentScript(ctx: ContentScriptContext): Promise<void> {
  const [settings, dismissals] = await Promise.all([getSettings(), getDismissals()]);
  if (ctx.isInvalid) return;
  const adapter = adapterForHost(location.hostname, settings.selfHostedHosts);

  const session = new MessageSession(
    {
      analyze: requestAnalysis,
      mountBanner: (target, analysis, choices) => mountBanner(ctx, target, analysis, choices),
      dismissMessage,
      trustSender,
    },
    { webmail: location.hostname, adapter: adapter.id },
    settings,
    new Set(dismissals.map((dismissal) => dismissal.id)),
  );

  const unwatchSettings = watchSettings((next) => session.setSettings(next));
  const unwatchDismissals = watchDismissals((next) => session.setDismissed(new Set(next.map((d) => d.id))));
  ctx.onInvalidated(() => {
    unwatchSettings();
    unwatchDismissals();
    session.dispose();
  });

  answerTabState(ctx, () => session.tabState());
  // A click or a navigation usually comes just before a message opens: wake the analysis worker already.
  ctx.addEventListener(document, 'pointerdown', warmUpAnalysis, { capture: true, passive: true });
  ctx.addEventListener(window, 'wxt:locationchange', warmUpAnalysis);
  warmUpAnalysis();
  let recordedSignature = '';
  watchOpenMessages(ctx, document, adapter, ({ messages, report }) => {
    session.showOpenMessages(messages, report);
    const signature = reportSignature(report);
    if (messages.length > 0 && signature !== recordedSignature) {
      recordedSignature = signature;
      void recordAdapterReport(report);
    }
  });
}
