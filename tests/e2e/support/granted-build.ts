import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from './browser';

/**
 * A copy of the build in which `origins` count as granted. A user grants a self-hosted host through
 * Chromium's permission prompt, which a headless browser cannot click; listing the origin in the copy's
 * `host_permissions` gives the extension the same grant. Nothing else in the build changes.
 */
export function buildWithGrantedOrigins(origins: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'waakzaam-granted-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...origins];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}
