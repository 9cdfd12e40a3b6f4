import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeMessage, loadEnglishTagger } from '../../../lib/engine';
import type { MailMessage } from '../../../lib/model';
import { FuzzFigures, timeBoundMs, timed } from './figures';
import { hostileMessage, repeatedBait } from './hostile-text';
import { describeScaling, looksLinear, measureScaling } from './linear-time';
import { expectWellFormed } from './well-formed';

const figures = new FuzzFigures('engine');
// Loading the tagger once takes longer than any message: it would stand as the slowest case.
beforeAll(() => loadEnglishTagger());
afterAll(() => figures.print());

const SENDER = { name: 'Alex Morgan', address: 'alex.morgan@example.org' };
const plain = (text: string): MailMessage => ({ from: SENDER, subject: 'Hello', text });

async function analyseWithinBound(message: MailMessage, label: string): Promise<void> {
  const size = message.text.length + message.subject.length + message.from.name.length;
  const { result, ms } = await timed(() => analyzeMessage(message));
  figures.record(label, size, ms);
  expectWellFormed(result, message);
  expect(ms, `${label} of ${size} chars`).toBeLessThan(timeBoundMs(size));
}

/** Text shapes that grow without limit; each must cost time in proportion to its length. */
const GROWING_SHAPES: Record<string, (chars: number) => string> = {
  'blocks without letters': (chars) => '1\n\n'.repeat(chars / 3),
  'punctuation paragraphs': (chars) => '!!\n\n'.repeat(chars / 4),
  'number list 5.5.5': (chars) => '5.'.repeat(chars / 2),
  'comma-separated numbers': (chars) => '12,'.repeat(chars / 3),
  'euro amounts': (chars) => '€ 5 '.repeat(chars / 4),
  'quoted lines': (chars) => '> x\n'.repeat(chars / 4),
  'list items': (chars) => '- please send the internal design files\n'.repeat(chars / 41),
  'request sentences': (chars) => 'Could you send the unpublished process parameters? We pay 5000 euro. '.repeat(chars / 70),
  'Dutch requests': (chars) => 'Kunt u de interne ontwerpbestanden sturen? Wij betalen 5000 euro. '.repeat(chars / 66),
  'negations': (chars) => "we don't send internal documents, ".repeat(chars / 34),
  'gap bait': (chars) => `please ${'x, '.repeat(chars / 3)}send`,
  'abbreviations': (chars) => 'dhr. '.repeat(chars / 5),
  'one long word': (chars) => 'x'.repeat(chars),
};

describe('analyzeMessage on hostile input', () => {
  it('answers 3,000 generated messages with a well-formed analysis, each within its time bound', async () => {
    await fc.assert(
      fc.asyncProperty(hostileMessage(3_000), (message) => analyseWithinBound(message, 'generated message')),
      { seed: 5_001, numRuns: 3_000 },
    );
  });

  it('reads megabyte single lines of pattern bait', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(repeatedBait(40).filter((unit) => unit.trim() !== ''), (unit) =>
        analyseWithinBound(plain(unit.replace(/[\r\n]/g, ' ').repeat(Math.ceil(1_000_000 / Math.max(unit.length, 1)))), 'megabyte line'),
      ),
      { seed: 5_002, numRuns: 8 },
    );
  });

  it.each(Object.entries(GROWING_SHAPES))('takes time linear in the size of %s', async (shape, make) => {
    const scaling = await measureScaling(make, (text) => analyzeMessage(plain(text)), 8_000);
    figures.record(`${shape} (large)`, scaling.largeChars, scaling.largeMs);
    figures.record(`${shape} (small)`, scaling.smallChars, scaling.smallMs);
    expect(looksLinear(scaling), describeScaling(shape, scaling)).toBe(true);
  });

  it('takes time linear in the length of a display name', async () => {
    const scaling = await measureScaling(
      (chars) => 'a'.repeat(chars),
      (name) => analyzeMessage({ from: { name, address: 'a@example.org' }, subject: 'Hello', text: 'Hello.' }),
      8_000,
    );
    figures.record('display name (large)', scaling.largeChars, scaling.largeMs);
    expect(looksLinear(scaling), describeScaling('display name', scaling)).toBe(true);
  });
});
