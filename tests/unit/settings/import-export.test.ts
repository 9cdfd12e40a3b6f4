import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getSettings, updateSettings } from '../../../lib/settings';
import { exportSettings, importSettings } from '../../../lib/settings/backup';
import { EXPORT_FORMAT } from '../../../lib/settings/import-export';

beforeEach(() => {
  fakeBrowser.reset();
});

const USER_CHOICES = {
  sensitivity: 'strict' as const,
  organisationDomains: ['example-chips.nl'],
  addedTerms: [{ category: 'secrecy' as const, language: 'nl' as const, term: 'onder ons' }],
  disabledRules: ['EN_HOSPITALITY'],
};

function file(settings: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 3, settings, ...extra });
}

describe('export and import', () => {
  it('brings back exactly what was exported', async () => {
    await updateSettings(USER_CHOICES);
    const exported = await exportSettings(new Date('2026-11-29T10:00:00Z'));
    expect(JSON.parse(exported)).toMatchObject({ format: EXPORT_FORMAT, version: 3, exportedAt: '2026-11-29T10:00:00.000Z' });
    const before = await getSettings();
    fakeBrowser.reset();
    const result = await importSettings(exported);
    expect(result.ok).toBe(true);
    expect(await getSettings()).toEqual(before);
  });

  it('reads a version-1 file through the same migration as stored settings', async () => {
    const result = await importSettings(
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, settings: { enabled: true, sensitivity: 'relaxed', trustedDomains: [] } }),
    );
    expect(result.ok).toBe(true);
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ sensitivity: 'relaxed' });
  });

  const INVALID: Array<[string, string, { path: string; code: string; detail?: string }]> = [
    ['text that is not JSON', '{"format": "waakzaam-settings",', { path: '', code: 'not-json', detail: '1:32' }],
    ['another program’s file', JSON.stringify({ theme: 'dark' }), { path: 'format', code: 'not-waakzaam' }],
    ['a file from a newer version', file({}, { version: 9 }), { path: 'version', code: 'newer-version', detail: '9' }],
    ['a wrong type', file({ enabled: 'yes' }), { path: 'settings.enabled', code: 'invalid-type', detail: 'boolean' }],
    [
      'a value that is not allowed',
      file({ sensitivity: 'paranoid' }),
      { path: 'settings.sensitivity', code: 'invalid-value', detail: 'relaxed, standard, strict' },
    ],
    ['an unknown setting', file({ colour: 'red' }), { path: 'settings', code: 'unknown-key', detail: 'colour' }],
    [
      'a term in an unknown category',
      file({ addedTerms: [USER_CHOICES.addedTerms[0], { category: 'gossip', language: 'en', term: 'x' }] }),
      { path: 'settings.addedTerms.1.category', code: 'invalid-value' },
    ],
    ['an empty term', file({ addedTerms: [{ category: 'secrecy', language: 'en', term: '   ' }] }), { path: 'settings.addedTerms.0.term', code: 'invalid-value' }],
    [
      'a bare top-level domain as a trusted domain',
      file({ trustedDomains: ['example.nl', 'com'] }),
      { path: 'settings.trustedDomains.1', code: 'not-domain', detail: 'com' },
    ],
    ['an organisation domain without a dot', file({ organisationDomains: ['@intranet'] }), { path: 'settings.organisationDomains.0', code: 'not-domain', detail: '@intranet' }],
    ['a wildcard as a self-hosted host', file({ selfHostedHosts: ['*'] }), { path: 'settings.selfHostedHosts.0', code: 'not-host', detail: '*' }],
    [
      'one invalid host among valid ones',
      file({ selfHostedHosts: ['webmail.example.nl', 'https://mail.example.org/*', 'mailhost'] }),
      { path: 'settings.selfHostedHosts.1', code: 'not-host', detail: 'https://mail.example.org/*' },
    ],
    ['a trusted sender that is no address', file({ trustedSenders: ['someone at example.nl'] }), { path: 'settings.trustedSenders.0', code: 'not-address' }],
    [
      '150,000 trusted senders',
      file({ trustedSenders: Array.from({ length: 150_000 }, (_, index) => `sender${index}@example.nl`) }),
      { path: 'settings.trustedSenders', code: 'too-many', detail: '5000' },
    ],
    [
      'a version-1 file with a __proto__ key',
      '{"format": "waakzaam-settings", "version": 1, "settings": {"sensitivity": "relaxed", "__proto__": {"trustedDomains": ["example.nl"]}}}',
      { path: 'settings', code: 'unknown-key', detail: '__proto__' },
    ],
  ];

  it.each(INVALID)('refuses %s, says where, and changes nothing', async (_, text, problem) => {
    await updateSettings(USER_CHOICES);
    const storedBefore = await fakeBrowser.storage.local.get(null);
    const result = await importSettings(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject(problem);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(storedBefore);
  });
});
