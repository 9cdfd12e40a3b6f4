import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { getSettingsState, updateSettings } from '../../lib/settings';
import { uiLanguage } from '../../lib/ui-text/labels';
import { requestTabState } from './tab-state';
import { renderPopup } from './view';

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

async function start(root: HTMLElement): Promise<void> {
  document.documentElement.lang = uiLanguage();
  document.title = i18n.t('extName');
  root.textContent = i18n.t('popup.loading');
  const [tabState, { settings, policy }] = await Promise.all([requestTabState(), getSettingsState()]);
  renderPopup(root, tabState, browser.runtime.getManifest().version, copyToClipboard, {
    enabled: settings.enabled,
    enabledLocked: policy.locked.includes('enabled'),
    securityOfficer: settings.securityOfficer,
    setEnabled: (enabled) => updateSettings({ enabled }),
    openOptions: (section) => {
      const url = browser.runtime.getURL(`/options.html${section ? `#${section}` : ''}`);
      void browser.tabs.create({ url }).then(() => window.close());
    },
  });
}

const root = document.getElementById('app');
if (root) void start(root);
