import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { answerPageSettings, applyPageChange } from '../../../lib/runtime/page-settings-handler';
import { getAdapterReports, getDismissals, getSettings, SettingLockedError, updateSettings } from '../../../lib/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('page settings, answered by the worker', () => {
  it('gives a webmail page the combined settings and the dismissed messages', async () => {
    await updateSettings({ sensitivity: 'strict' });
    await applyPageChange({ type: 'waakzaam:page-change', change: { kind: 'dismiss', id: 'gmail:1' } });
    const answer = await answerPageSettings();
    expect(answer.settings.sensitivity).toBe('strict');
    expect(answer.dismissed).toEqual(['gmail:1']);
  });

  it('stores what the reader did in a banner, and a diagnostics report', async () => {
    await applyPageChange({ type: 'waakzaam:page-change', change: { kind: 'trust-sender', address: 'Jan@TUDelft.nl' } });
    const report = { adapter: 'gmail', at: 1, fields: [{ field: 'body', matched: 'body_2024_05', tried: 1 }] };
    await applyPageChange({ type: 'waakzaam:page-change', change: { kind: 'adapter-report', report } });
    expect((await getSettings()).trustedSenders).toEqual(['jan@tudelft.nl']);
    expect(await getDismissals()).toEqual([]);
    expect((await getAdapterReports()).gmail).toEqual(report);
  });

  it('refuses a malformed change, and passes a locked setting back as an error', async () => {
    await expect(applyPageChange({ type: 'waakzaam:page-change', change: { kind: 'erase-everything' } })).rejects.toThrow(
      /malformed/,
    );
    await fakeBrowser.storage.managed.set({ lockedSettings: ['trustedSenders'] });
    await expect(
      applyPageChange({ type: 'waakzaam:page-change', change: { kind: 'trust-sender', address: 'a@b.nl' } }),
    ).rejects.toBeInstanceOf(SettingLockedError);
  });
});
