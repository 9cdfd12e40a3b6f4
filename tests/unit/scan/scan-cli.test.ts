import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScan } from '../../../lib/scan';

/**
 * The real command in a child process, engine included, as a user runs it (what `npm run scan` runs, without npm and
 * npx starting first): for what only a process shows, its exit status and Ctrl-C.
 */
function scanCommand(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The same command run here, as scripts/scan.ts runs it (its worker threads included), with what it writes kept. */
async function scan(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await runScan(args, { out: (text) => (stdout += text), err: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

const jsonLines = (stdout: string): Record<string, unknown>[] =>
  stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);

const fixtures = 'tests/fixtures/mail';
const workspace = mkdtempSync(join(tmpdir(), 'waakzaam-scan-'));
const emptyFile = join(workspace, 'empty.eml');
const binaryFile = join(workspace, 'photo.eml');
writeFileSync(emptyFile, '');
writeFileSync(binaryFile, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));

describe('npm run scan', { timeout: 90_000 }, () => {
  it('prints the usage for --help and exits 0', () => {
    const run = scanCommand('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: npm run scan');
  });

  it('rejects an unknown option with exit 2', () => {
    const run = scanCommand('--colour', `${fixtures}/ordinary-notice.eml`);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown option --colour');
    expect(run.stdout).toBe('');
  });

  it('numbers the messages of an mbox and gives every jsonl field', () => {
    const run = scanCommand('--format', 'jsonl', `${fixtures}/three-messages.mbox`, `${fixtures}/embassy-approach.eml`);
    expect(run.status).toBe(0);
    const records = jsonLines(run.stdout);
    expect(records.map((record) => record.source)).toEqual([
      `${fixtures}/three-messages.mbox#1`,
      `${fixtures}/three-messages.mbox#2`,
      `${fixtures}/three-messages.mbox#3`,
      `${fixtures}/embassy-approach.eml`,
    ]);
    for (const record of records) {
      expect(Object.keys(record)).toEqual(
        expect.arrayContaining(['source', 'from', 'subject', 'level', 'score', 'language', 'signals', 'summary']),
      );
    }
    expect(records[1]).toMatchObject({ from: 'Bob <bob@example.org>', subject: 'Second message' });
    const approach = records[3] as { level: string; signals: { category: string; weight: number; evidence: unknown[] }[] };
    expect(['medium', 'high']).toContain(approach.level);
    expect(approach.signals.length).toBeGreaterThan(0);
    for (const signal of approach.signals) {
      expect(typeof signal.category).toBe('string');
      expect(typeof signal.weight).toBe('number');
      expect(signal.evidence.length).toBeGreaterThan(0);
    }
  });

  it('names a missing path on stderr, scans the rest and exits 2', async () => {
    const run = await scan('no/such/file.eml', `${fixtures}/ordinary-notice.eml`);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot read no/such/file.eml: no such file or folder');
    expect(run.stdout).toContain(`${fixtures}/ordinary-notice.eml`);
    expect(run.stdout).toContain('Total: 1 message');
  });

  it('reports an empty file and a binary file as failed messages with reasons, exit 2', async () => {
    const run = await scan('--format', 'jsonl', emptyFile, binaryFile);
    expect(run.status).toBe(2);
    expect(jsonLines(run.stdout)).toEqual([
      { source: emptyFile, error: 'the file is empty' },
      { source: binaryFile, error: expect.stringContaining('binary') },
    ]);
  });

  it('writes a text report with a verdict line, evidence and a total', async () => {
    const run = await scan(`${fixtures}/embassy-approach.eml`, `${fixtures}/ordinary-notice.eml`, emptyFile);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^(HIGH|MEDIUM)  score \d+  tests\/fixtures\/mail\/embassy-approach\.eml  from .*p\.sorokin\.embassy@gmail\.com.*  subject "Our conversation at the reception"$/m);
    expect(run.stdout).toContain('Evidence:');
    expect(run.stdout).toMatch(/^NONE  score \d+  tests\/fixtures\/mail\/ordinary-notice\.eml/m);
    expect(run.stdout).toMatch(/^FAILED  .*empty\.eml/m);
    expect(run.stdout).toMatch(/Total: 3 messages — \d+ high, \d+ medium, \d+ low, 1 none; 1 failed\./);
  });

  it('walks a folder in sorted order, skips stray non-mail files out loud, and exits 0', async () => {
    const folder = join(workspace, 'folder');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    copyFileSync(`${fixtures}/ordinary-notice.eml`, join(folder, 'b.eml'));
    copyFileSync(`${fixtures}/three-messages.mbox`, join(folder, 'sub', 'archive'));
    copyFileSync(`${fixtures}/qp-latin1.eml`, join(folder, 'a.eml'));
    writeFileSync(join(folder, 'notes.md'), '# Notes\n\nNot a message.\n');
    const run = await scan('--format', 'jsonl', folder);
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout).map((record) => record.source)).toEqual([
      join(folder, 'a.eml'),
      join(folder, 'b.eml'),
      `${join(folder, 'sub', 'archive')}#1`,
      `${join(folder, 'sub', 'archive')}#2`,
      `${join(folder, 'sub', 'archive')}#3`,
    ]);
    expect(run.stderr).toContain(`skipped ${join(folder, 'notes.md')}`);
  });
});

