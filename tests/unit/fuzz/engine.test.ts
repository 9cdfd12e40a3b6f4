import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeMessage, loadEnglishTagger } from '../../../lib/engine';
import type { MailMessage } from '../../../lib/model';
import { FuzzFigures, timed } from './figures';
import { hostileMessage, repeatedBait } from './hostile-text';
import { expectWellFormed } from './well-formed';

const figures = new FuzzFigures('engine');
// Loading the tagger once takes longer than any message: it would stand as the slowest case.
beforeAll(() => loadEnglishTagger());
afterAll(() => figures.print());

const SENDER = { name: 'Alex Morgan', address: 'alex.morgan@example.org' };
const plain = (text: string): MailMessage => ({ from: SENDER, subject: 'Hello', text });

// How the time grows with the size of such input is measured by `npm run bench`, not here.
async function analyseWellFormed(message: MailMessage, label: string): Promise<void> {
  const size = message.text.length + message.subject.length + message.from.name.length;
  const { result, ms } = await timed(() => analyzeMessage(message));
  figures.record(label, size, ms);
  expectWellFormed(result, message);
}

describe('analyzeMessage on hostile input', () => {
  it('answers 3,000 generated messages with a well-formed analysis', async () => {
    await fc.assert(
      fc.asyncProperty(hostileMessage(3_000), (message) => analyseWellFormed(message, 'generated message')),
      { seed: 5_001, numRuns: 3_000 },
    );
  });

  it('reads megabyte single lines of pattern bait', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(repeatedBait(40).filter((unit) => unit.trim() !== ''), (unit) =>
        analyseWellFormed(plain(unit.replace(/[\r\n]/g, ' ').repeat(Math.ceil(1_000_000 / Math.max(unit.length, 1)))), 'megabyte line'),
      ),
      { seed: 5_002, numRuns: 8 },
    );
  });
});
