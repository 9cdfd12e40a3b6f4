import { dismissalsItem, settingsItem } from './items';
import { dismissalsSchema, MAX_DISMISSALS, settingsSchema, type Dismissal, type Settings } from './schema';

export { DEFAULT_SETTINGS, SENSITIVITIES, type Dismissal, type SecurityOfficer, type Sensitivity, type Settings } from './schema';
export { domainOf, isTrustedSender } from './trust';

/** The one door to the extension's storage: everything reads and writes settings through here. */

export async function getSettings(): Promise<Settings> {
  return settingsSchema.parse(await settingsItem.getValue());
}

/** Merges `changes` into the stored settings and returns the result as stored. */
export async function updateSettings(changes: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await getSettings()), ...changes });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `onChange` with the new settings whenever they change, in any part of the extension. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((stored) => onChange(settingsSchema.parse(stored)));
}

export async function trustSender(address: string): Promise<Settings> {
  const settings = await getSettings();
  return updateSettings({ trustedSenders: [...settings.trustedSenders, address] });
}

export async function trustDomain(domain: string): Promise<Settings> {
  const settings = await getSettings();
  return updateSettings({ trustedDomains: [...settings.trustedDomains, domain.replace(/^@/, '')] });
}

export async function getDismissals(): Promise<Dismissal[]> {
  return dismissalsSchema.parse(await dismissalsItem.getValue());
}

/** Remembers that the user closed the banner of this message; the list keeps the newest `MAX_DISMISSALS`. */
export async function dismissMessage(id: string, now: number = Date.now()): Promise<void> {
  const kept = (await getDismissals()).filter((dismissal) => dismissal.id !== id);
  kept.push({ id, at: now });
  await dismissalsItem.setValue(kept.slice(-MAX_DISMISSALS));
}

export function watchDismissals(onChange: (dismissals: Dismissal[]) => void): () => void {
  return dismissalsItem.watch((stored) => onChange(dismissalsSchema.parse(stored)));
}

export { getAdapterReports, recordAdapterReport, reportSignature } from './diagnostics';
export { clearSenderHistory, senderHistoryLedger } from './sender-history';
