import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, type Dismissal, type Settings } from './schema';

/**
 * The storage items. Each carries a version so a later change of shape adds a migration
 * (`migrations: { 2: (v1) => … }`) instead of a rewrite. Only this folder touches storage.
 */

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export const dismissalsItem = storage.defineItem<Dismissal[]>('local:dismissals', {
  fallback: [],
  version: 1,
});
