import * as z from 'zod/mini';
import {
  DEFAULT_SETTINGS,
  domainNames,
  termKey,
  SENSITIVITIES,
  SETTING_NAMES,
  termChangeSchema,
  type SettingName,
  type Settings,
  type TermChange,
  type UserSettings,
} from './schema';

/**
 * The organisation's policy, set by an administrator through managed storage (Chrome: `managed_schema.json` and
 * enterprise policy; Firefox: the `3rdparty` section of `policies.json`). Keys are flat so both policy systems can
 * express them; README.md lists them.
 */
export const POLICY_KEYS = [
  'enabled',
  'sensitivity',
  'securityOfficerName',
  'securityOfficerAddress',
  'organisationDomains',
  'trustedDomains',
  'extraTerms',
  'highlightEvidence',
  'lockedSettings',
] as const;

const domains = z.array(z.string());

/** Each key is read on its own: one mistyped key in a policy must not cost the organisation the others. */
const policyFields = {
  enabled: z.boolean(),
  sensitivity: z.enum(SENSITIVITIES),
  securityOfficerName: z.string(),
  securityOfficerAddress: z.string(),
  organisationDomains: domains,
  trustedDomains: domains,
  // Each term is checked on its own below; one mistyped entry costs only itself.
  extraTerms: z.array(z.unknown()),
  highlightEvidence: z.boolean(),
  lockedSettings: z.array(z.string()),
} satisfies Record<(typeof POLICY_KEYS)[number], z.core.$ZodType>;

export interface Policy {
  enabled?: boolean;
  sensitivity?: Settings['sensitivity'];
  securityOfficer?: Settings['securityOfficer'];
  organisationDomains?: string[];
  trustedDomains?: string[];
  extraTerms?: TermChange[];
  highlightEvidence?: boolean;
  /** Settings the user cannot change. */
  locked: SettingName[];
  /** Policy keys that were set but could not be read. */
  invalid: string[];
}

export const EMPTY_POLICY: Policy = { locked: [], invalid: [] };

/** Reads the raw managed-storage object into a `Policy`; unknown or malformed keys are listed, not fatal. */
export function parsePolicy(raw: Record<string, unknown>): Policy {
  const read: Partial<{ [K in keyof typeof policyFields]: z.infer<(typeof policyFields)[K]> }> = {};
  const invalid: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const field = (policyFields as Record<string, z.core.$ZodType>)[key];
    const result = field ? z.safeParse(field, value) : null;
    if (result?.success) (read as Record<string, unknown>)[key] = result.data;
    else invalid.push(key);
  }
  const locked: SettingName[] = [];
  for (const listed of read.lockedSettings ?? []) {
    // Policies written before version 3 lock the switched-off defaults under their old name.
    const name = listed === 'removedTerms' ? 'disabledRules' : listed;
    if ((SETTING_NAMES as string[]).includes(name)) locked.push(name as SettingName);
    else invalid.push(`lockedSettings: ${listed}`);
  }
  const extraTerms: TermChange[] = [];
  (read.extraTerms ?? []).forEach((entry, index) => {
    const term = z.safeParse(termChangeSchema, entry);
    if (term.success) extraTerms.push(term.data);
    else invalid.push(`extraTerms[${index}]`);
  });
  if (read.securityOfficerName?.trim() && !read.securityOfficerAddress?.trim()) {
    invalid.push('securityOfficerName (no securityOfficerAddress)');
  }
  const policy: Policy = { locked, invalid };
  if (read.enabled !== undefined) policy.enabled = read.enabled;
  if (read.sensitivity !== undefined) policy.sensitivity = read.sensitivity;
  if (read.securityOfficerAddress?.trim()) {
    policy.securityOfficer = {
      name: read.securityOfficerName?.trim() ?? '',
      address: read.securityOfficerAddress.trim(),
    };
  }
  if (read.organisationDomains) policy.organisationDomains = domainNames(read.organisationDomains);
  if (read.trustedDomains) policy.trustedDomains = domainNames(read.trustedDomains);
  if (read.extraTerms) policy.extraTerms = extraTerms;
  if (read.highlightEvidence !== undefined) policy.highlightEvidence = read.highlightEvidence;
  return policy;
}

function union<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/**
 * Defaults ⊕ policy ⊕ user. A single value comes from the user when they set it and it is not locked, else from the
 * policy, else the default. Lists join the policy's entries and the user's (only the policy's when locked): the
 * organisation's trusted domains and terms cannot be removed by the user.
 */
export function mergeSettings(user: UserSettings, policy: Policy): Settings {
  const locked = new Set(policy.locked);
  const own = <K extends SettingName>(name: K): UserSettings[K] | undefined => (locked.has(name) ? undefined : user[name]);

  const single = <K extends 'enabled' | 'sensitivity' | 'securityOfficer' | 'highlightEvidence'>(name: K): Settings[K] =>
    (own(name) ?? policy[name] ?? DEFAULT_SETTINGS[name]) as Settings[K];

  return {
    enabled: single('enabled'),
    sensitivity: single('sensitivity'),
    securityOfficer: single('securityOfficer'),
    highlightEvidence: single('highlightEvidence'),
    trustedSenders: own('trustedSenders') ?? [],
    trustedDomains: union([...(policy.trustedDomains ?? []), ...(own('trustedDomains') ?? [])], (domain) => domain),
    organisationDomains: union(
      [...(policy.organisationDomains ?? []), ...(own('organisationDomains') ?? [])],
      (domain) => domain,
    ),
    addedTerms: union([...(policy.extraTerms ?? []), ...(own('addedTerms') ?? [])], termKey),
    disabledRules: own('disabledRules') ?? [],
    selfHostedHosts: own('selfHostedHosts') ?? [],
    locked: [...policy.locked],
  };
}
