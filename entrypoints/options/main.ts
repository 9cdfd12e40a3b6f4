import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { analyzeMessage } from '../../lib/engine';
import { analysisOptionsFor } from '../../lib/runtime/analysis-options';
import { originPatternsForHost } from '../../lib/runtime/self-hosted-scripts';
import { getAdapterReports, getSettings, getSettingsState, resetSettings, updateSettings, watchSettings } from '../../lib/settings';
import {
  discardUnreadableSettings,
  exportSettings,
  exportUnreadableSettings,
  importSettings,
} from '../../lib/settings/backup';
import { clearSenderHistory, senderHistorySize, watchSenderHistory } from '../../lib/settings/sender-history';
import { uiLanguage } from '../../lib/ui-text/labels';
import type { OptionsActions } from './context';
import { renderOptionsPage } from './page';

function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

async function start(root: HTMLElement): Promise<void> {
  document.documentElement.lang = uiLanguage();
  document.title = i18n.t('options.title');
  let page: { update(state: Awaited<ReturnType<typeof getSettingsState>>): void } | null = null;
  const refresh = async () => page?.update(await getSettingsState());
  const thenRefresh =
    <A extends unknown[], R>(action: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const result = await action(...args);
      await refresh();
      return result;
    };

  const actions: OptionsActions = {
    update: thenRefresh(updateSettings),
    reset: thenRefresh(resetSettings),
    requestHostAccess: (host) => browser.permissions.request({ origins: originPatternsForHost(host) }),
    releaseHostAccess: (host) => browser.permissions.remove({ origins: originPatternsForHost(host) }),
    // Right here, not through the worker: a pasted message is not mail that arrived, so it stays out of the history.
    analyze: async (message) => analyzeMessage(message, analysisOptionsFor(await getSettings())),
    exportSettings: () => exportSettings(),
    importSettings: thenRefresh(importSettings),
    exportUnreadable: exportUnreadableSettings,
    discardUnreadable: thenRefresh(discardUnreadableSettings),
    adapterReports: getAdapterReports,
    historySize: senderHistorySize,
    clearHistory: thenRefresh(clearSenderHistory),
    download,
  };
  const state = await getSettingsState();
  page = renderOptionsPage(root, {
    doc: document,
    state,
    actions,
    page: { keywordCategory: 'sensitive-request', keywordLanguage: uiLanguage().startsWith('nl') ? 'nl' : 'en' },
  });
  // Changes made elsewhere (a sender trusted from a banner, a new policy) show here too.
  watchSettings(() => void refresh());
  watchSenderHistory(() => void refresh());
}

const root = document.getElementById('app');
if (root) void start(root);
