import { describe, expect, it } from 'vitest';
import { formatDuration, ProgressLine } from '../../../lib/scan/progress-line';

function line(mode: 'off' | 'terminal' | 'lines', columns = 0) {
  let now = 0;
  const written: string[] = [];
  const progress = new ProgressLine((text) => written.push(text), mode, columns, () => now);
  return { progress, written, advance: (ms: number) => (now += ms) };
}

describe('ProgressLine', () => {
  it('redraws one line in place on a terminal: messages, rate, share read and time left', () => {
    const { progress, written, advance } = line('terminal');
    progress.messageDone('archive.mbox', 0.01);
    advance(2000);
    for (let i = 0; i < 99; i++) progress.messageDone('archive.mbox', 0.25);
    expect(written).toEqual(['\rarchive.mbox: 1 message\u001b[K', '\rarchive.mbox: 2 messages, 1 a second, 25%, about 6 s left\u001b[K']);
  });

  it('redraws at most every 150 ms, and starts counting again for the next input', () => {
    const { progress, written, advance } = line('terminal');
    progress.messageDone('a.mbox', 0.5);
    advance(100);
    progress.messageDone('a.mbox', 0.6);
    advance(100);
    progress.messageDone('b.eml', 1);
    expect(written).toEqual(['\ra.mbox: 1 message\u001b[K', '\rb.eml: 1 message\u001b[K']);
  });

  it('clears the line before a note, and fits the line to the terminal', () => {
    const { progress, written } = line('terminal', 20);
    progress.messageDone('a-very-long-archive-name.mbox', 0.5);
    progress.note('waakzaam scan: skipped notes.md\n');
    expect(written).toEqual(['\ra-very-long-archiv…\u001b[K', '\r\u001b[K', 'waakzaam scan: skipped notes.md\n']);
  });

  it('writes whole lines every few seconds when stderr is no terminal, and nothing when off', () => {
    const lines = line('lines');
    lines.progress.messageDone('a.mbox', 0.1);
    lines.advance(1000);
    lines.progress.messageDone('a.mbox', 0.2);
    lines.advance(5000);
    lines.progress.messageDone('a.mbox', 0.3);
    expect(lines.written).toEqual(['waakzaam scan: a.mbox: 1 message\n', 'waakzaam scan: a.mbox: 3 messages, 1 a second, 30%, about 14 s left\n']);
    const off = line('off');
    off.progress.messageDone('a.mbox', 0.5);
    off.progress.note('said\n');
    expect(off.written).toEqual(['said\n']);
  });
});

describe('formatDuration', () => {
  it('says hours and minutes, minutes and seconds, or seconds', () => {
    expect(formatDuration(7500)).toBe('2 h 5 min');
    expect(formatDuration(200)).toBe('3 min 20 s');
    expect(formatDuration(44.6)).toBe('45 s');
  });
});
