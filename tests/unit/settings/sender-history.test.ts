import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { analyzeWithHistory as AnalyzeWithHistory } from '../../../lib/history';
import type * as SenderHistory from '../../../lib/settings/sender-history';
import { DEFAULT_PACK } from '../../../lib/rules';
import { englishHistory } from '../../../lib/ui-text/english';

// The rules alone decide here: these tests are about what the history keeps, and a refitted model may read the
// request alone as a banner already.
const RULES_ONLY = { pack: { ...DEFAULT_PACK, fitted: undefined } };
const SENDER = { name: 'Dmitri Volkov', address: 'd.volkov@outlook.com' };
const INVITATION = {
  id: 'gmail-msg-1',
  message: { from: SENDER, subject: 'Your talk in Eindhoven', text: 'I would like to invite you to dinner next week, on me.' },
};
const REQUEST = {
  id: 'gmail-msg-2',
  message: {
    from: SENDER,
    subject: 'A small favour',
    text: 'Could you send me the design files for the new reticle stage? I know they are not published.',
  },
};

let analyzeWithHistory: typeof AnalyzeWithHistory;
let history: typeof SenderHistory;

async function stored(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

function entriesUnder(all: Record<string, unknown>, prefix: string): unknown[] {
  return Object.entries(all).flatMap(([key, value]) => (key.startsWith(prefix) ? [value] : []));
}

beforeEach(async () => {
  fakeBrowser.reset();
  // Each test is a fresh extension context: the module keeps the salt it has read.
  vi.resetModules();
  ({ analyzeWithHistory } = await import('../../../lib/history'));
  history = await import('../../../lib/settings/sender-history');
});

describe('sender history in storage.local', () => {
  it('remembers an earlier thread, so a later one escalates, and counts a re-shown message once', async () => {
    await analyzeWithHistory([INVITATION], history.senderHistoryLedger(), RULES_ONLY);
    await analyzeWithHistory([INVITATION], history.senderHistoryLedger(), RULES_ONLY);
    const [later] = await analyzeWithHistory([REQUEST], history.senderHistoryLedger(), RULES_ONLY);
    expect(later?.level).toBe('medium');
    expect(later?.escalation?.rules).toEqual(['HOSTED_THEN_ASKS']);
    expect(later?.history?.messages).toBe(2);
    expect(englishHistory(later!)).toMatch(/^Second message from this sender since /);
  });

  it('stores no mail text, subject, name, address or message id: only hashes, dates, counts and categories', async () => {
    await analyzeWithHistory([INVITATION, REQUEST], history.senderHistoryLedger(), RULES_ONLY);
    const all = await stored();
    const senders = entriesUnder(all, 'senderHistory:s:');
    expect(senders).toHaveLength(1);
    expect(senders[0]).toMatchObject({ count: 2, highest: 'medium' });
    expect(entriesUnder(all, 'senderHistory:d:')).toEqual([expect.objectContaining({ count: 2 })]);
    const json = JSON.stringify(all);
    for (const secret of ['volkov', 'outlook', 'Dmitri', 'Eindhoven', 'dinner', 'design files', 'reticle', 'gmail-msg', 'favour']) {
      expect(json.toLowerCase()).not.toContain(secret.toLowerCase());
    }
  });

  it('reads the entries of the sender at hand only, not the whole history', async () => {
    await analyzeWithHistory([INVITATION], history.senderHistoryLedger(), RULES_ONLY);
    const others = Object.fromEntries(
      Array.from({ length: 500 }, (_, index) => [`senderHistory:s:${index.toString(16).padStart(32, '0')}`, { firstSeen: 1, updated: Date.now(), count: 1, highest: 'none', timeline: [] }]),
    );
    await fakeBrowser.storage.local.set(others);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await analyzeWithHistory([REQUEST], history.senderHistoryLedger(), RULES_ONLY);
    const asked = get.mock.calls.map(([keys]) => keys);
    expect(asked).not.toContain(null);
    expect(asked).not.toContain(undefined);
    expect(asked.flat().filter((key) => String(key).startsWith('senderHistory:'))).toHaveLength(2);
  });

  it('clearing removes everything, salt included, and a context that knew the salt does not bring it back', async () => {
    await analyzeWithHistory([INVITATION], history.senderHistoryLedger(), RULES_ONLY);
    const saltBefore = (await stored())['senderHistory:salt'];
    expect(typeof saltBefore).toBe('string');
    await history.clearSenderHistory();
    expect(await stored()).toEqual({});
    const [again] = await analyzeWithHistory([REQUEST], history.senderHistoryLedger(), RULES_ONLY);
    expect(again?.escalation?.rules ?? []).not.toContain('HOSTED_THEN_ASKS');
    expect((await stored())['senderHistory:salt']).not.toBe(saltBefore);
  });

  it('forgets a salt that another context cleared', async () => {
    await analyzeWithHistory([INVITATION], history.senderHistoryLedger(), RULES_ONLY);
    const saltBefore = (await stored())['senderHistory:salt'];
    // The options page clears; this context hears of it through storage.onChanged.
    await fakeBrowser.storage.local.clear();
    await analyzeWithHistory([REQUEST], history.senderHistoryLedger(), RULES_ONLY);
    expect((await stored())['senderHistory:salt']).not.toBe(saltBefore);
    expect(entriesUnder(await stored(), 'senderHistory:s:')).toEqual([expect.objectContaining({ count: 1 })]);
  });

  it('moves a history that an earlier version kept whole to an entry per sender and domain, keeping its counts', async () => {
    await analyzeWithHistory([INVITATION], history.senderHistoryLedger(), RULES_ONLY);
    const all = await stored();
    const whole = { salt: all['senderHistory:salt'], senders: {} as Record<string, unknown>, domains: {} as Record<string, unknown> };
    for (const [key, value] of Object.entries(all)) {
      if (key.startsWith('senderHistory:s:')) whole.senders[key.slice('senderHistory:s:'.length)] = value;
      if (key.startsWith('senderHistory:d:')) whole.domains[key.slice('senderHistory:d:'.length)] = value;
    }
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ senderHistory: whole });
    vi.resetModules();
    ({ analyzeWithHistory } = await import('../../../lib/history'));
    history = await import('../../../lib/settings/sender-history');

    expect(await history.senderHistorySize()).toBe(1);
    const [later] = await analyzeWithHistory([REQUEST], history.senderHistoryLedger(), RULES_ONLY);
    expect(later?.escalation?.rules).toEqual(['HOSTED_THEN_ASKS']);
    const after = await stored();
    expect(after.senderHistory).toBeUndefined();
    expect(after['senderHistory:salt']).toBe(whole.salt);
  });

  it('starts afresh from an unreadable stored history instead of failing the analysis', async () => {
    await fakeBrowser.storage.local.set({ 'senderHistory:salt': 7, senderHistory: { salt: 7, senders: 'broken' } });
    const [analysis] = await analyzeWithHistory([INVITATION], history.senderHistoryLedger(), RULES_ONLY);
    expect(analysis?.level).toBe('low');
    const after = await stored();
    expect(typeof after['senderHistory:salt']).toBe('string');
    expect(after.senderHistory).toBeUndefined();
  });

  it('counts an unreadable entry as unknown and writes it afresh', async () => {
    await analyzeWithHistory([INVITATION], history.senderHistoryLedger(), RULES_ONLY);
    const [senderKey] = Object.keys(await stored()).filter((key) => key.startsWith('senderHistory:s:'));
    await fakeBrowser.storage.local.set({ [senderKey!]: { count: 'many' } });
    const [later] = await analyzeWithHistory([REQUEST], history.senderHistoryLedger(), RULES_ONLY);
    expect(later?.escalation?.rules ?? []).not.toContain('HOSTED_THEN_ASKS');
    expect((await stored())[senderKey!]).toMatchObject({ count: 1, highest: 'low' });
  });
});
