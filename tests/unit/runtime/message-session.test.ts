// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeWithHistory, memoryHistoryStore, SenderLedger } from '../../../lib/history';
import type { Analysis, MailMessage } from '../../../lib/model';
import type { BannerHandle, BannerOptions } from '../../../lib/banner';
import { MessageSession, type SessionPorts } from '../../../lib/runtime/message-session';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings';
import type { OpenMessage } from '../../../lib/webmail/types';
import type { AdapterReport } from '../../../lib/model';
import { englishHistory } from '../../../lib/ui-text/english';

const RISKY: MailMessage = {
  from: { name: 'Alexei Markov', address: 'a.markov.attache@gmail.com' },
  subject: 'Lunch next week? A small paid consultancy',
  text:
    'I am the Second Secretary for science and technology at the Embassy. I would like to invite you to lunch, on me. ' +
    'We would pay a generous fee. Could you share the internal process parameters and the unpublished roadmap for your EUV ' +
    'lithography metrology? Let us continue on Signal or your personal email. Please keep this between us and do not tell your employer.',
};

const BENIGN: MailMessage = {
  from: { name: 'Facilities', address: 'facilities@example.nl' },
  subject: 'Building B closed on Friday',
  text: 'Building B will be closed on Friday for maintenance. Please work from building A or from home.',
};

const REPORT: AdapterReport = { adapter: 'test', at: 0, fields: [] };

const NO_SIGNS: Analysis = {
  level: 'none',
  score: 0,
  language: 'en',
  signals: [],
  combinations: [],
  capped: false,
  awareness: false,
};

/** A page with one element per open message; the banner stand-in is a real element next to it. */
function openMessage(id: string, message: MailMessage): OpenMessage {
  const root = document.createElement('article');
  const body = document.createElement('div');
  body.textContent = message.text;
  root.append(body);
  document.body.append(root);
  return { id, root, body, anchor: { element: body, position: 'before' }, capped: false,
  missing: [], message };
}

