/**
 * The storage keys the settings module keeps its items under. Webmail pages do not read storage themselves (the
 * worker answers them, see lib/runtime/page-settings.ts); they only watch these keys to know when to ask again.
 */
export const STORAGE_KEYS = {
  userSettings: 'settings',
  unreadableSettings: 'settingsUnreadable',
  policyCopy: 'policyCopy',
  dismissals: 'dismissals',
  adapterReports: 'adapterReports',
} as const;

/** A change under one of these keys (or to the managed policy) can change what a webmail page shows. */
export const PAGE_SETTING_KEYS: readonly string[] = [STORAGE_KEYS.userSettings, STORAGE_KEYS.policyCopy, STORAGE_KEYS.dismissals];
