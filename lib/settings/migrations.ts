/**
 * Brings an older stored shape of the user's settings up to `SETTINGS_VERSION`. Each step is a pure function from one
 * version's shape to the next, so it can be tested on its own and nothing is lost on the way.
 */

import { ENGLISH_RULES } from '../rules/en';
import { DUTCH_RULES } from '../rules/nl';
import type { Rule } from '../rules/types';
import { SETTING_NAMES } from './schema';

/** The settings of versions 1 and 2: today's, with pattern lines switched off where rules are now. */
export const V2_SETTING_NAMES: ReadonlySet<string> = new Set([
  ...SETTING_NAMES.filter((name) => name !== 'disabledRules'),
  'removedTerms',
]);

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
    if (!V2_SETTING_NAMES.has(name)) continue;
    if (name in v1Defaults && value === v1Defaults[name]) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    v2[name] = value;
  }
  return v2;
}

/**
 * Version 2 switched off default pattern lines (`removedTerms`: category, language and the pattern as the pack wrote
 * it); version 3 switches off whole default rules by id (`disabledRules`). A switched-off line becomes its rule
 * switched off: the user wanted fewer warnings from what that rule looks for, and the options page shows the rule off
 * so it can be switched on again. A line no default rule has any more matched nothing already and is dropped.
 */
export function settingsV2toV3(v2: unknown, rules: readonly Rule[] = [...ENGLISH_RULES, ...DUTCH_RULES]): unknown {
  if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2) || !('removedTerms' in v2)) return v2;
  const { removedTerms, ...rest } = v2 as Record<string, unknown>;
  const disabled = new Set(Array.isArray(rest.disabledRules) ? (rest.disabledRules as unknown[]) : []);
  for (const removed of Array.isArray(removedTerms) ? (removedTerms as unknown[]) : []) {
    if (typeof removed !== 'object' || removed === null) continue;
    const { category, language, term } = removed as Record<string, unknown>;
    const rule = rules.find(
      (candidate) => candidate.category === category && candidate.language === language && candidate.patterns.includes(term as string),
    );
    if (rule) disabled.add(rule.id);
  }
  return disabled.size > 0 ? { ...rest, disabledRules: [...disabled] } : rest;
}

/** Keyed by the version each step produces, as WXT storage items expect. */
export const SETTINGS_MIGRATIONS = {
  2: settingsV1toV2,
  3: (v2: unknown) => settingsV2toV3(v2),
};

/** Brings a stored or exported user layer of `version` up to the current one, step by step. */
export function migrateSettings(value: unknown, version: number): unknown {
  let current = value;
  if (version < 2) current = settingsV1toV2(current);
  if (version < 3) current = settingsV2toV3(current);
  return current;
}
