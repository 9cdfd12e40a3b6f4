import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  getSettings,
  getSettingsState,
  refreshPolicyCopy,
  SettingLockedError,
  updateSettings,
  watchSettings,
  type Settings,
} from '../../../lib/settings';
import { EMPTY_POLICY, mergeSettings, parsePolicy, POLICY_KEYS } from '../../../lib/settings/policy';
import { DEFAULT_SETTINGS, SETTING_NAMES } from '../../../lib/settings/schema';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const ORGANISATION_POLICY = {
  securityOfficerName: 'Team Integriteit',
  securityOfficerAddress: 'integriteit@example-chips.nl',
  sensitivity: 'strict',
  organisationDomains: ['Example-Chips.nl'],
  trustedDomains: ['@tno.nl'],
  extraTerms: [{ category: 'sensitive-request', language: 'nl', term: 'maskerontwerp' }],
};

describe('parsePolicy', () => {
  it('reads the policy keys into settings', () => {
    expect(parsePolicy(ORGANISATION_POLICY)).toEqual({
      securityOfficer: { name: 'Team Integriteit', address: 'integriteit@example-chips.nl' },
      sensitivity: 'strict',
      organisationDomains: ['example-chips.nl'],
      trustedDomains: ['tno.nl'],
      extraTerms: [{ category: 'sensitive-request', language: 'nl', term: 'maskerontwerp' }],
      locked: [],
      invalid: [],
    });
  });

  it('keeps the readable organisation terms when one is malformed, and names the one it dropped', () => {
    const policy = parsePolicy({
      extraTerms: [
        { category: 'secrecy', language: 'nl', term: 'onder ons' },
        { category: 'gossip', language: 'nl', term: 'roddel' },
      ],
      securityOfficerName: 'Team Integriteit',
    });
    expect(policy.extraTerms).toEqual([{ category: 'secrecy', language: 'nl', term: 'onder ons' }]);
    expect(policy.invalid).toEqual(['extraTerms[1]', 'securityOfficerName (no securityOfficerAddress)']);
  });

  it('names unknown and malformed keys without losing the rest', () => {
    const policy = parsePolicy({ sensitivity: 'paranoid', colour: 'red', enabled: false, lockedSettings: ['enabled', 'everything'] });
    expect(policy.enabled).toBe(false);
    expect(policy.sensitivity).toBeUndefined();
    expect(policy.locked).toEqual(['enabled']);
    expect(policy.invalid).toEqual(['sensitivity', 'colour', 'lockedSettings: everything']);
  });
});

describe('mergeSettings', () => {
  it('is the defaults with neither a policy nor user settings', () => {
    expect(mergeSettings({}, EMPTY_POLICY)).toEqual(DEFAULT_SETTINGS);
  });

  it('takes the policy as the default and the user value over it', () => {
    const policy = parsePolicy(ORGANISATION_POLICY);
    expect(mergeSettings({}, policy).sensitivity).toBe('strict');
    expect(mergeSettings({ sensitivity: 'relaxed' }, policy).sensitivity).toBe('relaxed');
    expect(mergeSettings({}, policy).securityOfficer?.address).toBe('integriteit@example-chips.nl');
  });

  it('joins lists, and the organisation entries stay whatever the user does', () => {
    const merged = mergeSettings(
      {
        trustedDomains: ['tudelft.nl', 'tno.nl'],
        addedTerms: [{ category: 'secrecy', language: 'en', term: 'off the record' }],
      },
      parsePolicy(ORGANISATION_POLICY),
    );
    expect(merged.trustedDomains).toEqual(['tno.nl', 'tudelft.nl']);
    expect(merged.addedTerms.map((change) => change.term)).toEqual(['maskerontwerp', 'off the record']);
    expect(merged.organisationDomains).toEqual(['example-chips.nl']);
  });

  it('reads a policy written before version 3: locking removedTerms locks the switched-off rules', () => {
    const policy = parsePolicy({ lockedSettings: ['removedTerms'] });
    expect(policy).toMatchObject({ locked: ['disabledRules'], invalid: [] });
    expect(mergeSettings({ disabledRules: ['EN_HOSPITALITY'] }, policy).disabledRules).toEqual([]);
  });

  it('ignores the user value of a locked setting, lists included', () => {
    const policy = parsePolicy({ ...ORGANISATION_POLICY, lockedSettings: ['sensitivity', 'trustedDomains', 'enabled'] });
    const merged = mergeSettings({ sensitivity: 'relaxed', trustedDomains: ['evil.example'], enabled: false }, policy);
    expect(merged.sensitivity).toBe('strict');
    expect(merged.trustedDomains).toEqual(['tno.nl']);
    // Locked without a policy value: locked to the default.
    expect(merged.enabled).toBe(true);
  });
});

