import type { Page } from '@playwright/test';
import type { LaunchedBrowser } from './browser';
import { OfflineNetwork } from './offline-network';
import { DEMO_INBOX_URL, demoInboxPage } from './pages';

/** A message as the demo inbox takes it (`window.demoInbox.add`). */
export interface DemoMessage {
  id: string;
  from: { name: string; address: string };
  subject: string;
  date: string;
  body: readonly string[];
}

/** The demo inbox served offline in a new tab, with `message` added to it and open. */
export async function openInDemoInbox(browser: LaunchedBrowser, message: DemoMessage): Promise<{ webmail: Page; network: OfflineNetwork }> {
  const network = await OfflineNetwork.install(browser.context);
  network.serve(DEMO_INBOX_URL, { body: demoInboxPage() });
  const webmail = await browser.context.newPage();
  await webmail.goto(`${DEMO_INBOX_URL}#inbox`);
  await webmail.evaluate((added) => {
    (window as unknown as { demoInbox: { add(message: object): void } }).demoInbox.add(added);
    location.hash = `inbox/${added.id}`;
  }, message);
  return { webmail, network };
}
