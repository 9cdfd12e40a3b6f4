import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS } from './keys';
import { SETTINGS_MIGRATIONS } from './migrations';
import { SETTINGS_VERSION, type Dismissal, type UserSettings } from './schema';

/**
 * The storage items. Each carries a version; a change of shape adds a migration (migrations.ts) instead of a
 * rewrite. Only this folder touches storage.
 */

/** The user's own layer of the settings, sparse: see schema.ts. */
export const userSettingsItem = storage.defineItem<UserSettings>(`local:${STORAGE_KEYS.userSettings}`, {
  fallback: {},
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** Stored settings that could not be read, kept as they were so the user can export them. */
export interface UnreadableSettings {
  /** Milliseconds since the epoch. */
  at: number;
  /** The version the stored copy says it has. */
  version: number;
  /** Fields that could not be read, or `(all)`. */
  fields: string[];
  value: unknown;
}

export const unreadableSettingsItem = storage.defineItem<UnreadableSettings | null>(`local:${STORAGE_KEYS.unreadableSettings}`, {
  fallback: null,
  version: 1,
});

/** The organisation policy as last read from managed storage: stands in while a slow first read is under way. */
export const policyCopyItem = storage.defineItem<Record<string, unknown> | null>(`local:${STORAGE_KEYS.policyCopy}`, {
  fallback: null,
  version: 1,
});

export const dismissalsItem = storage.defineItem<Dismissal[]>(`local:${STORAGE_KEYS.dismissals}`, {
  fallback: [],
  version: 1,
});