describe('settings with a policy in managed storage', () => {
  it('reads the policy and applies it', async () => {
    await fakeBrowser.storage.managed.set({ ...ORGANISATION_POLICY, lockedSettings: ['securityOfficer'] });
    const state = await getSettingsState();
    expect(state.settings.sensitivity).toBe('strict');
    expect(state.policy.locked).toEqual(['securityOfficer']);
  });

  it('uses the copy of the last policy while managed storage is slow to answer, then follows the real one', async () => {
    await fakeBrowser.storage.local.set({ policyCopy: { sensitivity: 'strict' } });
    let answer: (policy: Record<string, unknown>) => void = () => undefined;
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const refreshed = refreshPolicyCopy();
    expect((await getSettings()).sensitivity).toBe('strict');

    const seen: Settings[] = [];
    watchSettings((settings) => seen.push(settings));
    answer({ sensitivity: 'relaxed' });
    await refreshed;
    await vi.waitFor(() => expect(seen.at(-1)?.sensitivity).toBe('relaxed'));
    expect((await fakeBrowser.storage.local.get('policyCopy')).policyCopy).toEqual({ sensitivity: 'relaxed' });
  });

  it('answers from the copy without waiting for managed storage, then follows a changed policy', async () => {
    await fakeBrowser.storage.local.set({ policyCopy: { sensitivity: 'strict' } });
    await fakeBrowser.storage.managed.set({ sensitivity: 'relaxed' });
    const seen: Settings[] = [];
    watchSettings((settings) => seen.push(settings));
    expect((await getSettings()).sensitivity).toBe('strict');
    await refreshPolicyCopy();
    await vi.waitFor(() => expect(seen.at(-1)?.sensitivity).toBe('relaxed'));
    expect((await getSettings()).sensitivity).toBe('relaxed');
  });

  it('writes nothing to storage when the settings are read; refreshing the copy writes only a changed policy', async () => {
    await fakeBrowser.storage.managed.set({ sensitivity: 'relaxed' });
    const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect((await getSettingsState()).settings.sensitivity).toBe('relaxed');
    expect((await getSettings()).sensitivity).toBe('relaxed');
    expect(writes).not.toHaveBeenCalled();

    await refreshPolicyCopy();
    await refreshPolicyCopy();
    expect(writes).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser.storage.local.get('policyCopy')).policyCopy).toEqual({ sensitivity: 'relaxed' });
  });

  it('waits briefly for a slow first read of managed storage when no copy exists yet, and not again while it is slow', async () => {
    let answer: (policy: Record<string, unknown>) => void = () => undefined;
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise((resolve) => (answer = resolve)));
    // Fake timeouts only: storage answers, so a read that does not wait settles without time passing.
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const settle = async () => {
      for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    };
    const first = vi.fn();
    void getSettings().then(first);
    await settle();
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(14);
    expect(first).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await settle();
    expect(first).toHaveBeenCalledWith(DEFAULT_SETTINGS);

    const second = vi.fn();
    void getSettings().then(second);
    await settle();
    expect(second).toHaveBeenCalledWith(DEFAULT_SETTINGS);
    expect(vi.getTimerCount()).toBe(0);

    vi.useRealTimers();
    answer({ sensitivity: 'strict' });
    await vi.waitFor(async () => expect((await getSettings()).sensitivity).toBe('strict'));
  });

  it('refuses a change to a locked setting and stores nothing', async () => {
    await fakeBrowser.storage.managed.set({ ...ORGANISATION_POLICY, lockedSettings: ['securityOfficer'] });
    await expect(
      updateSettings({ securityOfficer: { name: 'Me', address: 'me@example.org' }, enabled: false }),
    ).rejects.toBeInstanceOf(SettingLockedError);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
    expect((await getSettings()).securityOfficer?.address).toBe('integriteit@example-chips.nl');
  });
});

describe('managed_schema.json', () => {
  const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as {
    properties: Record<string, { description: string; enum?: string[] }>;
  };

  it('declares exactly the keys the extension reads', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  it('names every setting that can be locked', () => {
    for (const name of SETTING_NAMES) expect(schema.properties.lockedSettings!.description).toContain(name);
  });
});
