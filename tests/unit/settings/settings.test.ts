import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  dismissMessage,
  getDismissals,
  getSettings,
  getSettingsState,
  isTrustedSender,
  resetSettings,
  trustSender,
  updateSettings,
  watchSettings,
  type Settings,
} from '../../../lib/settings';
import { discardUnreadableSettings, exportUnreadableSettings } from '../../../lib/settings/backup';
import { MAX_DISMISSALS } from '../../../lib/settings/schema';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  it('reads the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual({
      enabled: true,
      sensitivity: 'standard',
      securityOfficer: null,
      trustedSenders: [],
      trustedDomains: [],
      organisationDomains: [],
      addedTerms: [],
      disabledRules: [],
      selfHostedHosts: [],
      highlightEvidence: true,
      locked: [],
    });
    expect(DEFAULT_SETTINGS.enabled).toBe(true);
    expect((await getSettingsState()).unreadable).toBeNull();
  });

  it('stores only what the user changed, in the local storage area', async () => {
    await updateSettings({ sensitivity: 'strict', securityOfficer: { name: 'Els de Vries', address: 'security@example.nl' } });
    const stored = await fakeBrowser.storage.local.get('settings');
    expect(stored.settings).toEqual({
      sensitivity: 'strict',
      securityOfficer: { name: 'Els de Vries', address: 'security@example.nl' },
    });
    expect((await getSettings()).securityOfficer).toEqual({ name: 'Els de Vries', address: 'security@example.nl' });
  });

  it('normalises lists: trimmed, lower case, no duplicates, domains without @', async () => {
    const settings = await updateSettings({
      organisationDomains: ['@ASML.com', 'asml.com ', ''],
      addedTerms: [
        { category: 'secrecy', language: 'en', term: ' off the record ' },
        { category: 'secrecy', language: 'en', term: 'Off the record' },
      ],
    });
    expect(settings.organisationDomains).toEqual(['asml.com']);
    expect(settings.addedTerms).toEqual([{ category: 'secrecy', language: 'en', term: 'off the record' }]);
  });

  it('resets a setting to the default by forgetting the user value', async () => {
    await updateSettings({ sensitivity: 'relaxed', highlightEvidence: false });
    const settings = await resetSettings(['sensitivity']);
    expect(settings.sensitivity).toBe('standard');
    expect(settings.highlightEvidence).toBe(false);
  });

  it('keeps the readable fields when one stored field is invalid, and a copy of what it could not read', async () => {
    const stored = { enabled: false, sensitivity: 'paranoid', trustedDomains: ['ASML.com'] };
    await fakeBrowser.storage.local.set({ settings: stored });
    const state = await getSettingsState();
    expect(state.settings.enabled).toBe(false);
    expect(state.settings.sensitivity).toBe('standard');
    expect(state.settings.trustedDomains).toEqual(['asml.com']);
    expect(state.unreadable).toMatchObject({ fields: ['sensitivity'], value: stored, version: 1 });
  });

  it('reads a corrupted entry as the defaults and keeps it for export', async () => {
    await fakeBrowser.storage.local.set({ settings: 'not an object' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    const exported = JSON.parse((await exportUnreadableSettings())!);
    expect(exported).toMatchObject({ fields: ['(all)'], value: 'not an object' });
    await discardUnreadableSettings();
    expect(await exportUnreadableSettings()).toBeNull();
  });

  it('uses the defaults for settings stored by a newer version, keeps them, and does not overwrite them on reading', async () => {
    const future = { enabled: false, colourScheme: 'dark', sensitivity: { level: 9 } };
    await fakeBrowser.storage.local.set({ settings: future, settings$: { v: 7 } });
    const state = await getSettingsState();
    expect(state.settings).toEqual(DEFAULT_SETTINGS);
    expect(state.unreadable).toMatchObject({ version: 7, fields: ['(all)'], value: future });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(future);
  });

  it('stores a change made after a newer version under the current version, and keeps the newer copy', async () => {
    const future = { enabled: false, colourScheme: 'dark' };
    await fakeBrowser.storage.local.set({ settings: future, settings$: { v: 7 } });
    await updateSettings({ sensitivity: 'strict' });
    expect(await fakeBrowser.storage.local.get(['settings', 'settings$'])).toEqual({
      settings: { sensitivity: 'strict' },
      settings$: { v: 3 },
    });
    expect((await getSettings()).sensitivity).toBe('strict');
    await updateSettings({ enabled: false });
    expect((await getSettingsState()).unreadable).toMatchObject({ version: 7, value: future });
  });

  it('counts two quick changes to one list, each on what the one before stored', async () => {
    await Promise.all([
      updateSettings((user) => ({ organisationDomains: [...(user.organisationDomains ?? []), 'asml.com'] })),
      updateSettings((user) => ({ organisationDomains: [...(user.organisationDomains ?? []), 'tudelft.nl'] })),
    ]);
    expect((await getSettings()).organisationDomains).toEqual(['asml.com', 'tudelft.nl']);
  });

  it('passes a storage error (a full quota) on to the caller', async () => {
    await getSettings();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(updateSettings({ enabled: false })).rejects.toThrow(/quota/);
    expect((await getSettings()).enabled).toBe(true);
  });

  it('tells watchers about every change', async () => {
    await getSettings();
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await updateSettings({ enabled: false });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await updateSettings({ highlightEvidence: false });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    unwatch();
    // A watcher still on hears the third change; by then the one switched off would have heard it too.
    const stillWatching: Settings[] = [];
    const unwatchOther = watchSettings((settings) => stillWatching.push(settings));
    await updateSettings({ enabled: true });
    await vi.waitFor(() => expect(stillWatching).toHaveLength(1));
    unwatchOther();
    expect(seen.map((settings) => [settings.enabled, settings.highlightEvidence])).toEqual([
      [false, true],
      [false, false],
    ]);
  });
});

