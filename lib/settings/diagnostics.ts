import { storage } from 'wxt/utils/storage';
import type { AdapterReport } from '../webmail/types';

/**
 * The last selector report of each adapter, kept on this device for a diagnostics view: it lets a user
 * see (and report by hand) which selectors stopped matching, without anything being sent anywhere.
 */
const adapterReportsItem = storage.defineItem<Record<string, AdapterReport>>('local:adapterReports', {
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

/** Which selector matched for each field: a new report is only worth storing when this changes. */
export function reportSignature(report: AdapterReport): string {
  return report.fields.map((field) => `${field.field}=${field.matched ?? '-'}`).join('|');
}
