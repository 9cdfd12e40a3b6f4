// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { diagnosticsText } from '../../../entrypoints/popup/diagnostics';
import { requestTabState } from '../../../entrypoints/popup/tab-state';
import { renderPopup, type PopupControls } from '../../../entrypoints/popup/view';
import type { TabState } from '../../../lib/runtime/protocol';
import { analysis, elementCounts, evidence, hostileIn, signal } from '../banner/fixtures';
import { stubGetMessage } from '../banner/locale-messages';

/** Settings as the popup gets them; `changes` records what the switch asked for. */
function controls(overrides: Partial<PopupControls> = {}, changes: boolean[] = []): PopupControls {
  return {
    enabled: true,
    enabledLocked: false,
    securityOfficer: null,
    setEnabled: async (enabled) => changes.push(enabled),
    openOptions: vi.fn(),
    ...overrides,
  };
}

function tabState(overrides: Partial<TabState> = {}): TabState {
  return {
    webmail: 'Outlook on the web',
    adapter: 'outlook',
    bannerRemounts: 0,
    report: {
      adapter: 'outlook',
      at: Date.UTC(2025, 0, 31, 9, 30),
      fields: [
        { field: 'body', matched: 'body_2024_11', tried: 3 },
        { field: 'subject', matched: null, tried: 2 },
      ],
    },
    messages: [
      {
        id: 'm1',
        subject: 'Research visit',
        from: 'Third Secretary <attache@embassy.example>',
        dismissed: false,
        analysis: analysis('high', [
          signal('diplomatic-sender', [evidence('Third Secretary', 'from')]),
          signal('payment-offer', [evidence('a generous fee')]),
        ]),
      },
      {
        id: 'm2',
        subject: 'Lunch',
        from: 'colleague@example.com',
        dismissed: true,
        analysis: analysis('low', [signal('hospitality', [evidence('lunch on me')])]),
      },
    ],
    ...overrides,
  };
}

/** fakeBrowser cannot hold an active tab in a focused window, so the active-tab query is answered here. */
function activeTab(): number {
  const tab = { id: 7, index: 0, windowId: 1, active: true, highlighted: true, pinned: false, incognito: false };
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab]);
  return tab.id;
}

let root: HTMLElement;

beforeEach(async () => {
  fakeBrowser.reset();
  await stubGetMessage('en');
  document.body.innerHTML = '';
  root = document.createElement('main');
  document.body.append(root);
});

afterEach(() => vi.restoreAllMocks());

describe('requestTabState', () => {
  it('asks the content script of the active tab', async () => {
    const tabId = activeTab();
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(tabState());

    expect(await requestTabState()).toEqual(tabState());
    expect(sendMessage).toHaveBeenCalledWith(tabId, { type: 'waakzaam:tab-state' });
  });

  it('answers null when the tab has no content script', async () => {
    activeTab();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    expect(await requestTabState()).toBeNull();
  });

  it('answers null for an answer that is not a tab state, or when there is no active tab', async () => {
    activeTab();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    expect(await requestTabState()).toBeNull();

    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    expect(await requestTabState()).toBeNull();
  });
});

