import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getSettings } from '../../../lib/settings';
import { userSettingsItem } from '../../../lib/settings/items';
import { settingsV1toV2 } from '../../../lib/settings/migrations';

beforeEach(() => {
  fakeBrowser.reset();
});

/** The full shape version 1 stored, every field set away from its default. */
const V1_CHANGED = {
  enabled: false,
  sensitivity: 'strict',
  securityOfficer: { name: 'Els de Vries', address: 'security@example.nl' },
  trustedSenders: ['jan@tudelft.nl'],
  trustedDomains: ['asml.com'],
  selfHostedHosts: ['mail.example.org'],
  highlightEvidence: false,
};

const V1_DEFAULTS = {
  enabled: true,
  sensitivity: 'standard',
  securityOfficer: null,
  trustedSenders: [],
  trustedDomains: [],
  selfHostedHosts: [],
  highlightEvidence: true,
};

describe('settings migration v1 → v2', () => {
  it('keeps every value the user chose', () => {
    expect(settingsV1toV2(V1_CHANGED)).toEqual(V1_CHANGED);
  });

  it('drops version-1 defaults, which were never a choice, so an organisation policy can apply', () => {
    expect(settingsV1toV2(V1_DEFAULTS)).toEqual({});
  });

  it('copies only settings it knows: a `__proto__` key brings nothing in, and leaves a value that is not an object to the reader', () => {
    expect(settingsV1toV2({ ...V1_DEFAULTS, futureField: 1 })).toEqual({});
    const hostile = JSON.parse('{"sensitivity": "strict", "__proto__": {"trustedDomains": ["com"]}}') as object;
    const migrated = settingsV1toV2(hostile) as Record<string, unknown>;
    expect(migrated).toEqual({ sensitivity: 'strict' });
    expect(Object.getPrototypeOf(migrated)).toBe(Object.prototype);
    expect(migrated.trustedDomains).toBeUndefined();
    expect(settingsV1toV2('garbage')).toBe('garbage');
  });

  it('runs on stored version-1 settings, which then read exactly as before', async () => {
    await fakeBrowser.storage.local.set({ settings: V1_CHANGED, settings$: { v: 1 } });
    await userSettingsItem.migrate();
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored['settings$']).toEqual({ v: 2 });
    expect(await getSettings()).toEqual({ ...V1_CHANGED, organisationDomains: [], addedTerms: [], removedTerms: [], locked: [] });
  });

  it('runs on stored version-1 defaults, which read as the defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: V1_DEFAULTS });
    await userSettingsItem.migrate();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({});
    expect(await getSettings()).toMatchObject({ enabled: true, sensitivity: 'standard', highlightEvidence: true });
  });
});
