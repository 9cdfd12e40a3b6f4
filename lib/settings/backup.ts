import { exportSettingsFile, parseSettingsFile, type ImportProblem } from './import-export';
import { unreadableSettingsItem } from './items';
import { mergeSettings } from './policy';
import { readPolicy, readUser, serialized, writeUser, type Settings } from './index';

/**
 * Settings to and from files, for the options page only (kept apart so the webmail content script does not carry
 * the file checks).
 */

export type { ImportProblem } from './import-export';

/** The user's own settings as a JSON file; the organisation's policy is not part of it. */
export async function exportSettings(now?: Date): Promise<string> {
  return exportSettingsFile(await readUser(), now);
}

/** The unreadable copy, as found, for the user to keep or send to whoever supports them. */
export async function exportUnreadableSettings(): Promise<string | null> {
  const kept = await unreadableSettingsItem.getValue();
  return kept && `${JSON.stringify(kept, null, 2)}\n`;
}

export async function discardUnreadableSettings(): Promise<void> {
  await unreadableSettingsItem.removeValue();
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; problems: ImportProblem[] };

/** Replaces the user's settings with those in `text`, or, when anything in it is wrong, changes nothing. */
export async function importSettings(text: string): Promise<ImportResult> {
  const parsed = parseSettingsFile(text);
  if (!parsed.ok) return parsed;
  await serialized(() => writeUser(parsed.settings));
  return { ok: true, settings: mergeSettings(parsed.settings, await readPolicy()) };
}
