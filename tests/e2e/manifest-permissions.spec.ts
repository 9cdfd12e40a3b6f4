import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { WEBMAIL_MATCHES } from '../../lib/runtime/webmail-matches';

/**
 * Reads the manifests `npm run test:e2e` has just built for both browsers, so what is checked is what ships.
 * The permissions are the promise the README makes to users and their administrators.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const BUILDS = { chrome: resolve(ROOT, '.output/chrome-mv3'), firefox: resolve(ROOT, '.output/firefox-mv3') };
const FORBIDDEN = ['<all_urls>', 'tabs', 'webRequest', 'webRequestBlocking', 'history', '*://*/*'];
const ICON_SIZES = ['16', '32', '48', '128'];

interface Manifest {
  manifest_version: number;
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  optional_permissions?: string[];
  content_scripts?: Array<{ matches: string[] }>;
  icons?: Record<string, string>;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } };
  };
}

function readManifest(dir: string): Manifest {
  const path = resolve(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`No build in ${dir}: run \`npm run test:e2e\`, which builds both browsers.`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** Width and height from a PNG's header chunk. */
function pngSize(path: string): [number, number] {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1'), path).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const packageVersion = (JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

for (const [browser, dir] of Object.entries(BUILDS)) {
  test(`${browser}: storage and scripting, the listed webmails, self-hosted hosts only on request`, () => {
    const manifest = readManifest(dir);
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(packageVersion);
    // scripting registers the content script on self-hosted hosts the user granted.
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['scripting', 'storage']);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...WEBMAIL_MATCHES].sort());
    expect([...(manifest.optional_host_permissions ?? [])].sort()).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    for (const script of manifest.content_scripts ?? []) expect(WEBMAIL_MATCHES).toEqual(expect.arrayContaining(script.matches));

    const granted = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];
    for (const permission of FORBIDDEN) expect(granted, permission).not.toContain(permission);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  test(`${browser}: icons at 16, 32, 48 and 128 pixels`, () => {
    const { icons = {} } = readManifest(dir);
    expect(Object.keys(icons).sort()).toEqual([...ICON_SIZES].sort());
    for (const size of ICON_SIZES) expect(pngSize(resolve(dir, icons[size]!))).toEqual([Number(size), Number(size)]);
  });
}

test('firefox: a gecko id, an MV3-capable minimum version and no data collection', () => {
  const gecko = readManifest(BUILDS.firefox).browser_specific_settings?.gecko;
  expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
  // Firefox runs MV3 from 109 and grants MV3 host permissions at install from 127.
  expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(127);
  expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
});

test('chrome: no Firefox-only keys', () => {
  expect(readManifest(BUILDS.chrome).browser_specific_settings).toBeUndefined();
});
