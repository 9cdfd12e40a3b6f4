import { describe, expect, it } from 'vitest';
import { runScan } from '../../../lib/scan';

const FIXTURE = 'tests/fixtures/mail/escalating-senders.mbox';

async function scan(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const status = await runScan(args, { out: (text) => (out += text), err: (text) => (err += text) });
  return { status, out, err };
}

interface JsonRecord {
  source: string;
  from: string;
  level: string;
  date: string | null;
  history: { sentence: string; messages: number; firstContact: boolean; escalation: { rules: string[] } | null } | null;
}

describe('scan: sender history', { timeout: 60_000 }, () => {
  it('groups messages by sender in date order and reports where each sender escalates, in jsonl', async () => {
    const run = await scan('--format', 'jsonl', FIXTURE);
    expect(run.status).toBe(0);
    const records = run.out.trim().split('\n').map((line) => JSON.parse(line) as JsonRecord);
    // The file has Volkov's reply (#7) after his request (#6); the report follows the Date headers.
    expect(records.map((record) => record.source.split('#')[1])).toEqual(['1', '7', '6', '2', '4', '8', '3', '5']);

    const escalated = records.filter((record) => record.history?.escalation);
    // Each names the step the rules read; a category the fitted model reads on its own may add a step beside it.
    expect(escalated.map((record) => record.source.split('#')[1])).toEqual(['6', '5']);
    for (const record of escalated) expect(record.history?.escalation?.rules).toContain('HOSTED_THEN_ASKS');
    for (const record of escalated) expect(['medium', 'high']).toContain(record.level);
    expect(escalated[0]?.history).toMatchObject({ messages: 3, firstContact: false });
    expect(escalated[0]?.history?.sentence).toMatch(
      /^Third message from this sender since 12 October 2026\. Earlier: an offer of dinners, gifts or travel\. Now: a request for “design files”(,| and) questions about colleagues/,
    );
    expect(escalated[1]?.history?.sentence).toMatch(/^Second message from this sender since 14 October 2026\. Earlier: an offer of dinners/);

    // The conference organiser's reception, slides and travel claims stay quiet.
    const organiser = records.filter((record) => record.from.includes('photonics-week'));
    expect(organiser.map((record) => [record.level, record.history])).toEqual([
      ['none', null],
      ['none', null],
      ['none', null],
    ]);
  });

  it('heads each sender with its count, dates, highest level and escalation, in text', async () => {
    const run = await scan(FIXTURE);
    expect(run.out).toMatch(
      /== Sender Dmitri Volkov <d\.volkov@outlook\.com>: 3 messages, 2026-10-12 to 2026-11-05, highest level (medium|high); escalates at message #3 ==/,
    );
    expect(run.out).toContain('highest level none; no escalation ==');
    expect(run.out).toContain('  History: Third message from this sender since 12 October 2026.');
    expect(run.out).toMatch(/ {2}Escalation \(\+\d+\): HOSTED_THEN_ASKS/);
    // Both escalated requests get a banner, and the thank-you after the dinner none; how the first invitation and the
    // other senders' mail are read beside them, and whether a banner is medium or high, is the fitted model's reading.
    expect(run.out).toMatch(/NONE {2}score 0 {2}tests\/fixtures\/mail\/escalating-senders\.mbox#7 /);
    const [, high, medium, low, none] = /Total: 8 messages — (\d) high, (\d) medium, (\d) low, (\d) none; 0 failed\./.exec(run.out)!;
    expect(Number(high) + Number(medium)).toBeGreaterThanOrEqual(2);
    expect(Number(high) + Number(medium) + Number(low) + Number(none)).toBe(8);
  });
});
