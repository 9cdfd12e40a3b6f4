import * as z from 'zod/mini';
import { isDomainName, isHostName, isMailAddress, MAX_LIST_ENTRIES } from './entry-rules';
import { migrateSettings, V2_SETTING_NAMES } from './migrations';
import { domainNames, SETTINGS_VERSION, termChangeSchema, userSettingsSchema, type SettingName, type UserSettings } from './schema';

/** Marks a file as Waakzaam's settings export. */
export const EXPORT_FORMAT = 'waakzaam-settings';

/** One thing wrong with an imported file; the options page words it in the user's language. */
export interface ImportProblem {
  /** Where in the file, e.g. `settings.addedTerms.2.category`; '' for the file as a whole. */
  path: string;
  code:
    | 'not-json'
    | 'not-waakzaam'
    | 'newer-version'
    | 'invalid-type'
    | 'invalid-value'
    | 'unknown-key'
    | 'invalid'
    | 'not-domain'
    | 'not-host'
    | 'not-address'
    | 'too-many';
  /** What was expected, the allowed values or the unknown keys, as plain text. */
  detail: string;
}

export type ParsedSettingsFile = { ok: true; settings: UserSettings } | { ok: false; problems: ImportProblem[] };

export function exportSettingsFile(settings: UserSettings, now: Date = new Date()): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, exportedAt: now.toISOString(), settings }, null, 2)}\n`;
}

const fileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.int().check(z.minimum(1)),
  settings: z.unknown(),
});

function problemOf(issue: z.core.$ZodIssue, prefix: string): ImportProblem {
  const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
  switch (issue.code) {
    case 'invalid_type':
      return { path, code: 'invalid-type', detail: issue.expected };
    case 'invalid_value':
      return { path, code: 'invalid-value', detail: issue.values.map(String).join(', ') };
    case 'unrecognized_keys':
      return { path, code: 'unknown-key', detail: issue.keys.join(', ') };
    case 'too_small':
      return { path, code: 'invalid-value', detail: `≥ ${String(issue.minimum)}` };
    case 'too_big':
      return { path, code: 'invalid-value', detail: `≤ ${String(issue.maximum)}` };
    default:
      return { path, code: 'invalid', detail: '' };
  }
}

/** How each list's entries are checked, as the options page checks what is typed into it. */
const ENTRY_RULES: Partial<Record<SettingName, { code: ImportProblem['code']; valid(entry: string): boolean }>> = {
  trustedSenders: { code: 'not-address', valid: (entry) => isMailAddress(entry.trim().toLowerCase()) },
  trustedDomains: { code: 'not-domain', valid: (entry) => domainNames([entry]).every(isDomainName) },
  organisationDomains: { code: 'not-domain', valid: (entry) => domainNames([entry]).every(isDomainName) },
  selfHostedHosts: { code: 'not-host', valid: (entry) => isHostName(entry.trim().toLowerCase()) },
};
const LISTS: readonly SettingName[] = ['trustedSenders', 'trustedDomains', 'organisationDomains', 'selfHostedHosts', 'addedTerms', 'disabledRules'];

/** Enough to show what is wrong with a file; a file with thousands of bad entries is not listed in full. */
const MAX_ENTRY_PROBLEMS = 50;

/** Lists too long to keep, and entries the options page would refuse, each named by where it stands in the file. */
function entryProblems(settings: Record<string, unknown>): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const name of LISTS) {
    const list = settings[name];
    if (!Array.isArray(list)) continue;
    if (list.length > MAX_LIST_ENTRIES) {
      problems.push({ path: `settings.${name}`, code: 'too-many', detail: String(MAX_LIST_ENTRIES) });
      continue;
    }
    const rule = ENTRY_RULES[name];
    if (!rule) continue;
    list.forEach((entry: unknown, index) => {
      if (typeof entry === 'string' && !rule.valid(entry)) problems.push({ path: `settings.${name}.${index}`, code: rule.code, detail: entry });
    });
  }
  return problems.slice(0, MAX_ENTRY_PROBLEMS);
}

/** Keys a version-1 file holds that are no setting: the migration would drop them, so the file is refused instead. */
function unknownKeys(settings: unknown): ImportProblem[] {
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return [];
  const unknown = Object.keys(settings).filter((key) => !V2_SETTING_NAMES.has(key));
  return unknown.length > 0 ? [{ path: 'settings', code: 'unknown-key', detail: unknown.join(', ') }] : [];
}

/**
 * Where a JSON file stops being JSON, as "line:column" (the options page words it), or '' when the parser does not
 * say: the parser's own text is in the browser's language of development, not the reader's.
 */
function jsonErrorPlace(text: string, error: Error): string {
  const position = /position (\d+)/.exec(error.message);
  if (!position) return '';
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return `${line}:${before.length - before.lastIndexOf('\n')}`;
}

/** A file of version 1 or 2 switches off pattern lines; each is checked before it becomes its rule switched off. */
function switchedOffLineProblems(settings: unknown): ImportProblem[] {
  if (typeof settings !== 'object' || settings === null || !('removedTerms' in settings)) return [];
  const lines = z.safeParse(z.array(termChangeSchema), settings.removedTerms);
  return lines.success ? [] : lines.error.issues.map((issue) => problemOf(issue, 'settings.removedTerms'));
}

/**
 * Checks a settings file completely before anything is stored: the format marker, the version (older versions go
 * through the same migrations as stored settings) and every setting. Any problem refuses the whole file.
 */
export function parseSettingsFile(text: string): ParsedSettingsFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', code: 'not-json', detail: jsonErrorPlace(text, error as Error) }] };
  }
  const file = z.safeParse(fileSchema, json);
  if (!file.success) {
    const formatWrong = file.error.issues.some((issue) => issue.path[0] === 'format' || issue.path.length === 0);
    if (formatWrong) return { ok: false, problems: [{ path: 'format', code: 'not-waakzaam', detail: EXPORT_FORMAT }] };
    return { ok: false, problems: file.error.issues.map((issue) => problemOf(issue, '')) };
  }
  const { version } = file.data;
  if (version > SETTINGS_VERSION) {
    return { ok: false, problems: [{ path: 'version', code: 'newer-version', detail: String(version) }] };
  }
  if (version < 2) {
    const unknown = unknownKeys(file.data.settings);
    if (unknown.length > 0) return { ok: false, problems: unknown };
  }
  const oldLines = version < 3 ? switchedOffLineProblems(file.data.settings) : [];
  if (oldLines.length > 0) return { ok: false, problems: oldLines };
  const current = migrateSettings(file.data.settings, version);
  const settings = z.safeParse(userSettingsSchema, current);
  if (!settings.success) return { ok: false, problems: settings.error.issues.map((issue) => problemOf(issue, 'settings')) };
  const entries = entryProblems(current as Record<string, unknown>);
  if (entries.length > 0) return { ok: false, problems: entries };
  return { ok: true, settings: settings.data };
}
