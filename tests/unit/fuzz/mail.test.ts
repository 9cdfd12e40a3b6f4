import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeMessage, loadEnglishTagger } from '../../../lib/engine';
import { htmlToPlainText, parseMailFile, type MailFileEntry } from '../../../lib/mail';
import { FuzzFigures, timed } from './figures';
import { hostileMbox, hostileMime, nestedHtml } from './hostile-mime';
import { expectWellFormed } from './well-formed';

const figures = new FuzzFigures('mail');
beforeAll(() => loadEnglishTagger());
afterAll(() => figures.print());

const ERROR_CODES = ['empty', 'binary', 'not-mail', 'too-large', 'mime'];
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** What `npm run scan` does with a file: parse it, then analyse every message that could be read. */
async function readAndAnalyse(bytes: Uint8Array): Promise<MailFileEntry[]> {
  const entries = await parseMailFile(bytes);
  for (const { result } of entries) {
    if (result.ok) expectWellFormed(await analyzeMessage(result.message), result.message);
    else expect(ERROR_CODES).toContain(result.error.code);
  }
  return entries;
}

// How the time grows with the size of such input is measured by `npm run bench`, not here.
async function readCounted(bytes: Uint8Array, label: string): Promise<MailFileEntry[]> {
  const { result, ms } = await timed(() => readAndAnalyse(bytes));
  figures.record(label, bytes.length, ms);
  return result;
}

describe('the MIME path on hostile files', () => {
  it('names every file of 2,500 random byte strings as mail or as a coded error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4_000 }), (bytes) => readCounted(bytes, 'random bytes').then(() => {})),
      { seed: 5_201, numRuns: 2_500 },
    );
  });

  it('reads 1,000 random byte strings behind a mail header', async () => {
    const header = encode('From: a@example.org\r\nSubject: Noise\r\n');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4_000 }), async (noise) => {
        const entries = await readCounted(new Uint8Array([...header, ...noise]), 'header and random bytes');
        expect(entries).toHaveLength(1);
      }),
      { seed: 5_202, numRuns: 1_000 },
    );
  });

  it('reads 2,000 generated MIME messages: nested to 60 levels, truncated, odd charsets and encodings', async () => {
    await fc.assert(
      fc.asyncProperty(hostileMime, (message) => readCounted(encode(message), 'generated MIME').then(() => {})),
      { seed: 5_203, numRuns: 2_000 },
    );
  });

  it('numbers the messages of 500 generated mbox files', async () => {
    await fc.assert(
      fc.asyncProperty(hostileMbox, async (mbox) => {
        const entries = await readCounted(encode(mbox), 'generated mbox');
        expect(entries.map((entry) => entry.index)).toEqual(entries.map((_, position) => position + 1));
      }),
      { seed: 5_204, numRuns: 500 },
    );
  });

  it('turns 300 generated HTML bodies nested up to 10,000 tags deep into text', () => {
    fc.assert(
      fc.property(nestedHtml(10_000), (html) => {
        const { result, ms } = timedSync(() => htmlToPlainText(html));
        figures.record('nested HTML', html.length, ms);
        expect(typeof result.text).toBe('string');
      }),
      { seed: 5_205, numRuns: 300 },
    );
  });

  it.each([
    ['plain text', (line: string) => `From: a@example.org\r\nSubject: Line\r\n\r\n${line}`],
    ['base64 HTML', (line: string) => `From: a@example.org\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(`<p>${line}</p>`).toString('base64')}`],
    ['quoted-printable', (line: string) => `From: a@example.org\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${line.replace(/ /g, '=20')}`],
  ])('reads a megabyte single line as %s', async (label, build) => {
    const line = 'Please send the internal design files, we pay € 5.000 '.repeat(20_000).slice(0, 1_000_000);
    const [entry] = await readCounted(encode(build(line)), `megabyte line (${label})`);
    expect(entry!.result.ok).toBe(true);
  });
});

function timedSync<T>(work: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = work();
  return { result, ms: performance.now() - started };
}
