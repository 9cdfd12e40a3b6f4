import { storage } from 'wxt/utils/storage';
import { STORAGE_KEYS } from './keys';
import type { AdapterReport } from '../model';

/**
 * The last selector report of each adapter, kept on this device for a diagnostics view: it lets a user
 * see (and report by hand) which selectors stopped matching, without anything being sent anywhere.
 */
const adapterReportsItem = storage.defineItem<Record<string, AdapterReport>>(`local:${STORAGE_KEYS.adapterReports}`, {
  fallback: {},
  version: 1,
});

export async function getAdapterReports(): Promise<Record<string, AdapterReport>> {
  return adapterReportsItem.getValue();
}

export async function recordAdapterReport(report: AdapterReport): Promise<void> {
  const reports = await adapterReportsItem.getValue();
  await adapterReportsItem.setValue({ ...reports, [report.adapter]: report });
}

