import { browser } from 'wxt/browser';
import { dismissalsItem, policyCopyItem, unreadableSettingsItem, userSettingsItem, type UnreadableSettings } from './items';
import { EMPTY_POLICY, mergeSettings, parsePolicy, type Policy } from './policy';
import {
  dismissalsSchema,
  MAX_DISMISSALS,
  readUserSettings,
  SETTINGS_VERSION,
  userSettingsSchema,
  type Dismissal,
  type SettingName,
  type Settings,
  type UserSettings,
} from './schema';

export {
  DEFAULT_SETTINGS,
  SENSITIVITIES,
  SETTING_NAMES,
  TERM_LANGUAGES,
  type Dismissal,
  type SecurityOfficer,
  type Sensitivity,
  type SettingName,
  type Settings,
  type TermChange,
  type UserSettings,
} from './schema';
export { POLICY_KEYS, type Policy } from './policy';
export type { UnreadableSettings } from './items';
export { isTrustedSender } from './trust';
export { getAdapterReports, recordAdapterReport } from './diagnostics';

/** The one door to the extension's storage: everything reads and writes settings through here. */

/** Everything the options page shows: the combined settings, each layer, and what could not be read. */
export interface SettingsState {
  settings: Settings;
  user: UserSettings;
  policy: Policy;
  unreadable: UnreadableSettings | null;
}

/** A change to a setting the organisation locked. */
export class SettingLockedError extends Error {
  constructor(readonly names: SettingName[]) {
    super(`Locked by your organisation's policy: ${names.join(', ')}`);
    this.name = 'SettingLockedError';
  }
}

/**
 * How long a settings read without a copy of the policy waits for managed storage. Chromium answers within a few
 * milliseconds once it has set managed storage up, and after about 2 s while it does so: a longer wait would only
 * delay the first message after installing.
 */
const POLICY_WAIT_MS = 15;

async function readManagedStorage(): Promise<Record<string, unknown>> {
  try {
    return (await browser.storage.managed.get(null)) as Record<string, unknown>;
  } catch {
    // No policy installed (Firefox without policies.json, or a browser without managed storage).
    return {};
  }
}

/**
 * Brings the copy of the policy in local storage in step with managed storage. The worker calls it when it starts
 * and whenever managed storage changes: it is written the first time (no policy is worth a copy too) and then only on
 * a change, so every `watchSettings` listener hears about a new policy and nothing else. Reading the settings never
 * writes.
 */
export async function refreshPolicyCopy(): Promise<void> {
  const [policy, copy] = await Promise.all([readManagedStorage(), policyCopyItem.getValue()]);
  if (copy === null || JSON.stringify(copy) !== JSON.stringify(policy)) await policyCopyItem.setValue(policy);
}

/**
 * The organisation's policy; empty when none is installed. The copy the worker keeps in local storage answers,
 * because managed storage can be slow: Chromium sets it up on its first use after the browser starts (seconds), and
 * even a worker that has just woken often waits tens of milliseconds, on the way to a banner. Right after installing
 * there is no copy yet: a read waits a little for managed storage, and counts the policy as empty if it is slower
 * (and reads after it do not wait while it is still slow). A locked setting cannot slip through meanwhile: a user
 * value of it never counts once it is locked.
 */
export async function readPolicy(): Promise<Policy> {
  const raw = (await policyCopyItem.getValue()) ?? (await managedPolicyRead.readBriefly()) ?? {};
  return raw && Object.keys(raw).length > 0 ? parsePolicy(raw) : EMPTY_POLICY;
}

/**
 * Reads of managed storage when there is no copy. A read that was too slow to wait for is remembered while it is
 * under way, and reads meanwhile do not wait again: Chromium answers them all once it has set managed storage up,
 * and until then each wait would only add its delay.
 */
class ManagedPolicyRead {
  private slowRead: Promise<unknown> | null = null;

  async readBriefly(): Promise<Record<string, unknown> | null> {
    if (this.slowRead) return null;
    const read = readManagedStorage();
    const answer = await Promise.race([read, new Promise<null>((resolve) => setTimeout(() => resolve(null), POLICY_WAIT_MS))]);
    if (answer === null) {
      this.slowRead = read;
      void read.finally(() => {
        if (this.slowRead === read) this.slowRead = null;
      });
    }
    return answer;
  }
}

const managedPolicyRead = new ManagedPolicyRead();

/**
 * Keeps a stored copy that could not be read, so the user can export it; nothing is silently lost. A copy already
 * kept stays until the user discards it: a later write must not replace what could not be read first.
 */
async function keepUnreadable(value: unknown, version: number, fields: string[]): Promise<void> {
  if (await unreadableSettingsItem.getValue()) return;
  await unreadableSettingsItem.setValue({ at: Date.now(), version, fields, value });
}