describe('renderPopup', () => {
  it('shows subject and sender without bidi controls, says when a long message was capped, and counts banners put back', () => {
    const state = tabState();
    const [first] = state.messages;
    state.messages = [{ ...first!, subject: 'Invoice \u202efdp.exe', from: 'Sec\u202eurity <x@mail.example>', analysis: { ...first!.analysis, capped: true } }];
    state.bannerRemounts = 2;
    renderPopup(root, state, '0.1.0', vi.fn(), controls());
    expect(root.querySelector('.subject')?.textContent).toBe('Subject: Invoice fdp.exe');
    expect(root.querySelector('.from')?.textContent).toBe('From: Security <x@mail.example>');
    expect(root.querySelector('.capped')?.textContent).toBe('This message is long; only its start and its end were read.');
    expect(root.querySelector('.diagnostics .report')?.textContent).toContain('Banner put back after the page removed or changed it: 2 times');
  });

  it('explains that only webmail pages are read when there is no content script', () => {
    renderPopup(root, null, '0.1.0', vi.fn(), controls());
    expect(root.textContent).toContain('Waakzaam only reads webmail pages');
    expect(root.textContent).toContain('aivd.nl/contact');
    expect(root.querySelector('.diagnostics')).toBeNull();
  });

  it('shows the webmail, the adapter and every open message with its level, summary and evidence', () => {
    renderPopup(root, tabState(), '0.1.0', vi.fn(), controls());
    const text = root.textContent ?? '';
    expect(text).toContain('Webmail: Outlook on the web');
    expect(text).toContain('Reader: outlook');

    const [high, low] = [...root.querySelectorAll<HTMLElement>('article.message')];
    expect(high?.dataset.level).toBe('high');
    expect(high?.textContent).toContain('High risk: this looks like an approach by an intelligence service');
    expect(high?.textContent).toContain('Subject: Research visit');
    expect(high?.textContent).toContain('a generous fee');
    expect(high?.textContent).toContain('Offers money or gifts');
    expect(low?.dataset.level).toBe('low');
    expect(low?.textContent).toContain('Low risk');
    expect(low?.textContent).toContain('This message offers dinners, gifts or paid travel.');
    expect(low?.textContent).toContain('You dismissed the banner for this message.');
  });

  it('shows the sender history of a message under its summary', () => {
    const state = tabState();
    const sentence = 'Second message from this sender since 3 March 2026. Earlier: an offer of money.';
    const firstSeen = new Date(2026, 2, 3, 10).getTime();
    state.messages[0]!.analysis.history = { messages: 2, firstSeen, firstContact: false, domainChecked: true, earlier: ['payment-offer'], now: [] };
    renderPopup(root, state, '0.1.0', vi.fn(), controls());
    const [high, low] = [...root.querySelectorAll<HTMLElement>('article.message')];
    expect(high?.querySelector('.summary + .history')?.textContent).toBe(sentence);
    expect(low?.querySelector('.history')).toBeNull();
  });

  it('opens the guidance when a message is flagged and keeps it closed otherwise', () => {
    renderPopup(root, tabState(), '0.1.0', vi.fn(), controls());
    const guidance = root.querySelector<HTMLDetailsElement>('details.guidance-section')!;
    expect(guidance.open).toBe(true);
    expect(guidance.textContent).toContain('Keep the message; do not delete it.');
    expect(root.querySelectorAll('.aivd')).toHaveLength(1);
    expect(root.textContent!.split('aivd.nl/contact')).toHaveLength(2);

    const calm = tabState();
    calm.messages = calm.messages.slice(1);
    renderPopup(root, calm, '0.1.0', vi.fn(), controls());
    expect(root.querySelector<HTMLDetailsElement>('details.guidance-section')!.open).toBe(false);
  });

  it('says so when no message is open', () => {
    renderPopup(root, tabState({ messages: [] }), '0.1.0', vi.fn(), controls());
    expect(root.textContent).toContain('No open message was found on this page.');
  });

  it('renders sender, subject, summary and evidence as text, creating no element from them', () => {
    const render = (fill: (field: string) => string) => {
      const state = tabState();
      const flagged = analysis(
        'high',
        [
          signal('identity-mismatch', [evidence(fill('sender name'), 'from')]),
          signal('secrecy', [evidence(fill('body evidence')), evidence(fill('subject'), 'subject')]),
          signal('sensitive-request', [evidence(fill('summary'))]),
        ],
        fill('summary'),
      );
      state.messages = [{ id: 'x', subject: fill('subject'), from: fill('sender address'), dismissed: false, analysis: flagged }];
      renderPopup(root, state, '0.1.0', vi.fn(), controls());
      return { elements: elementCounts(document), text: root.textContent ?? '' };
    };

    const plain = render((field) => `plain ${field}`);
    const hostile = render(hostileIn);

    expect(hostile.elements).toEqual(plain.elements);
    expect(hostile.elements.img).toBeUndefined();
    for (const field of ['sender name', 'sender address', 'subject', 'summary', 'body evidence']) {
      expect(hostile.text).toContain(hostileIn(field));
    }
  });

  it('copies the diagnostics text and reports whether it worked', async () => {
    const copy = vi.fn().mockResolvedValueOnce(true).mockResolvedValueOnce(false);
    renderPopup(root, tabState(), '0.1.0', copy, controls());
    const button = root.querySelector<HTMLButtonElement>('button.copy')!;
    const status = root.querySelector('.copy-status')!;

    button.click();
    await vi.waitFor(() => expect(status.textContent).toBe('Copied to the clipboard.'));
    expect(copy).toHaveBeenCalledWith(root.querySelector('pre.report')!.textContent);

    button.click();
    await vi.waitFor(() => expect(status.textContent).toContain('Could not copy automatically'));
  });

  it('speaks Dutch when the browser does', async () => {
    await stubGetMessage('nl');
    renderPopup(root, null, '0.1.0', vi.fn(), controls());
    expect(root.textContent).toContain("Waakzaam leest alleen webmailpagina's");
  });
});

