import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getSettings } from '../../../lib/settings';
import { userSettingsItem } from '../../../lib/settings/items';
import { settingsV1toV2, settingsV2toV3 } from '../../../lib/settings/migrations';
import { parseSettingsFile } from '../../../lib/settings/import-export';

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
    expect(stored['settings$']).toEqual({ v: 3 });
    expect(await getSettings()).toEqual({ ...V1_CHANGED, organisationDomains: [], addedTerms: [], disabledRules: [], locked: [] });
  });

  it('runs on stored version-1 defaults, which read as the defaults', async () => {
    await fakeBrowser.storage.local.set({ settings: V1_DEFAULTS });
    await userSettingsItem.migrate();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({});
    expect(await getSettings()).toMatchObject({ enabled: true, sensitivity: 'standard', highlightEvidence: true });
  });
});

/** Version 2 switched off pattern lines as the pack wrote them. */
const V2_SWITCHED_OFF = {
  sensitivity: 'strict',
  removedTerms: [
    { category: 'hospitality', language: 'en', term: 'all|fully expenses|expense paid|covered' },
    { category: 'hospitality', language: 'en', term: 'all|fully expenses|expense paid|covered' },
    { category: 'secrecy', language: 'nl', term: 'a line no rule has any more' },
  ],
};

describe('settings migration v2 → v3: switched-off lines become switched-off rules', () => {
  it('switches off the rule that held each line, once, and drops lines no rule has', () => {
    expect(settingsV2toV3(V2_SWITCHED_OFF)).toEqual({ sensitivity: 'strict', disabledRules: ['EN_HOSPITALITY'] });
  });

  it('leaves settings without switched-off lines as they were', () => {
    const settings = { sensitivity: 'relaxed', trustedDomains: ['asml.com'] };
    expect(settingsV2toV3(settings)).toBe(settings);
    expect(settingsV2toV3({ removedTerms: [] })).toEqual({});
  });

  it('runs on stored version-2 settings, which then switch the rule off', async () => {
    await fakeBrowser.storage.local.set({ settings: V2_SWITCHED_OFF, settings$: { v: 2 } });
    await userSettingsItem.migrate();
    expect((await fakeBrowser.storage.local.get('settings$'))['settings$']).toEqual({ v: 3 });
    expect(await getSettings()).toMatchObject({ sensitivity: 'strict', disabledRules: ['EN_HOSPITALITY'] });
  });

  it('migrates a version-2 export the same way, and refuses one whose lines cannot be read', () => {
    const file = (settings: object) => JSON.stringify({ format: 'waakzaam-settings', version: 2, settings });
    expect(parseSettingsFile(file(V2_SWITCHED_OFF))).toEqual({ ok: true, settings: { sensitivity: 'strict', disabledRules: ['EN_HOSPITALITY'] } });
    const broken = parseSettingsFile(file({ removedTerms: [{ category: 'gossip', language: 'en', term: 'x' }] }));
    expect(broken).toMatchObject({ ok: false, problems: [{ path: 'settings.removedTerms.0.category', code: 'invalid-value' }] });
  });
});
