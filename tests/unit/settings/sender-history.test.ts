import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { analyzeWithHistory } from '../../../lib/history';
import { clearSenderHistory, senderHistoryLedger } from '../../../lib/settings/sender-history';

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

async function storedJson(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('sender history in storage.local', () => {
  it('remembers an earlier thread, so a later one escalates, and counts a re-shown message once', async () => {
    await analyzeWithHistory([INVITATION], senderHistoryLedger());
    await analyzeWithHistory([INVITATION], senderHistoryLedger());
    const [later] = await analyzeWithHistory([REQUEST], senderHistoryLedger());
    expect(later?.level).toBe('medium');
    expect(later?.escalation?.rules).toEqual(['HOSTED_THEN_ASKS']);
    expect(later?.history?.messages).toBe(2);
    expect(later?.history?.sentence).toMatch(/^Second message from this sender since /);
  });

  it('stores no mail text, subject, name, address or message id: only hashes, dates, counts and categories', async () => {
    await analyzeWithHistory([INVITATION, REQUEST], senderHistoryLedger());
    const json = await storedJson();
    const book = JSON.parse(json).senderHistory;
    expect(Object.keys(book.senders)).toHaveLength(1);
    expect(Object.values(book.senders)[0]).toMatchObject({ count: 2, highest: 'medium' });
    for (const secret of ['volkov', 'outlook', 'Dmitri', 'Eindhoven', 'dinner', 'design files', 'reticle', 'gmail-msg', 'favour']) {
      expect(json.toLowerCase()).not.toContain(secret.toLowerCase());
    }
  });

  it('clearing removes everything, salt included', async () => {
    await analyzeWithHistory([INVITATION], senderHistoryLedger());
    const saltBefore = JSON.parse(await storedJson()).senderHistory.salt;
    await clearSenderHistory();
    expect(await storedJson()).toBe('{}');
    const [again] = await analyzeWithHistory([REQUEST], senderHistoryLedger());
    expect(again?.escalation?.rules ?? []).not.toContain('HOSTED_THEN_ASKS');
    expect(JSON.parse(await storedJson()).senderHistory.salt).not.toBe(saltBefore);
  });

  it('starts afresh from an unreadable stored history instead of failing the analysis', async () => {
    await fakeBrowser.storage.local.set({ senderHistory: { salt: 7, senders: 'broken' } });
    const [analysis] = await analyzeWithHistory([INVITATION], senderHistoryLedger());
    expect(analysis?.level).toBe('low');
    expect(typeof JSON.parse(await storedJson()).senderHistory.salt).toBe('string');
  });
});
