import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
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
  renderPopup(root, await requestTabState(), browser.runtime.getManifest().version, copyToClipboard);
}

const root = document.getElementById('app');
if (root) void start(root);
