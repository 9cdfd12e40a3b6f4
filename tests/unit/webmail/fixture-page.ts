import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { createReport } from '../../../lib/webmail/selectors';
import type { OpenMessage, WebmailAdapter } from '../../../lib/webmail/types';
import type { AdapterReport } from '../../../lib/model';

const FIXTURES = resolve(__dirname, '../../fixtures/webmail');

// jsdom ships no type declarations (and @types/jsdom is not a dependency): this is the part used here.
interface JsdomModule {
  JSDOM: new (html: string, options: { url: string; runScripts?: 'dangerously' }) => { window: Window };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as JsdomModule;

export function fixtureHtml(adapter: string, file: string): string {
  return readFileSync(resolve(FIXTURES, adapter, file), 'utf8');
}

/** A fixture page loaded at its real webmail URL; `scripts` runs its inline scripts (navigation, Proton's frame). */
export function loadFixture(adapter: string, file: string, url: string, scripts = false): Document {
  const dom = new JSDOM(fixtureHtml(adapter, file), { url, ...(scripts ? { runScripts: 'dangerously' as const } : {}) });
  return dom.window.document;
}

export function pageFrom(html: string, url = 'https://mail.example.org/'): Document {
  return new JSDOM(html, { url }).window.document;
}

export async function read(
  adapter: WebmailAdapter,
  doc: Document,
): Promise<{ messages: OpenMessage[]; report: AdapterReport }> {
  const report = createReport(adapter.id, 0);
  return { messages: await adapter.openMessages(doc, report), report };
}

/** Name of the selector that matched `field`, or null; throws when the field was never looked up. */
export function matchedSelector(report: AdapterReport, field: string): string | null {
  const entries = report.fields.filter((entry) => entry.field === field);
  if (entries.length === 0) throw new Error(`field ${field} was not looked up`);
  return entries.find((entry) => entry.matched !== null)?.matched ?? null;
}

export function missingFields(report: AdapterReport): string[] {
  return report.fields.filter((entry) => entry.matched === null && !entry.optional).map((entry) => entry.field);
}

/** The banner must never sit inside the mail HTML, which could imitate it. */
export function anchorIsOutsideBody(message: OpenMessage): boolean {
  const { element, position } = message.anchor;
  // Before or after the body element itself is outside it; prepending into it is not.
  const besideBody = element === message.body && position !== 'prepend';
  return besideBody || !message.body.contains(element);
}