describe('popup controls', () => {
  beforeEach(async () => {
    await stubGetMessage('en');
  });

  it('switches warnings off through the settings, and says so', async () => {
    const root = document.createElement('main');
    document.body.replaceChildren(root);
    const changes: boolean[] = [];
    renderPopup(root, tabState(), '0.1.0', vi.fn(), controls({}, changes));
    const toggle = root.querySelector<HTMLInputElement>('#enabled')!;
    toggle.click();
    expect(changes).toEqual([false]);
    await vi.waitFor(() => expect(root.querySelector('.switch [role=status]')?.textContent).toBe('Warnings are off.'));
    expect(changes).toEqual([false]);
  });

  it('shows a locked switch as locked and does not let it change', () => {
    const root = document.createElement('main');
    renderPopup(root, tabState(), '0.1.0', vi.fn(), controls({ enabledLocked: true }));
    expect(root.querySelector<HTMLInputElement>('#enabled')!.disabled).toBe(true);
    expect(root.querySelector('.switch label')?.textContent).toContain('organisation');
  });

  it('names the security officer, or links to the options to set one', () => {
    const withOfficer = document.createElement('main');
    renderPopup(withOfficer, tabState(), '0.1.0', vi.fn(), controls({ securityOfficer: { name: 'Els de Vries', address: 'security@example.nl' } }));
    expect(withOfficer.querySelector('.officer')?.textContent).toBe('Your security officer: Els de Vries <security@example.nl>');

    const openOptions = vi.fn();
    const without = document.createElement('main');
    renderPopup(without, tabState(), '0.1.0', vi.fn(), controls({ openOptions }));
    without.querySelector<HTMLButtonElement>('.officer button')!.click();
    expect(openOptions).toHaveBeenCalledWith('officer');
    [...without.querySelectorAll<HTMLButtonElement>('.links button')].at(-1)!.click();
    expect(openOptions).toHaveBeenLastCalledWith('diagnostics');
  });
});

describe('diagnosticsText', () => {
  it('lists each field with the dated selector that matched, or not found', () => {
    expect(diagnosticsText(tabState(), '0.1.0')).toBe(
      [
        'Waakzaam 0.1.0',
        'Webmail: Outlook on the web',
        'Reader: outlook',
        'Checked at: 2025-01-31T09:30:00.000Z',
        'body: body_2024_11 (tried 3)',
        'subject: not found (tried 2)',
      ].join('\n'),
    );
  });

  it('holds no mail content', () => {
    const text = diagnosticsText(tabState(), '0.1.0');
    expect(text).not.toContain('Research visit');
    expect(text).not.toContain('generous fee');
  });

  it('says when the reader has not reported yet', () => {
    expect(diagnosticsText(tabState({ report: null }), '0.1.0')).toContain('The reader has not reported on this page yet.');
  });
});