describe('npm run scan on archives', { timeout: 120_000 }, () => {
  const mbox = join(workspace, 'many.mbox');
  const messageCount = 120;
  const senders = ['Alice <alice@example.org>', 'Bob <bob@example.org>', 'Carol <carol@example.org>'];
  const approach = readFileSync(`${fixtures}/embassy-approach.eml`, 'latin1');
  writeFileSync(
    mbox,
    Array.from({ length: messageCount }, (_, index) =>
      index % 40 === 7
        ? `From x@example.org Mon Mar  2 09:15:00 2026\n${approach.replace(/\n?$/, '\n')}`
        : `From x@example.org Mon Mar  2 09:15:00 2026\nFrom: ${senders[index % 3]}\nSubject: Note ${index}\nDate: Mon, ${1 + (index % 27)} Mar 2026 09:00:00 +0000\nMessage-ID: <n${index}@example.org>\n\nMeeting notes number ${index}.\nFrom the minutes: nothing to add.\n`,
    ).join('\n'),
  );

  it('gives the same output with one job and with three', async () => {
    const one = await scan('--jobs', '1', '--format', 'jsonl', mbox, `${fixtures}/three-messages.mbox`);
    const three = await scan('--jobs', '3', '--format', 'jsonl', mbox, `${fixtures}/three-messages.mbox`);
    expect(one.status).toBe(0);
    expect(jsonLines(one.stdout)).toHaveLength(messageCount + 3);
    expect(three.stdout).toBe(one.stdout);
    expect(jsonLines(one.stdout).filter((record) => record.level === 'high' || record.level === 'medium').length).toBe(3);
  });

  it('is silent on stderr for piped JSON lines, and with --progress writes progress lines and a closing figure', async () => {
    expect((await scan('--format', 'jsonl', mbox)).stderr).toBe('');
    const run = await scan('--format', 'jsonl', '--progress', mbox);
    expect(run.stderr).toMatch(/^waakzaam scan: .*many\.mbox: 1 message/m);
    expect(run.stderr).toMatch(new RegExp(`^waakzaam scan: ${messageCount} messages in \\d+ s, [\\d.]+ ms a message \\(\\d+ jobs?\\); peak memory \\d+ MB$`, 'm'));
  });

  it('on Ctrl-C stops reading and reports the messages read so far, exit 130', async () => {
    const big = join(workspace, 'big.mbox');
    writeFileSync(big, Array.from({ length: 40 }, () => readFileSync(mbox, 'latin1')).join('\n'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', '--format', 'jsonl', '--progress', '--jobs', '1', big]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // Interrupted once the first message is done, as a person would after seeing the progress line.
      if (stderr.includes('big.mbox: 1 message')) child.kill('SIGINT');
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(130);
    const reported = jsonLines(stdout).length;
    expect(reported).toBeGreaterThan(0);
    expect(reported).toBeLessThan(40 * messageCount);
    expect(stderr).toContain(`interrupted; reporting the ${reported} messages read so far (not read: the rest of ${big} and any inputs after it)`);
  });

  it('reads a Maildir: every file in cur and new is a message, whatever its name', async () => {
    const maildir = join(workspace, 'Maildir');
    mkdirSync(join(maildir, 'cur'), { recursive: true });
    mkdirSync(join(maildir, 'new'), { recursive: true });
    copyFileSync(`${fixtures}/embassy-approach.eml`, join(maildir, 'cur', '1733390000.M5P7.host:2,S'));
    copyFileSync(`${fixtures}/ordinary-notice.eml`, join(maildir, 'new', '1733390100.M6P8.host'));
    writeFileSync(join(maildir, 'new', '1733390200.M7P9.host'), 'not a message at all');
    const run = await scan('--format', 'jsonl', maildir);
    expect(run.status).toBe(2);
    expect(jsonLines(run.stdout).map((record) => [record.source, record.level ?? record.error])).toEqual([
      [join(maildir, 'cur', '1733390000.M5P7.host:2,S'), expect.stringMatching(/medium|high/)],
      [join(maildir, 'new', '1733390100.M6P8.host'), 'none'],
      [join(maildir, 'new', '1733390200.M7P9.host'), expect.stringContaining('mail headers')],
    ]);
  });
});

describe('npm run scan on a message too large for a worker heap', { timeout: 120_000 }, () => {
  it('reads it again on a worker of its own with room for it, and reports it', async () => {
    // About 30 MB of text: more than a worker's heap holds once decoded, within the reading limit (25 MB is read).
    const words = ['wafer', 'process', 'meeting', 'review', 'budget', 'tomorrow', 'notes', 'agenda'];
    const line = (n: number): string => Array.from({ length: 10 }, (_, i) => words[(n * 7 + i * 3) % words.length]).join(' ');
    const body = Array.from({ length: 450_000 }, (_, n) => line(n)).join('\n');
    const path = join(workspace, 'huge.eml');
    writeFileSync(path, `From: Archive <archive@example.org>\nSubject: Huge\n\n${body}\n`);
    const run = await scan('--format', 'jsonl', '--jobs', '1', path);
    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)).toEqual([expect.objectContaining({ source: path, level: 'none', truncated: true })]);
  });
});
