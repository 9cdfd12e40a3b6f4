import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { analyzeMessage } from '../../lib/engine';
import { AnalysisOptions } from '../../lib/runtime/analysis-options';
import { grantedPatterns, originPatternsForHost } from '../../lib/runtime/self-hosted-scripts';
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
import { renderOptionsPage, type OptionsPage } from './page';

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
  let page: OptionsPage | null = null;
  // Reads can overlap; only the newest one is drawn, so an older state never lands last.
  let latestRead = 0;
  const refresh = async () => {
    const read = ++latestRead;
    const state = await getSettingsState();
    if (read === latestRead) page?.update(state);
  };
  // After a failed change too: a checkbox the reader ticked goes back to what is stored.
  const thenRefresh =
    <A extends unknown[], R>(action: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      try {
        return await action(...args);
      } finally {
        await refresh();
      }
    };

  const analysisOptions = new AnalysisOptions();
  const actions: OptionsActions = {
    update: thenRefresh(updateSettings),
    reset: thenRefresh(resetSettings),
    // The request happens inside the click that asked for it (the wrapper calls it before anything is awaited).
    requestHostAccess: thenRefresh((host: string) => browser.permissions.request({ origins: originPatternsForHost(host) })),
    releaseHostAccess: (host) => browser.permissions.remove({ origins: originPatternsForHost(host) }),
    hasHostAccess: async (host) => (await grantedPatterns([host])).length > 0,
    // Right here, not through the worker: a pasted message is not mail that arrived, so it stays out of the history.
    analyze: async (message, extraTerms = []) => {
      const settings = await getSettings();
      return analyzeMessage(message, analysisOptions.for({ ...settings, addedTerms: [...settings.addedTerms, ...extraTerms] }));
    },
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
  watchSenderHistory(() => page?.refreshHistory());
  // The popup links to a section (#officer, #diagnostics); the page was built after the browser looked for it.
  page.followFragment();
  window.addEventListener('hashchange', () => page?.followFragment());
}

const root = document.getElementById('app');
if (root) void start(root);
