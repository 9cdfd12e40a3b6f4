import * as z from 'zod/mini';
import { CATEGORY_IDS } from '../model';
import { MAX_TERM_CHARS, type TermChange } from '../rules/customize';

export type { TermChange };

/**
 * Three layers make the settings the extension works with: the defaults, the organisation's policy (managed
 * storage, see policy.ts) and what the user chose (local storage). The user's layer is stored sparsely: a setting the
 * user never touched is absent, so the organisation's value applies to it.
 */

export const SENSITIVITIES = ['relaxed', 'standard', 'strict'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const TERM_LANGUAGES = ['en', 'nl'] as const;

/** The version of the stored shape of the user's settings; migrations.ts brings older shapes up to it. */
export const SETTINGS_VERSION = 3;

const addressList = z.pipe(
  z.array(z.string()),
  z.transform((items: string[]) => [...new Set(items.map((item) => item.trim().toLowerCase()).filter(Boolean))]),
);

/** Domains are kept without a leading `@`, so "@asml.com" and "asml.com" are one entry. */
function normaliseDomainName(domain: string): string {
  return domain.trim().toLowerCase().replace(/^@+/, '');
}

export function domainNames(items: string[]): string[] {
  return [...new Set(items.map(normaliseDomainName).filter(Boolean))];
}

const domainList = z.pipe(z.array(z.string()), z.transform(domainNames));

/** One term of one category and language, whatever its case: the same term added twice is one. */
export function termKey(change: TermChange): string {
  return `${change.category}\u0000${change.language}\u0000${change.term.toLowerCase()}`;
}

export const securityOfficerSchema = z.object({
  name: z.string(),
  address: z.string(),
});

export const termChangeSchema = z.object({
  category: z.enum(CATEGORY_IDS),
  language: z.enum(TERM_LANGUAGES),
  term: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TERM_CHARS)),
});

const termList = z.pipe(
  z.array(termChangeSchema),
  z.transform((changes: TermChange[]) => {
    const seen = new Set<string>();
    return changes.filter((change) => {
      const key = termKey(change);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }),
);

/** A default rule's id as the packs write it; ids no longer in the packs are kept, and simply match nothing. */
const ruleIdList = z.pipe(
  z.array(z.string().check(z.regex(/^[A-Z][A-Z0-9_]{1,80}$/))),
  z.transform((ids: string[]) => [...new Set(ids)]),
);

/** Every field of the user's layer; `userSettingsSchema` makes each one optional. */
const userFields = {
  enabled: z.boolean(),
  sensitivity: z.enum(SENSITIVITIES),
  securityOfficer: z.nullable(securityOfficerSchema),
  /** Addresses the user chose to trust ("Trust this sender"). */
  trustedSenders: addressList,
  trustedDomains: domainList,
  /** The reader's own organisation: mail from colleagues counts less. */
  organisationDomains: domainList,
  /** Terms added to the default packs, per category and language. */
  addedTerms: termList,
  /** Ids of default rules the user switched off (e.g. `EN_HOSPITALITY`). */
  disabledRules: ruleIdList,
  /** Hostnames of self-hosted Roundcube installations the user added. */
  selfHostedHosts: addressList,
  highlightEvidence: z.boolean(),
};

export type SettingName = keyof typeof userFields;
export const SETTING_NAMES = Object.keys(userFields) as SettingName[];

/** The user's layer as stored: each field optional, unknown fields refused (an import is checked with this). */
export const userSettingsSchema = z.partial(z.strictObject(userFields));

export type UserSettings = z.infer<typeof userSettingsSchema>;

/** What every part of the extension works with: defaults, policy and the user's choices combined. */
export interface Settings {
  enabled: boolean;
  sensitivity: Sensitivity;
  securityOfficer: SecurityOfficer | null;
  trustedSenders: string[];
  trustedDomains: string[];
  organisationDomains: string[];
  addedTerms: TermChange[];
  disabledRules: string[];
  selfHostedHosts: string[];
  highlightEvidence: boolean;
  /** Settings the organisation's policy locked: the user cannot change them (the options page shows them locked). */
  locked: SettingName[];
}

export type SecurityOfficer = z.infer<typeof securityOfficerSchema>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  sensitivity: 'standard',
  securityOfficer: null,
  trustedSenders: [],
  trustedDomains: [],
  organisationDomains: [],
  addedTerms: [],
  disabledRules: [],
  selfHostedHosts: [],
  highlightEvidence: true,
  locked: [],
});

/**
 * Reads one field of a stored user layer; an unreadable field reads as absent (so the default applies) and is
 * named in `invalid`, which the options page shows.
 */
export function readUserSettings(stored: unknown): { settings: UserSettings; invalid: string[] } {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return { settings: {}, invalid: stored == null ? [] : ['(all)'] };
  }
  const settings: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const [name, value] of Object.entries(stored)) {
    const field = (userFields as Record<string, z.core.$ZodType>)[name];
    if (!field) {
      invalid.push(name);
      continue;
    }
    if (value === undefined) continue;
    const result = z.safeParse(field, value);
    if (result.success) settings[name] = result.data;
    else invalid.push(name);
  }
  return { settings: settings as UserSettings, invalid };
}

/** A message the user closed the banner for, on this device only. */
export const dismissalSchema = z.object({
  id: z.string(),
  /** Milliseconds since the epoch. */
  at: z.number(),
});

export const dismissalsSchema = z.catch(z.array(dismissalSchema), []);

export type Dismissal = z.infer<typeof dismissalSchema>;

/** Enough for months of reading; the oldest dismissal goes first. */
export const MAX_DISMISSALS = 500;
