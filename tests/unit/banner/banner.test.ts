// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountBanner, type BannerHandle, type BannerOptions } from '../../../lib/banner';
import { EVIDENCE_MARK_ATTRIBUTE } from '../../../lib/banner/highlight';
import { analysis, elementCounts, evidence, hostileIn, openMessage, signal } from './fixtures';
import { stubGetMessage } from './locale-messages';
import { recordShadowRoots, userClick } from './user-events';

const highAnalysis = () =>
  analysis('high', [
    signal('diplomatic-sender', [evidence('Third Secretary', 'from'), evidence('embassy')], 30),
    signal('sensitive-request', [evidence('unpublished process parameters')], 40),
    signal('payment-offer', [evidence('a generous fee')], 25),
  ]);

const BODY = '<p>Dear colleague,</p><p>As third secretary of the embassy I would value your unpublished process parameters. A generous fee is of course available.</p>';

let ctx: ContentScriptContext;
let handles: BannerHandle[] = [];
const attachShadow = Element.prototype.attachShadow;
let shadowRoots: Map<Element, ShadowRoot>;

function options(overrides: Partial<BannerOptions> = {}): BannerOptions {
  return {
    securityOfficer: { name: 'Sam Security', address: 'security@example.com' },
    highlightEvidence: false,
    onDismiss: vi.fn(),
    onTrustSender: vi.fn(),
    ...overrides,
  };
}

async function mount(...args: Parameters<typeof mountBanner> extends [unknown, ...infer Rest] ? Rest : never) {
  const handle = await mountBanner(ctx, ...args);
  handles.push(handle);
  return handle;
}

function host(): HTMLElement {
  const element = document.querySelector<HTMLElement>('waakzaam-banner');
  if (!element) throw new Error('no banner in the page');
  return element;
}

/** The banner's closed shadow root, as the content script that attached it holds it. */
function shadow(): ShadowRoot {
  const root = shadowRoots.get(host());
  if (!root) throw new Error('banner has no shadow root');
  return root;
}

/**
 * From now on the banner's timers (the highlight, the announcement, putting itself back) wait for `settle`, so a test
 * can say that nothing more is coming instead of sleeping and hoping.
 */
function holdTimers(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
}

/** Runs every timer the banner has set and what they lead to, until none is left. */
async function settle(): Promise<void> {
  await vi.runAllTimersAsync();
}

