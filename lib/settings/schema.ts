import * as z from 'zod/mini';

/**
 * The user's settings. Every field falls back to its default on its own, so one unreadable field
 * (an older build, a hand edit) never costs the user the rest of their settings.
 */

export const SENSITIVITIES = ['relaxed', 'standard', 'strict'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

const lowerCaseList = z.pipe(
  z.array(z.string()),
  z.transform((items: string[]) => [...new Set(items.map((item) => item.trim().toLowerCase()).filter(Boolean))]),
);

const securityOfficerSchema = z.object({
  name: z.string(),
  address: z.string(),
});

const settingsShape = z.object({
  enabled: z.catch(z.boolean(), true),
  sensitivity: z.catch(z.enum(SENSITIVITIES), 'standard'),
  securityOfficer: z.catch(z.nullable(securityOfficerSchema), null),
  trustedSenders: z.catch(lowerCaseList, []),
  trustedDomains: z.catch(lowerCaseList, []),
  /** Hostnames of self-hosted Roundcube installations the user added. */
  selfHostedHosts: z.catch(lowerCaseList, []),
  highlightEvidence: z.catch(z.boolean(), true),
});

/** Anything that is not an object at all (a corrupted entry) reads as the defaults. */
export const settingsSchema = z.catch(settingsShape, () => settingsShape.parse({}));

export type Settings = z.infer<typeof settingsSchema>;
export type SecurityOfficer = NonNullable<Settings['securityOfficer']>;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

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