/** Waits for the analyses asked for so far (hashing for the history takes a few turns), then one more turn. */
async function settle(): Promise<void> {
  await Promise.allSettled(harness.pending);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

class Harness {
  analysed: string[] = [];
  /** The subjects of each request, to see which messages travelled together. */
  requests: string[][] = [];
  readonly ledger = new SenderLedger(memoryHistoryStore());
  pending: Promise<unknown>[] = [];
  choices = new Map<string, BannerOptions>();
  dismissedIds: string[] = [];
  trusted: string[] = [];
  private held: ((analyses: Analysis[]) => void) | null = null;

  /** The next request is answered only when the returned function is called, with what it is given. */
  holdNextAnswer(): (analyses: Analysis[]) => void {
    const answer = new Promise<Analysis[]>((resolve) => (this.held = resolve));
    this.holding = answer;
    return (analyses) => this.held?.(analyses);
  }

  private holding: Promise<Analysis[]> | null = null;

  readonly ports: SessionPorts = {
    analyze: async (thread) => {
      if (this.holding) {
        const held = this.holding;
        this.holding = null;
        return held;
      }
      const subjects = thread.map(({ message }) => message.subject);
      this.requests.push(subjects);
      this.analysed.push(...subjects);
      const analyses = analyzeWithHistory(thread, this.ledger);
      this.pending.push(analyses);
      return analyses;
    },
    mountBanner: async (target: OpenMessage, analysis: Analysis, choices: BannerOptions): Promise<BannerHandle> => {
      const element = document.createElement('waakzaam-banner');
      element.dataset.id = target.id;
      element.dataset.level = analysis.level;
      target.anchor.element.before(element);
      this.choices.set(target.id, choices);
      return {
        update: (next) => {
          element.dataset.level = next.level;
        },
        remove: () => element.remove(),
      };
    },
    dismissMessage: async (id) => {
      this.dismissedIds.push(id);
    },
    trustSender: async (address) => {
      this.trusted.push(address);
    },
  };

  banners(): string[] {
    return [...document.querySelectorAll<HTMLElement>('waakzaam-banner')].map((element) => element.dataset.id ?? '');
  }

  session(settings: Settings = DEFAULT_SETTINGS, dismissed: string[] = []): MessageSession {
    return new MessageSession(this.ports, { webmail: 'mail.example.nl', adapter: 'test' }, settings, new Set(dismissed));
  }
}

let harness: Harness;
beforeEach(() => {
  document.body.replaceChildren();
  harness = new Harness();
});

describe('MessageSession', () => {
  it('shows a banner for each risky open message of a conversation and none for benign ones', async () => {
    const session = harness.session();
    session.showOpenMessages(
      [openMessage('a', RISKY), openMessage('b', BENIGN), openMessage('c', { ...RISKY, subject: 'Re: lunch' })],
      REPORT,
    );
    await settle();
    expect(harness.banners()).toEqual(['a', 'c']);
  });

  it('asks for the open conversation in one request, oldest first, and warns on the message that escalates', async () => {
    const session = harness.session();
    const sender = { name: 'Dmitri Volkov', address: 'd.volkov@outlook.com' };
    const invitation = openMessage('a', {
      from: sender,
      subject: 'Your talk',
      text: 'Your talk on EUV lithography was impressive. I would like to invite you to dinner next week, on me.',
    });
    const request = openMessage('b', {
      from: sender,
      subject: 'A small favour',
      text: 'Could you send me the design files for the new reticle stage? I know they are not published.',
    });
    session.showOpenMessages([invitation, request], REPORT);
    await settle();
    expect(harness.requests).toEqual([['Your talk', 'A small favour']]);
    expect(harness.banners()).toEqual(['b']);
    const [first, second] = session.tabState().messages.map((state) => state.analysis);
    expect(first?.level).toBe('low');
    expect(second?.escalation?.rules).toContain('HOSTED_THEN_ASKS');
    expect(englishHistory(second!)).toMatch(/^Second message from this sender/);
  });

  it('analyses a message once however often the page is scanned', async () => {
    const session = harness.session();
    const risky = openMessage('a', RISKY);
    session.showOpenMessages([risky], REPORT);
    session.showOpenMessages([risky], REPORT);
    await settle();
    session.showOpenMessages([risky], REPORT);
    await settle();
    expect(harness.analysed).toEqual([RISKY.subject]);
    expect(harness.banners()).toEqual(['a']);
  });

  it('analyses again when the same id shows different content (a re-render with the full body)', async () => {
    const session = harness.session();
    session.showOpenMessages([openMessage('a', BENIGN)], REPORT);
    await settle();
    expect(harness.banners()).toEqual([]);
    session.showOpenMessages([openMessage('a', RISKY)], REPORT);
    await settle();
    expect(harness.analysed).toHaveLength(2);
    expect(harness.banners()).toEqual(['a']);
  });

  it('removes the banner of a message that is no longer open', async () => {
    const session = harness.session();
    session.showOpenMessages([openMessage('a', RISKY)], REPORT);
    await settle();
    session.showOpenMessages([openMessage('b', BENIGN)], REPORT);
    await settle();
    expect(harness.banners()).toEqual([]);
  });

  it('does not show an answer that arrives after the message was closed', async () => {
    const session = harness.session();
    session.showOpenMessages([openMessage('a', RISKY)], REPORT);
    session.showOpenMessages([], REPORT);
    await settle();
    expect(harness.banners()).toEqual([]);
  });

  it('skips messages the user dismissed, and remembers a dismissal made in the banner', async () => {
    const session = harness.session(DEFAULT_SETTINGS, ['a']);
    session.showOpenMessages([openMessage('a', RISKY), openMessage('b', { ...RISKY, subject: 'Second approach' })], REPORT);
    await settle();
    expect(harness.banners()).toEqual(['b']);
    harness.choices.get('b')?.onDismiss();
    await settle();
    expect(harness.banners()).toEqual([]);
    expect(harness.dismissedIds).toEqual(['b']);
    expect(session.tabState().messages.map((state) => [state.id, state.dismissed])).toEqual([
      ['a', true],
      ['b', true],
    ]);
  });

  it('offers no "Trust this sender" when the organisation locked trusted senders', async () => {
    const session = harness.session({ ...DEFAULT_SETTINGS, locked: ['trustedSenders'] });
    session.showOpenMessages([openMessage('a', RISKY)], REPORT);
    await settle();
    expect(harness.banners()).toHaveLength(1);
    expect(harness.choices.get('a')?.onTrustSender).toBeUndefined();
  });

  it('drops an answer asked for before the settings the engine reads changed', async () => {
    const session = harness.session();
    const late = harness.holdNextAnswer();
    session.showOpenMessages([openMessage('a', RISKY)], REPORT);
    session.setSettings({ ...DEFAULT_SETTINGS, sensitivity: 'relaxed' });
    await settle();
    expect(harness.banners()).toEqual(['a']);
    // The first answer arrives last, made before the change: it must not replace the new one.
    late([{ ...NO_SIGNS }]);
    await settle();
    expect(harness.banners()).toEqual(['a']);
    expect(session.tabState().messages[0]?.analysis.level).not.toBe('none');
  });

  it('hides banners of a sender once the settings trust them, without analysing again', async () => {
    const session = harness.session();
    session.showOpenMessages([openMessage('a', RISKY)], REPORT);
    await settle();
    harness.choices.get('a')?.onTrustSender?.();
    expect(harness.trusted).toEqual([RISKY.from.address]);
    session.setSettings({ ...DEFAULT_SETTINGS, trustedSenders: [RISKY.from.address] });
    await settle();
    expect(harness.banners()).toEqual([]);
    expect(harness.analysed).toHaveLength(1);
  });

  it('shows nothing and analyses nothing while switched off, and catches up when switched on', async () => {
    const session = harness.session({ ...DEFAULT_SETTINGS, enabled: false });
    session.showOpenMessages([openMessage('a', RISKY)], REPORT);
    await settle();
    expect(harness.analysed).toEqual([]);
    session.setSettings(DEFAULT_SETTINGS);
    await settle();
    expect(harness.banners()).toEqual(['a']);
  });

  it('analyses again when the sensitivity changes', async () => {
    const session = harness.session();
    session.showOpenMessages([openMessage('a', RISKY)], REPORT);
    await settle();
    session.setSettings({ ...DEFAULT_SETTINGS, sensitivity: 'strict' });
    await settle();
    expect(harness.analysed).toHaveLength(2);
    expect(harness.banners()).toEqual(['a']);
  });

  it('reports the open messages, the adapter and its report to the popup', async () => {
    const session = harness.session();
    const report: AdapterReport = { adapter: 'test', at: 5, fields: [{ field: 'body', matched: 'body_2024', tried: 1 }] };
    session.showOpenMessages([openMessage('a', RISKY), openMessage('b', BENIGN)], report);
    await settle();
    const state = session.tabState();
    expect(state).toMatchObject({ webmail: 'mail.example.nl', adapter: 'test', report });
    expect(state.messages.map((message) => [message.id, message.from, message.analysis.level === 'none'])).toEqual([
      ['a', RISKY.from.address, false],
      ['b', BENIGN.from.address, true],
    ]);
  });

  it('asks again after a failed analysis on the next scan', async () => {
    let failures = 1;
    const ports: SessionPorts = {
      ...harness.ports,
      analyze: async (thread) => {
        if (failures-- > 0) throw new Error('worker restarted');
        const analyses = analyzeWithHistory(thread, harness.ledger);
        harness.pending.push(analyses);
        return analyses;
      },
    };
    const session = new MessageSession(ports, { webmail: 'w', adapter: 'a' }, DEFAULT_SETTINGS, new Set());
    const risky = openMessage('a', RISKY);
    session.showOpenMessages([risky], REPORT);
    await settle();
    expect(harness.banners()).toEqual([]);
    session.showOpenMessages([risky], REPORT);
    await settle();
    expect(harness.banners()).toEqual(['a']);
  });
});
