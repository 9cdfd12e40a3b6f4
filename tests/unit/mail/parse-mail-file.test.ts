import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMailFile } from '../../../lib/mail/index';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('parseMailFile', () => {
  it('reads a file that opens with "From " as an mbox, whatever its name', async () => {
    const entries = await parseMailFile(readFileSync('tests/fixtures/mail/three-messages.mbox'));
    expect(entries.map((entry) => entry.index)).toEqual([1, 2, 3]);
    expect(entries.map((entry) => (entry.result.ok ? entry.result.message.subject : entry.result.error.code))).toEqual([
      'First message',
      'Second message',
      'Third message',
    ]);
  });

  it('reads any other file as a single message without an index', async () => {
    const entries = await parseMailFile(readFileSync('tests/fixtures/mail/qp-latin1.eml'));
    expect(entries).toHaveLength(1);
    expect(entries[0]?.index).toBeNull();
    expect(entries[0]?.result.ok).toBe(true);
  });

  it('reports a broken message inside an mbox and still reads the others', async () => {
    const mbox = encode(
      'From a@example.org Mon Mar  2 09:15:00 2026\nnot a header line\n\nFrom b@example.org Mon Mar  2 09:16:00 2026\nSubject: fine\n\nok\n',
    );
    const entries = await parseMailFile(mbox);
    expect(entries).toHaveLength(2);
    expect(entries[0]?.result.ok).toBe(false);
    expect(entries[1]?.result.ok).toBe(true);
  });

  it('gives one error entry for an empty file', async () => {
    const entries = await parseMailFile(new Uint8Array());
    expect(entries).toEqual([{ index: null, result: { ok: false, error: { code: 'empty', reason: 'the file is empty' } } }]);
  });
});