function button(label: string): HTMLButtonElement {
  const found = [...shadow().querySelectorAll('button')].find((element) => element.textContent === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

beforeEach(async () => {
  fakeBrowser.reset();
  await stubGetMessage('en');
  ctx = new ContentScriptContext('test');
  shadowRoots = recordShadowRoots();
});

afterEach(() => {
  for (const handle of handles) handle.remove();
  handles = [];
  ctx.abort();
  Element.prototype.attachShadow = attachShadow;
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('mountBanner', () => {
  it('puts a <waakzaam-banner> next to the anchor, outside the mail body, with level and signals as attributes', async () => {
    const target = openMessage(BODY);
    await mount(target, highAnalysis(), options());

    const banner = host();
    expect(banner.previousElementSibling).toBe(target.anchor.element);
    expect(target.body.contains(banner)).toBe(false);
    expect(banner.getAttribute('data-level')).toBe('high');
    expect(banner.getAttribute('data-signals')).toBe('diplomatic-sender sensitive-request payment-offer');
  });

  it('moves the banner out of the body when the adapter anchors it inside', async () => {
    const target = openMessage(BODY);
    const paragraph = target.body.querySelector('p')!;
    await mount({ ...target, anchor: { element: paragraph, position: 'before' } }, highAnalysis(), options());

    expect(target.body.contains(host())).toBe(false);
    expect(host().nextElementSibling).toBe(target.body);
  });

  it('honours before and prepend anchors', async () => {
    const target = openMessage(BODY);
    const handle = await mount({ ...target, anchor: { element: target.anchor.element, position: 'before' } }, highAnalysis(), options());
    expect(host().nextElementSibling).toBe(target.anchor.element);
    handle.remove();

    await mount({ ...target, anchor: { element: target.root, position: 'prepend' } }, highAnalysis(), options());
    expect(target.root.firstElementChild).toBe(host());
  });

  it('shows the level in plain words, the summary and the evidence per category as text', async () => {
    await mount(openMessage(BODY), highAnalysis(), options());
    const text = shadow().textContent ?? '';

    expect(text).toContain('High risk: this looks like an approach by an intelligence service');
    expect(text).toContain('A sender presenting as a diplomat asks for “unpublished process data” and offers money.');
    expect(text).toContain('Asks for non-public technical information');
    expect(text).toContain('unpublished process parameters');
    expect(text).toContain('Third Secretary');
    expect(text).toContain('(in the sender)');
  });

  it('says the sender history in its own line, as text, only when the analysis has one', async () => {
    const history = {
      messages: 3,
      firstSeen: new Date(2026, 9, 12, 10).getTime(),
      firstContact: false,
      domainChecked: true,
      earlier: ['payment-offer' as const],
      now: ['sensitive-request' as const],
      requestedObject: '<b>design files</b>',
    };
    const handle = await mount(openMessage(BODY), { ...highAnalysis(), history }, options());
    expect(shadow().querySelector('.history')?.textContent).toBe(
      'Third message from this sender since 12 October 2026. Earlier: an offer of money. Now: a request for “<b>design files</b>”.',
    );
    expect(shadow().querySelector('.history b')).toBeNull();

    handle.update(highAnalysis(), openMessage(BODY));
    expect(shadow().querySelector('.history')).toBeNull();
  });

  it('announces the level to screen readers once, not again when the banner is drawn again, and again when it changes', async () => {
    const target = openMessage(BODY);
    const handle = await mount(target, highAnalysis(), options());
    const region = shadow().querySelector<HTMLElement>('.announcement[role="status"]')!;
    expect(region.getAttribute('aria-live')).toBe('assertive');
    await vi.waitFor(() => expect(region.textContent).toMatch(/^High risk: this looks like an approach by an intelligence service\. A sender presenting as a diplomat/));
    expect(shadow().querySelector('section.banner')?.getAttribute('role')).toBe('region');

    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(region, { childList: true, characterData: true, subtree: true, attributes: true });
    holdTimers();
    handle.update(highAnalysis(), target);
    userClick(button('Why?'));
    await settle();
    vi.useRealTimers();
    expect(shadow().querySelector('.announcement')).toBe(region);
    expect([...changes.splice(0), ...observer.takeRecords()]).toEqual([]);

    handle.update(analysis('medium', [signal('hospitality', [evidence('dinner on me')])]), target);
    await vi.waitFor(() => expect(region.textContent).toMatch(/^Be careful: this message has signs of an approach/));
    expect(region.getAttribute('aria-live')).toBe('polite');
    observer.disconnect();
    expect(host().getAttribute('data-level')).toBe('medium');
    expect(host().getAttribute('data-signals')).toBe('hospitality');
  });

  it('renders sender name and address, subject, summary and evidence as text, creating no element from them', async () => {
    const FIELDS = ['sender name', 'sender address', 'subject', 'summary', 'body evidence'];
    const render = async (fill: (field: string) => string) => {
      const target = openMessage('<p>plain</p>', fill('subject'));
      target.message.from = { name: fill('sender name'), address: fill('sender address') };
      const flagged = analysis(
        'high',
        [
          signal('identity-mismatch', [evidence(fill('sender name'), 'from'), evidence(fill('sender address'), 'from')]),
          signal('secrecy', [evidence(fill('body evidence')), evidence(fill('subject'), 'subject')]),
          signal('sensitive-request', [evidence(fill('summary'))]),
        ],
        fill('summary'),
      );
      const handle = await mount(target, flagged, options());
      const rendered = {
        shadowElements: elementCounts(shadow()),
        pageElements: elementCounts(document),
        text: shadow().textContent ?? '',
        report: decodeURIComponent(shadow().querySelector<HTMLAnchorElement>('a.report')!.href),
      };
      handle.remove();
      return rendered;
    };

    const plain = await render((field) => `plain ${field}`);
    const hostile = await render(hostileIn);

    expect(hostile.shadowElements).toEqual(plain.shadowElements);
    expect(hostile.pageElements).toEqual(plain.pageElements);
    expect(hostile.shadowElements).toMatchObject({ style: 1 });
    expect(hostile.shadowElements.img).toBeUndefined();
    for (const field of FIELDS) expect(hostile.text).toContain(hostileIn(field));
    for (const field of ['sender name', 'sender address', 'subject']) expect(hostile.report).toContain(hostileIn(field));
  });

  it('pins display, visibility and opacity on the host and puts them back when the page changes them', async () => {
    await mount(openMessage(BODY), highAnalysis(), options());
    const banner = host();
    for (const property of ['display', 'visibility', 'opacity']) expect(banner.style.getPropertyPriority(property)).toBe('important');

    banner.style.setProperty('display', 'none', 'important');
    banner.setAttribute('style', 'opacity: 0; visibility: hidden');

    await vi.waitFor(() => expect(banner.style.getPropertyValue('display')).toBe('block'));
    expect(banner.style.getPropertyValue('visibility')).toBe('visible');
    expect(banner.style.getPropertyValue('opacity')).toBe('1');
    expect(banner.style.getPropertyPriority('opacity')).toBe('important');
  });

  it('builds a mailto link to the security officer with every part encoded', async () => {
    const target = openMessage(BODY, 'Visit & "data" #1 ?x=y');
    await mount(target, highAnalysis(), options({ securityOfficer: { name: 'Sam', address: 'sec+ops@example.com' } }));

    const href = shadow().querySelector<HTMLAnchorElement>('a.report')!.getAttribute('href')!;
    expect(href.startsWith('mailto:sec%2Bops@example.com?subject=')).toBe(true);
    const query = href.slice(href.indexOf('?') + 1);
    expect(query.split('&').map((part) => part.split('=')[0])).toEqual(['subject', 'body']);
    expect(query).not.toMatch(/[\s"#<>]/);

    const params = new URLSearchParams(query.replace(/\+/g, '%2B'));
    expect(params.get('subject')).toBe('Possible approach by an intelligence service: Visit & "data" #1 ?x=y');
    const body = params.get('body')!;
    expect(body).toContain('From: Third Secretary Ivanov <ivanov@example.org>');
    expect(body).toContain('Subject: Visit & "data" #1 ?x=y');
    expect(body).toContain('Assessment: High risk: this looks like an approach by an intelligence service');
    expect(body).toContain('Offers money or gifts');
    expect(body).toContain('"a generous fee"');
    expect(body).toContain('\r\n');
  });

  it('explains how to set a security officer when none is set', async () => {
    await mount(openMessage(BODY), highAnalysis(), options({ securityOfficer: undefined }));

    expect(shadow().querySelector('a[href^="mailto:"]')).toBeNull();
    const report = button('Report to security officer');
    expect(report.getAttribute('aria-expanded')).toBe('false');
    userClick(report);
    expect(report.getAttribute('aria-expanded')).toBe('true');
    const help = shadow().getElementById(report.getAttribute('aria-controls')!)!;
    expect(help.hidden).toBe(false);
    expect(help.textContent).toContain("Waakzaam's options");
  });

  it('opens the guidance with a button that reports its state', async () => {
    await mount(openMessage(BODY), highAnalysis(), options());
    const toggle = button('What should I do?');
    const advice = shadow().getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(advice.hidden).toBe(true);

    userClick(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(advice.hidden).toBe(false);
    expect(advice.textContent).toContain('aivd.nl/contact');
    expect(advice.textContent).toContain('079 320 50 50');
    expect(advice.textContent).toContain('Loket Kennisveiligheid');
  });

  it('calls onDismiss and onTrustSender and takes the banner away', async () => {
    const dismissOptions = options();
    await mount(openMessage(BODY), highAnalysis(), dismissOptions);
    userClick(button('Dismiss for this message'));
    expect(dismissOptions.onDismiss).toHaveBeenCalledTimes(1);
    expect(document.querySelector('waakzaam-banner')).toBeNull();

    const trustOptions = options();
    await mount(openMessage(BODY), highAnalysis(), trustOptions);
    userClick(button('Trust this sender'));
    expect(trustOptions.onTrustSender).toHaveBeenCalledTimes(1);
    expect(trustOptions.onDismiss).not.toHaveBeenCalled();
    expect(document.querySelector('waakzaam-banner')).toBeNull();
  });

  it('does nothing for clicks and changes a script makes: Trust, Dismiss, Report, the panels and the highlight', async () => {
    const target = openMessage(BODY);
    const pageOptions = options({ highlightEvidence: false });
    await mount(target, highAnalysis(), pageOptions);
    expect(host().shadowRoot).toBeNull();

    button('Trust this sender').click();
    button('Dismiss for this message').click();
    const toggle = button('What should I do?');
    toggle.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const highlight = shadow().querySelector<HTMLInputElement>('input.highlight')!;
    highlight.click();
    highlight.dispatchEvent(new Event('change', { bubbles: true }));
    const report = shadow().querySelector<HTMLAnchorElement>('a.report')!;
    const reportClick = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    report.dispatchEvent(reportClick);

    expect(pageOptions.onTrustSender).not.toHaveBeenCalled();
    expect(pageOptions.onDismiss).not.toHaveBeenCalled();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(highlight.checked).toBe(false);
    expect(target.body.querySelector('mark')).toBeNull();
    expect(reportClick.defaultPrevented).toBe(true);
    expect(document.querySelectorAll('waakzaam-banner')).toHaveLength(1);
  });

  it('puts itself back when the page removes it, alters its host or rewrites its content, and counts each time', async () => {
    const target = openMessage(BODY);
    const onRemount = vi.fn();
    await mount(target, highAnalysis(), options({ onRemount }));
    await vi.waitFor(() => expect(shadow().querySelector('.announcement')!.textContent).not.toBe(''));
    const original = shadow().textContent;

    host().remove();
    await vi.waitFor(() => expect(document.querySelectorAll('waakzaam-banner')).toHaveLength(1));
    expect(host().previousElementSibling).toBe(target.anchor.element);
    expect(onRemount).toHaveBeenCalledTimes(1);

    host().setAttribute('inert', '');
    await vi.waitFor(() => expect(host().hasAttribute('inert')).toBe(false));
    expect(host().getAttribute('data-level')).toBe('high');
    expect(onRemount).toHaveBeenCalledTimes(2);

    shadow().querySelector('.title')!.textContent = 'No risk found';
    await vi.waitFor(() => expect(shadow().textContent).toBe(original));
    expect(onRemount).toHaveBeenCalledTimes(3);
  });

  it('takes opening its own panels as its own change, not as the page altering it', async () => {
    const onRemount = vi.fn();
    await mount(openMessage(BODY), highAnalysis(), options({ onRemount }));
    holdTimers();
    userClick(button('What should I do?'));
    await settle();
    expect(onRemount).not.toHaveBeenCalled();
    expect(button('What should I do?').getAttribute('aria-expanded')).toBe('true');
  });

  it('keeps clicks and keys inside the banner away from the page', async () => {
    const pageListener = vi.fn();
    document.addEventListener('click', pageListener);
    document.addEventListener('keydown', pageListener);
    await mount(openMessage(BODY), highAnalysis(), options());

    userClick(button('What should I do?'));
    button('What should I do?').dispatchEvent(new KeyboardEvent('keydown', { key: 'e', bubbles: true, composed: true }));
    expect(pageListener).not.toHaveBeenCalled();
    document.removeEventListener('click', pageListener);
    document.removeEventListener('keydown', pageListener);
  });

  it('highlights the body evidence when asked, just after the banner shows, and removes the marks with the banner', async () => {
    const target = openMessage(BODY);
    const before = target.body.innerHTML;
    const handle = await mount(target, highAnalysis(), options({ highlightEvidence: true }));
    expect(target.body.innerHTML).toBe(before);

    await vi.waitFor(() => expect(target.body.querySelector('mark')).not.toBeNull());
    const marks = [...target.body.querySelectorAll(`mark[${EVIDENCE_MARK_ATTRIBUTE}]`)].map((mark) => mark.textContent);
    expect(marks).toEqual(expect.arrayContaining(['embassy', 'unpublished process parameters', 'A generous fee']));
    expect(marks).not.toContain('Third Secretary');

    handle.remove();
    expect(target.body.innerHTML).toBe(before);
  });

  it('leaves the body alone when the banner goes before its marks were made', async () => {
    const target = openMessage(BODY);
    const before = target.body.innerHTML;
    holdTimers();
    const handle = await mount(target, highAnalysis(), options({ highlightEvidence: true }));
    handle.remove();
    await settle();
    expect(target.body.innerHTML).toBe(before);
  });

  it('switches the highlight off and on from the banner', async () => {
    const target = openMessage(BODY);
    const before = target.body.innerHTML;
    await mount(target, highAnalysis(), options({ highlightEvidence: false }));
    expect(target.body.querySelector('mark')).toBeNull();

    const toggle = shadow().querySelector<HTMLInputElement>('input.highlight')!;
    userClick(toggle);
    expect(target.body.querySelectorAll('mark').length).toBeGreaterThan(0);
    userClick(toggle);
    expect(target.body.innerHTML).toBe(before);
  });

  it('takes the banner down when an update lowers the level, and puts it back when it rises', async () => {
    const target = openMessage(BODY);
    const handle = await mount(target, highAnalysis(), options());
    handle.update(analysis('low', []), target);
    expect(document.querySelector('waakzaam-banner')).toBeNull();

    handle.update(highAnalysis(), target);
    expect(host().getAttribute('data-level')).toBe('high');
    expect(document.querySelectorAll('waakzaam-banner')).toHaveLength(1);
  });

  it('follows the message when the webmail re-renders it, and comes back if the page removed it', async () => {
    const first = openMessage(BODY);
    const flagged = highAnalysis();
    const handle = await mount(first, flagged, options());

    const rerendered = openMessage(BODY);
    handle.update(flagged, rerendered);
    expect(host().previousElementSibling).toBe(rerendered.anchor.element);

    host().remove();
    handle.update(flagged, rerendered);
    expect(host().previousElementSibling).toBe(rerendered.anchor.element);
    expect(document.querySelectorAll('waakzaam-banner')).toHaveLength(1);
  });

  it('leaves the page alone when an update brings nothing new', async () => {
    const target = openMessage(BODY);
    const flagged = highAnalysis();
    const handle = await mount(target, flagged, options({ highlightEvidence: true }));
    await vi.waitFor(() => expect(target.body.querySelector('mark')).not.toBeNull());
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((batch) => records.push(...batch));
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });

    holdTimers();
    handle.update(flagged, target);
    await settle();
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(records).toHaveLength(0);
  });

  it('mounts nothing for a low level', async () => {
    await mount(openMessage(BODY), analysis('low', [signal('hospitality', [evidence('lunch')])]), options());
    expect(document.querySelector('waakzaam-banner')).toBeNull();
  });

  it('speaks Dutch when the browser does', async () => {
    await stubGetMessage('nl');
    await mount(openMessage(BODY), highAnalysis(), options());
    expect(shadow().textContent).toContain('Hoog risico: dit lijkt op een benadering door een inlichtingendienst');
    expect(button('Wat moet ik doen?').getAttribute('aria-expanded')).toBe('false');
    expect(shadow().querySelector('section')?.getAttribute('lang')).toBe('nl');
  });
});
