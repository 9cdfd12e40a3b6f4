import { describe, expect, it } from 'vitest';
import { contextFor, emptyBook, HISTORY_LIMITS, pruneBook, recordMessage, type HistoryBook } from '../../../lib/history/book';
import { senderKeys } from '../../../lib/history/keys';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1, 12);

async function record(book: HistoryBook, address: string, id: string, at: number, categories: ('hospitality' | 'sensitive-request')[] = []) {
  const keys = await senderKeys(book.salt, address, id);
  return { keys, changed: recordMessage(book, { keys, at, level: categories.length > 0 ? 'low' : 'none', categories }) };
}

describe('sender history book', () => {
  it('counts a message once however often it is recorded, and keeps the highest level and every category', async () => {
    const book = emptyBook('salt');
    const first = await record(book, 'd.volkov@outlook.com', 'm1', START, ['hospitality']);
    const again = await record(book, 'D.Volkov@Outlook.com ', 'm1', START + DAY, ['hospitality']);
    expect(first.changed).toBe(true);
    expect(again.changed).toBe(false);
    recordMessage(book, { keys: first.keys, at: START, level: 'medium', categories: ['sensitive-request'] });
    const entry = book.senders[first.keys.address]!;
    expect(entry).toMatchObject({ count: 1, highest: 'medium', firstSeen: START });
    expect(entry.timeline[0]?.categories).toEqual(['hospitality', 'sensitive-request']);
    expect(book.domains[first.keys.domain]?.count).toBe(1);
  });

  it('leaves the open conversation out of the context, so showing it again gives the same answer', async () => {
    const book = emptyBook('salt');
    const earlier = await record(book, 'a@lab.example', 'old', START, ['hospitality']);
    const open = await record(book, 'a@lab.example', 'open', START + DAY, ['sensitive-request']);
    const context = contextFor(book, open.keys, new Set([open.keys.message]));
    expect(context).toEqual({
      firstSeen: START,
      earlierMessages: 1,
      earlierDomainMessages: 1,
      timeline: [{ at: START, categories: ['hospitality'] }],
    });
    expect(contextFor(book, earlier.keys, new Set())).toMatchObject({ earlierMessages: 2 });
  });

  it('drops senders not seen for 180 days and timeline events older than that', async () => {
    const book = emptyBook('salt');
    const gone = await record(book, 'old@lab.example', 'm1', START);
    const kept = await record(book, 'kept@lab.example', 'm2', START);
    await record(book, 'kept@lab.example', 'm3', START + 100 * DAY);
    const now = START + (HISTORY_LIMITS.retentionDays + 1) * DAY;
    expect(pruneBook(book, now)).toBe(true);
    expect(book.senders[gone.keys.address]).toBeUndefined();
    expect(book.senders[kept.keys.address]?.timeline.map((event) => event.at)).toEqual([START + 100 * DAY]);
    expect(pruneBook(book, now)).toBe(false);
  });

  it('keeps at most 2,000 senders, dropping the least recently updated', async () => {
    const book = emptyBook('salt');
    const overflow = 5;
    for (let index = 0; index < HISTORY_LIMITS.maxSenders + overflow; index++) {
      await record(book, `sender${index}@lab${index}.example`, `m${index}`, START + index * 1000);
    }
    pruneBook(book, START + DAY);
    expect(Object.keys(book.senders)).toHaveLength(HISTORY_LIMITS.maxSenders);
    expect(Object.keys(book.domains)).toHaveLength(HISTORY_LIMITS.maxDomains);
    const oldest = await senderKeys(book.salt, 'sender0@lab0.example', 'm0');
    expect(book.senders[oldest.address]).toBeUndefined();
    expect(Object.values(book.senders).map((entry) => entry.updated)).not.toContain(START);
  });

  it('keeps a short timeline per sender while the count goes on', async () => {
    const book = emptyBook('salt');
    let keys;
    for (let index = 0; index < HISTORY_LIMITS.timelineLength + 3; index++) {
      ({ keys } = await record(book, 'busy@lab.example', `m${index}`, START + index * DAY));
    }
    const entry = book.senders[keys!.address]!;
    expect(entry.count).toBe(HISTORY_LIMITS.timelineLength + 3);
    expect(entry.timeline).toHaveLength(HISTORY_LIMITS.timelineLength);
  });

  it('gives unrelated keys for the same address under another salt', async () => {
    const one = await senderKeys('salt-one', 'd.volkov@outlook.com', 'm1');
    const two = await senderKeys('salt-two', 'd.volkov@outlook.com', 'm1');
    expect(one.address).not.toBe(two.address);
    expect(one.domain).not.toBe(two.domain);
  });
});
