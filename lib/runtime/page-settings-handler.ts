import * as z from 'zod/mini';
import { dismissMessage, getDismissals, getSettings, recordAdapterReport, trustSender } from '../settings';
import type { PageChange, PageSettings } from './protocol';

const fieldReportSchema = z.object({
  field: z.string(),
  matched: z.nullable(z.string()),
  tried: z.number(),
  optional: z.optional(z.boolean()),
});

const pageChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dismiss'), id: z.string().check(z.minLength(1)) }),
  z.object({ kind: z.literal('trust-sender'), address: z.string().check(z.minLength(3)) }),
  z.object({
    kind: z.literal('adapter-report'),
    report: z.object({
      adapter: z.string(),
      at: z.number(),
      fields: z.array(fieldReportSchema),
      reader: z.optional(z.enum(['adapter', 'heuristic'])),
    }),
  }),
]);

export function isPageSettingsRequest(value: unknown): boolean {
  return (value as { type?: unknown } | null)?.type === 'waakzaam:page-settings';
}

export function isPageChangeRequest(value: unknown): boolean {
  return (value as { type?: unknown } | null)?.type === 'waakzaam:page-change';
}

/** What a webmail page needs to decide about banners: the combined settings and the dismissed messages. */
export async function answerPageSettings(): Promise<PageSettings> {
  const [settings, dismissals] = await Promise.all([getSettings(), getDismissals()]);
  return { settings, dismissed: dismissals.map((dismissal) => dismissal.id) };
}

/** Stores what a page asks to store, after checking its shape; a malformed request is refused with a clear error. */
export async function applyPageChange(request: unknown): Promise<void> {
  const parsed = z.safeParse(pageChangeSchema, (request as { change?: unknown } | null)?.change);
  if (!parsed.success) throw new Error('waakzaam:page-change request is malformed');
  const change: PageChange = parsed.data;
  switch (change.kind) {
    case 'dismiss':
      return dismissMessage(change.id);
    case 'trust-sender':
      await trustSender(change.address);
      return;
    case 'adapter-report':
      return recordAdapterReport(change.report);
  }
}
