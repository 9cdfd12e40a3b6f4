// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { stubGetMessage } from '../banner/locale-messages';

beforeEach(async () => {
  fakeBrowser.reset();
  vi.resetModules();
  await stubGetMessage('en');
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Waakzaam', version: '0.1.0' });
  document.body.innerHTML = '<main id="app"></main>';
});

afterEach(() => vi.restoreAllMocks());

describe('popup entrypoint', () => {
  it('asks the active tab and shows the answer', async () => {
    const tab = { id: 7, index: 0, windowId: 1, active: true, highlighted: true, pinned: false, incognito: false };
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));

    await import('../../../entrypoints/popup/main');

    const app = document.getElementById('app')!;
    await vi.waitFor(() => expect(app.textContent).toContain('Waakzaam only reads webmail pages'));
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(document.title).toBe('Waakzaam');
    expect(document.documentElement.lang).toBe('en');
  });
});
