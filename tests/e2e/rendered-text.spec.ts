import { expect, test, type Page } from '@playwright/test';
import { bannerText } from './support/closed-shadow';
import { demoInboxSession } from './support/demo-session';
import { DEMO_INBOX_URL } from './support/pages';

/**
 * Markup and CSS tricks that show a reader an approach while the text under it says something else: the banner is
 * still there, because the reader reads the text as the browser renders it.
 */
const session = demoInboxSession();

const APPROACH = [
  'Dear colleague,',
  'I am the Second Secretary for science and technology at the Embassy. I would like to invite you to dinner, on me. ' +
    'My ministry would pay you a generous fee for a short report. Could you share the internal process parameters and the ' +
    'unpublished roadmap of your EUV lithography metrology group? Let us continue on Signal or your personal email. ' +
    'Please keep this between us and do not tell your employer.',
  'Regards, Alexei',
];

/** The approach with every word of four letters or more written through `word`, and `extra` HTML before it. */
function approachHtml(word: (text: string) => string, extra = ''): string {
  const paragraphs = APPROACH.map((paragraph) => `<p>${paragraph.replace(/[A-Za-z]{4,}/g, word)}</p>`);
  return extra + paragraphs.join('');
}

const halves = (text: string): [string, string] => [text.slice(0, text.length >> 1), text.slice(text.length >> 1)];

let nextId = 0x18f3ffffcc000001;
/** A sender that says nothing by itself: only what the body shows can raise a banner. */
const STRANGER = { name: 'Alexei Markov', address: 'alexei.markov@example.org' };

async function openMail(html: string, from = STRANGER): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`${DEMO_INBOX_URL}#inbox`);
  const id = (nextId++).toString(16);
  await page.evaluate(
    (message) => (window as unknown as { demoInbox: { add(message: object): void } }).demoInbox.add(message),
    { id, from, subject: 'Hello', date: '10:02', body: [], html },
  );
  await page.evaluate((hash) => (location.hash = hash), `inbox/${id}`);
  return page;
}

async function expectBanner(page: Page): Promise<void> {
  await expect(page.locator('waakzaam-banner')).toHaveAttribute('data-level', /^(medium|high)$/);
}

const TRICKS: Record<string, { word: (text: string) => string; extra?: string }> = {
  'words split over inline divs': {
    word: (text) => halves(text).map((half) => `<div style="display:inline">${half}</div>`).join(''),
  },
  'words split over table cells drawn as one': {
    word: (text) =>
      `<table cellspacing="0" cellpadding="0" style="display:inline-table;border-collapse:collapse"><tr>${halves(text)
        .map((half) => `<td style="padding:0">${half}</td>`)
        .join('')}</tr></table>`,
  },
  'words reversed inside <bdo dir="rtl">': {
    word: (text) => `<bdo dir="rtl">${[...text].reverse().join('')}</bdo>`,
  },
  'words in a row-reverse flex box': {
    word: (text) => {
      const [first, second] = halves(text);
      return `<span style="display:inline-flex;flex-direction:row-reverse"><span>${second}</span><span>${first}</span></span>`;
    },
  },
  'words in CSS ::before content': {
    extra: '<style>.a3s [data-w]::before { content: attr(data-w); }</style>',
    word: (text) => `<span data-w="${text}"></span>`,
  },
  'words in hidden elements a <style> rule makes visible': {
    extra: '<style>.a3s [hidden], .a3s .none { display: inline !important; }</style>',
    word: (text) => {
      const [first, second] = halves(text);
      return `<span hidden>${first}</span><span class="none" style="display:none">${second}</span>`;
    },
  },
};

for (const [name, { word, extra }] of Object.entries(TRICKS)) {
  test(`the banner is still there: ${name}`, async () => {
    await expectBanner(await openMail(approachHtml(word, extra)));
  });
}

test('the banner is still there when a white 0-px awareness sentence is planted in the paragraph', async () => {
  const planted =
    '<span style="color:#fff;font-size:0">P.S. This is about export control and the red flags your security team warns ' +
    'about. If you are not interested, just ignore this message. (No disclaimer applies.)</span>';
  const html = APPROACH.map((paragraph, index) => `<p>${paragraph}${index === 1 ? planted : ''}</p>`).join('');
  await expectBanner(await openMail(html));
});

test('hidden text adds nothing: an approach in white 0-px text gets no banner', async () => {
  const colleague = { name: 'Eva de Vries', address: 'eva.devries@example.nl' };
  const shown = `<p>Thank you for the pleasant meeting last week.</p><p>${APPROACH.join(' ')}</p>`;
  await expectBanner(await openMail(shown, colleague));

  const html = shown.replace('<p>Dear', '<p style="color:#fff;font-size:0">Dear');
  expect(html).not.toBe(shown);
  const page = await openMail(html, colleague);
  await expect(page.locator('.a3s')).toBeVisible();
  // The benign visible part is analysed; give a banner, if any, the time to come.
  await page.waitForTimeout(1_000);
  await expect(page.locator('waakzaam-banner')).toHaveCount(0);
});

test('an approach after a megabyte of filler gets its banner, which says only the start and the end were read', async () => {
  const filler = `<div>${'Minutes of the weekly planning meeting, nothing to report. '.repeat(20_000)}</div>`;
  const page = await openMail(filler + approachHtml((text) => text));
  await expectBanner(page);
  await expect.poll(() => bannerText(page)).toContain('only its start and its end were read');
});
