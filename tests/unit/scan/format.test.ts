import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../lib/model';
import { formatJsonLine } from '../../../lib/scan/format-jsonl';
import { formatTextRecord, formatTextTotal } from '../../../lib/scan/format-text';
import type { AnalysedRecord, FailedRecord } from '../../../lib/scan/scan-record';
import { addToTally, emptyTally, exitStatusFor } from '../../../lib/scan/tally';

// A hand-written analysis: these tests are about presenting a verdict, not reaching one.
const analysis: Analysis = {
  level: 'high',
  score: 82,
  language: 'en',
  signals: [
    {
      category: 'payment-offer',
      weight: 20,
      rules: ['payment-honorarium'],
      evidence: [{ text: 'generous honorarium', start: 10, end: 29, field: 'text' }],
    },
    {
      category: 'diplomatic-sender',
      weight: 30,
      rules: ['diplomat-title'],
      evidence: [
        { text: 'Second Secretary', start: 0, end: 16, field: 'from' },
        { text: 'Second Secretary', start: 40, end: 56, field: 'text' },
        { text: 'embassy', start: 70, end: 77, field: 'text' },
      ],
    },
  ],
  explanation: { categories: ['payment-offer', 'diplomatic-sender'], requestedObject: 'internal process data', awareness: false },
  combinations: ['diplomat-and-payment'],
  capped: false,
  awareness: false,
};

const analysed: AnalysedRecord = {
  kind: 'analysed',
  source: 'inbox.mbox#2',
  id: 'inbox.mbox#2',
  from: { name: 'Pavel Sorokin', address: 'p.sorokin@example.com' },
  subject: 'Our conversation\u001b[31m',
  analysis,
  truncated: false,
};

const failed: FailedRecord = { kind: 'failed', source: 'broken.eml', error: 'the file is empty' };

describe('formatTextRecord', () => {
  const text = formatTextRecord(analysed);

  it('opens with the level in capitals, the score, source, sender and subject on one line', () => {
    expect(text.split('\n')[0]).toBe('HIGH  score 82  inbox.mbox#2  from Pavel Sorokin <p.sorokin@example.com>  subject "Our conversation [31m"');
  });

  it('gives the summary and the quoted evidence per category, strongest first, without repeats', () => {
    expect(text).toContain('\n  A sender presenting as a diplomat offers money.\n');
    expect(text).toMatch(/diplomatic-sender \(\+30\): "Second Secretary", "embassy"\n.*payment-offer \(\+20\): "generous honorarium"/);
  });

  it('never prints control characters from the mail', () => {
    expect(text).not.toContain('\u001b');
  });

  it('shows a failed message with its reason', () => {
    expect(formatTextRecord(failed)).toBe('FAILED  broken.eml  from ?  subject "?"\n  the file is empty\n');
  });
});

describe('formatJsonLine', () => {
  it('writes one line with the fields scripts rely on', () => {
    const line = formatJsonLine(analysed);
    expect(line).not.toContain('\n');
    expect(JSON.parse(line)).toMatchObject({
      source: 'inbox.mbox#2',
      from: 'Pavel Sorokin <p.sorokin@example.com>',
      subject: 'Our conversation\u001b[31m',
      level: 'high',
      score: 82,
      language: 'en',
      summary: 'A sender presenting as a diplomat offers money.',
      signals: [
        { category: 'payment-offer', weight: 20, evidence: [{ text: 'generous honorarium', field: 'text' }] },
        { category: 'diplomatic-sender', weight: 30 },
      ],
      truncated: false,
    });
  });

  it('writes an error instead of the analysis for a failed message', () => {
    expect(JSON.parse(formatJsonLine(failed))).toEqual({ source: 'broken.eml', error: 'the file is empty' });
  });

  it('gives a bare address when there is no display name', () => {
    const record = { ...analysed, from: { name: '', address: 'x@example.org' } };
    expect(JSON.parse(formatJsonLine(record)).from).toBe('x@example.org');
  });
});

describe('totals and exit status', () => {
  it('counts messages per level and failures, and exits 2 only when something failed', () => {
    const tally = emptyTally();
    addToTally(tally, analysed);
    addToTally(tally, { ...analysed, analysis: { ...analysis, level: 'none' } });
    expect(exitStatusFor(tally)).toBe(0);
    addToTally(tally, { kind: 'skipped', source: 'README.md', reason: 'not mail' });
    expect(exitStatusFor(tally)).toBe(0);
    addToTally(tally, failed);
    expect(exitStatusFor(tally)).toBe(2);
    expect(formatTextTotal(tally)).toBe(
      'Total: 3 messages — 1 high, 0 medium, 0 low, 1 none; 1 failed.\n1 file was skipped as not mail (see above).\n',
    );
  });

  it('exits 2 when an input could not be read', () => {
    const tally = emptyTally();
    addToTally(tally, { kind: 'unreadable', source: 'gone.eml', reason: 'no such file or folder' });
    expect(exitStatusFor(tally)).toBe(2);
  });
});