describe('trusted senders', () => {
  it('trusts an address once, case-insensitively', async () => {
    await trustSender(' Jan.Jansen@TUDelft.nl ');
    await trustSender('jan.jansen@tudelft.nl');
    const settings = await getSettings();
    expect(settings.trustedSenders).toEqual(['jan.jansen@tudelft.nl']);
    expect(isTrustedSender(settings, 'JAN.JANSEN@tudelft.nl')).toBe(true);
    expect(isTrustedSender(settings, 'piet@tudelft.nl')).toBe(false);
  });

  it('trusts a domain and its subdomains but not look-alikes', async () => {
    const settings = await updateSettings({ trustedDomains: ['@tudelft.nl'] });
    expect(isTrustedSender(settings, 'a@tudelft.nl')).toBe(true);
    expect(isTrustedSender(settings, 'a@ewi.tudelft.nl')).toBe(true);
    expect(isTrustedSender(settings, 'a@nottudelft.nl')).toBe(false);
    expect(isTrustedSender(settings, 'a@tudelft.nl.example.ru')).toBe(false);
    expect(isTrustedSender(settings, '')).toBe(false);
  });
});

describe('dismissals', () => {
  it('remembers a dismissed message with its date, once', async () => {
    await dismissMessage('gmail:18c2', 1000);
    await dismissMessage('gmail:18c2', 2000);
    expect(await getDismissals()).toEqual([{ id: 'gmail:18c2', at: 2000 }]);
  });

  it('keeps both of two dismissals made at once', async () => {
    await Promise.all([dismissMessage('first', 1000), dismissMessage('second', 1001)]);
    expect(await getDismissals()).toEqual([
      { id: 'first', at: 1000 },
      { id: 'second', at: 1001 },
    ]);
  });

  it('drops the oldest dismissals beyond the cap', async () => {
    await fakeBrowser.storage.local.set({
      dismissals: Array.from({ length: MAX_DISMISSALS }, (_, index) => ({ id: `m${index}`, at: index })),
    });
    await dismissMessage('newest', 10_000);
    const dismissals = await getDismissals();
    expect(dismissals).toHaveLength(MAX_DISMISSALS);
    expect(dismissals[0]?.id).toBe('m1');
    expect(dismissals.at(-1)).toEqual({ id: 'newest', at: 10_000 });
  });
});
