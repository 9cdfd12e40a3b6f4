/**
 * Brings an older stored shape of the user's settings up to `SETTINGS_VERSION`. Each step is a pure function from one
 * version's shape to the next, so it can be tested on its own and nothing is lost on the way.
 */

import { SETTING_NAMES } from './schema';

const KNOWN: ReadonlySet<string> = new Set(SETTING_NAMES);

/**
 * Version 1 stored every setting, the defaults included. Version 2 stores only what the user chose, so that the
 * organisation's policy can supply the rest; a value equal to the version-1 default was never a choice and is left
 * out. Only settings of known names are copied: a key such as `__proto__` must not become the new object's
 * prototype and bring its contents in unchecked.
 */
export function settingsV1toV2(v1: unknown): unknown {
  if (typeof v1 !== 'object' || v1 === null || Array.isArray(v1)) return v1;
  const v1Defaults: Record<string, unknown> = {
    enabled: true,
    sensitivity: 'standard',
    securityOfficer: null,
    highlightEvidence: true,
  };
  const v2: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(v1)) {
    if (!KNOWN.has(name)) continue;
    if (name in v1Defaults && value === v1Defaults[name]) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    v2[name] = value;
  }
  return v2;
}

/** Keyed by the version each step produces, as WXT storage items expect. */
export const SETTINGS_MIGRATIONS = {
  2: settingsV1toV2,
};
