import { expect, test, type Page } from '@playwright/test';
import { launchBrowser, type LaunchedBrowser } from './support/browser';
import { analysedState } from './support/tab-state';
import { openInDemoInbox } from './support/demo-message';

/** Reads every key in the extension's local storage, from the service worker. */
async function storedLocal(browser: LaunchedBrowser): Promise<Record<string, unknown>> {
  return browser.worker!.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { get(keys: null): Promise<object> } } } }).chrome;
    return (await chrome.storage.local.get(null)) as Record<string, unknown>;
  });
}

async function openExtensionPage(browser: LaunchedBrowser, page: string): Promise<Page> {
  const opened = await browser.context.newPage();
  await opened.goto(`chrome-extension://${browser.extensionId}/${page}`);
  await expect(opened.locator('h1')).toBeVisible();
  return opened;
}

const LANGUAGES = [
  {
    lang: 'en-US',
    optionsTitle: 'Waakzaam options',
    sections: ['Protection', 'Security officer', 'Keywords', 'Try a message', 'Import and export', 'Sender history'],
    popupSwitch: 'Warn me about suspicious messages',
  },
  {
    lang: 'nl',
    optionsTitle: 'Instellingen van Waakzaam',
    sections: ['Bescherming', 'Security officer', 'Trefwoorden', 'Een bericht uitproberen', 'Importeren en exporteren', 'Afzendergeschiedenis'],
    popupSwitch: 'Waarschuw mij voor verdachte berichten',
  },
];

for (const expected of LANGUAGES) {
  test(`popup and options render in the browser language: ${expected.lang}`, async () => {
    const browser = await launchBrowser({ lang: expected.lang });
    const options = await openExtensionPage(browser, 'options.html');
    await expect(options.locator('h1')).toHaveText(expected.optionsTitle);
    for (const title of expected.sections) await expect(options.getByRole('heading', { name: title, exact: true })).toBeVisible();
    // A message key shown instead of its text means a string missing from that language's file.
    expect(await options.locator('body').innerText()).not.toMatch(/\b(options|popup|banner|guidance)\.[a-z]+/);
    expect(await options.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${expected.lang.slice(0, 2)}`));

    const popup = await openExtensionPage(browser, 'popup.html');
    await expect(popup.getByLabel(expected.popupSwitch)).toBeChecked();
    expect(await popup.locator('body').innerText()).not.toMatch(/\b(options|popup|banner|guidance)\.[a-z]+/);
    await browser.context.close();
  });
}

/** Offers money and moves to a messenger the default terms do not know: low, until the user adds that messenger. */
// An ordinary keynote invitation with a fee: one sign, no banner; the user's term makes the messenger a second.
const SIMPLEX_MESSAGE = {
  id: 'opt00001',
  from: { name: 'Lena Wang', address: 'l.wang.research@gmail.com' },
  subject: 'Your keynote in Delft',
  date: '10:12',
  body: [
    'Dear Dr. Jansen,',
    'Thank you for agreeing to give the keynote at the Lithography Days in Delft on 12 March. We will pay you a fee of EUR 1,500 for the keynote. The programme and the room plan are attached.',
    // Not "SimpleX is easiest for me": the fitted reading knows that shape for any messenger's name. And no travel booked
    // beside the fee: since session 16's refit the fitted reading takes fee and travel together for a paid lecture trip.
    'I will be on SimpleX during the conference week.',
    'Kind regards,\nLena Wang\nProgramme chair',
  ],
};

test('a term added in the options page turns the banner on, and removing it turns it off, without a reload', async () => {
  const browser = await launchBrowser();
  const { webmail, network } = await openInDemoInbox(browser, SIMPLEX_MESSAGE);
  const before = await analysedState(browser.worker!, 1);
  expect(before.messages[0]!.analysis.level).toBe('low');
  await expect(webmail.locator('waakzaam-banner')).toHaveCount(0);

  const options = await openExtensionPage(browser, 'options.html');
  await options.locator('#keyword-category').selectOption('private-channel');
  await options.locator('#keyword-language').selectOption('en');
  await options.locator('#keyword-terms-input').fill('SimpleX');
  await options.locator('#keywords').getByRole('button', { name: 'Add', exact: true }).click();
  await expect(options.locator('#keyword-terms-list')).toContainText('SimpleX');

  const banner = webmail.locator('waakzaam-banner[data-level]');
  await expect(banner).toHaveCount(1);
  await expect(banner).toHaveAttribute('data-level', /^(medium|high)$/);
  await expect(banner).toHaveAttribute('data-signals', /private-channel/);

  await options.getByRole('button', { name: 'Remove SimpleX' }).click();
  await expect(options.locator('#keyword-terms-list')).not.toContainText('SimpleX');
  await expect(webmail.locator('waakzaam-banner')).toHaveCount(0);
  expect(network.escaped, 'requests that tried to leave the browser').toEqual([]);
  await browser.context.close();
});

test('an invalid import shows what is wrong and where, and changes nothing', async () => {
  const browser = await launchBrowser();
  const options = await openExtensionPage(browser, 'options.html');
  await options.locator('#organisation-domains-input').fill('example-chips.nl');
  await options.locator('#organisation').getByRole('button', { name: 'Add', exact: true }).click();
  await expect(options.locator('#organisation-domains-list')).toContainText('example-chips.nl');
  const storedBefore = await storedLocal(browser);

  const invalid = { format: 'waakzaam-settings', version: 2, settings: { sensitivity: 'paranoid', organisationDomains: [] } };
  await options.locator('#import-settings').setInputFiles({
    name: 'invalid-settings.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(invalid)),
  });
  await expect(options.locator('#backup-status')).toContainText('was not imported, and nothing changed');
  await expect(options.locator('#backup-status')).toHaveAttribute('role', 'alert');
  await expect(options.locator('#import-problems')).toContainText('settings.sensitivity');
  expect(await storedLocal(browser)).toEqual(storedBefore);
  await expect(options.locator('#organisation-domains-list')).toContainText('example-chips.nl');
  await browser.context.close();
});