/** Stores the user's layer under the current version, also over a copy from a newer version (kept aside on reading). */
export async function writeUser(next: UserSettings): Promise<void> {
  await userSettingsItem.setValue(next);
  await userSettingsItem.setMeta({ v: SETTINGS_VERSION });
}

/** Changes that run one at a time, each on what the one before it stored: two quick clicks both count. */
class OneAtATime {
  private last: Promise<unknown> = Promise.resolve();

  run<T>(change: () => Promise<T>): Promise<T> {
    const result = this.last.then(change);
    this.last = result.catch(() => undefined);
    return result;
  }
}

/** Every write of settings in this context goes through this queue. */
const settingsWrites = new OneAtATime();

export function serialized<T>(change: () => Promise<T>): Promise<T> {
  return settingsWrites.run(change);
}

/** The user's layer; a copy from a newer version or with unreadable fields is kept aside and the rest used. */
export async function readUser(): Promise<UserSettings> {
  const [stored, meta] = await Promise.all([userSettingsItem.getValue(), userSettingsItem.getMeta()]);
  const storedVersion = (meta as { v?: unknown }).v;
  const version = typeof storedVersion === 'number' ? storedVersion : 1;
  if (version > SETTINGS_VERSION) {
    await keepUnreadable(stored, version, ['(all)']);
    return {};
  }
  const { settings, invalid } = readUserSettings(stored);
  if (invalid.length > 0) await keepUnreadable(stored, version, invalid);
  return settings;
}

export async function getSettingsState(): Promise<SettingsState> {
  const [user, policy] = await Promise.all([readUser(), readPolicy()]);
  return { settings: mergeSettings(user, policy), user, policy, unreadable: await unreadableSettingsItem.getValue() };
}

/** The settings every part of the extension works with: defaults, then the organisation's policy, then the user. */
export async function getSettings(): Promise<Settings> {
  // Not through getSettingsState: the copy kept aside is for the options page, and reading it costs the analysis of
  // a message one more round trip to storage.
  const [user, policy] = await Promise.all([readUser(), readPolicy()]);
  return mergeSettings(user, policy);
}

/**
 * Changes the user's own settings and returns the combined result. `change` is either the new values or a function
 * from the stored settings to them (for lists: add to what is stored now, not to what a page last showed). Refuses
 * (with `SettingLockedError`) a change to a locked setting; a storage error (such as a full quota) is passed on to
 * the caller to show, never swallowed.
 */
export function updateSettings(change: UserSettings | ((current: UserSettings) => UserSettings)): Promise<Settings> {
  return serialized(async () => {
    const [user, policy] = await Promise.all([readUser(), readPolicy()]);
    const changes = typeof change === 'function' ? change(user) : change;
    const locked = (Object.keys(changes) as SettingName[]).filter((name) => policy.locked.includes(name));
    if (locked.length > 0) throw new SettingLockedError(locked);
    const next = userSettingsSchema.parse({ ...user, ...changes });
    await writeUser(next);
    return mergeSettings(next, policy);
  });
}

/** Removes the user's own value of each setting, so the policy's or the default applies again. */
export function resetSettings(names: SettingName[]): Promise<Settings> {
  return serialized(async () => {
    const [user, policy] = await Promise.all([readUser(), readPolicy()]);
    const next: Record<string, unknown> = { ...user };
    for (const name of names) delete next[name];
    await writeUser(next as UserSettings);
    return mergeSettings(next as UserSettings, policy);
  });
}

/**
 * Calls `onChange` with the combined settings whenever the user's settings or the policy change, in any context (a
 * new policy reaches it through the copy the worker refreshes).
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const changed = () => void getSettings().then(onChange);
  const unwatchUser = userSettingsItem.watch(changed);
  const unwatchPolicyCopy = policyCopyItem.watch(changed);
  return () => {
    unwatchUser();
    unwatchPolicyCopy();
  };
}

/** Calls `onChange` when the organisation's policy in managed storage changes (for the worker, which keeps its copy). */
export function watchManagedPolicy(onChange: () => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export function trustSender(address: string): Promise<Settings> {
  return updateSettings((user) => ({ trustedSenders: [...(user.trustedSenders ?? []), address] }));
}

export async function getDismissals(): Promise<Dismissal[]> {
  return dismissalsSchema.parse(await dismissalsItem.getValue());
}

/**
 * Remembers that the user closed the banner of this message; the list keeps the newest `MAX_DISMISSALS`. Serialised
 * like every other write: two quick dismissals each keep theirs.
 */
export function dismissMessage(id: string, now: number = Date.now()): Promise<void> {
  return serialized(async () => {
    const kept = (await getDismissals()).filter((dismissal) => dismissal.id !== id);
    kept.push({ id, at: now });
    await dismissalsItem.setValue(kept.slice(-MAX_DISMISSALS));
  });
}
