import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  DEFAULT_SETTINGS,
  dismissMessage,
  getDismissals,
  getSettings,
  isTrustedSender,
  trustDomain,
  trustSender,
  updateSettings,
  watchSettings,
  type Settings,
} from '../../../lib/settings';
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
      selfHostedHosts: [],
      highlightEvidence: true,
    });
    expect(DEFAULT_SETTINGS.enabled).toBe(true);
  });

  it('stores changes in the local storage area', async () => {
    await updateSettings({ sensitivity: 'strict', securityOfficer: { name: 'Els de Vries', address: 'security@example.nl' } });
    const stored = await fakeBrowser.storage.local.get('settings');
    expect(stored.settings).toMatchObject({ sensitivity: 'strict', enabled: true });
    expect((await getSettings()).securityOfficer).toEqual({ name: 'Els de Vries', address: 'security@example.nl' });
  });

  it('keeps the readable fields when one stored field is invalid', async () => {
    await fakeBrowser.storage.local.set({ settings: { enabled: false, sensitivity: 'paranoid', trustedDomains: ['ASML.com'] } });
    const settings = await getSettings();
    expect(settings.enabled).toBe(false);
    expect(settings.sensitivity).toBe('standard');
    expect(settings.trustedDomains).toEqual(['asml.com']);
  });

  it('reads a corrupted entry as the defaults instead of failing', async () => {
    await fakeBrowser.storage.local.set({ settings: 'not an object' });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers about every change', async () => {
    const seen: Settings[] = [];
    const unwatch = watchSettings((settings) => seen.push(settings));
    await updateSettings({ enabled: false });
    await updateSettings({ highlightEvidence: false });
    unwatch();
    await updateSettings({ enabled: true });
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
    const settings = await trustDomain('@tudelft.nl');
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
