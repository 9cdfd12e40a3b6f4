import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// These run the real command in a child process, engine included, as a user would.
function scan(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/scan.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
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
    const run = scan('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: npm run scan');
  });

  it('rejects an unknown option with exit 2', () => {
    const run = scan('--colour', `${fixtures}/ordinary-notice.eml`);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown option --colour');
    expect(run.stdout).toBe('');
  });

  it('numbers the messages of an mbox and gives every jsonl field', () => {
    const run = scan('--format', 'jsonl', `${fixtures}/three-messages.mbox`, `${fixtures}/embassy-approach.eml`);
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

  it('names a missing path on stderr, scans the rest and exits 2', () => {
    const run = scan('no/such/file.eml', `${fixtures}/ordinary-notice.eml`);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('cannot read no/such/file.eml: no such file or folder');
    expect(run.stdout).toContain(`${fixtures}/ordinary-notice.eml`);
    expect(run.stdout).toContain('Total: 1 message');
  });

  it('reports an empty file and a binary file as failed messages with reasons, exit 2', () => {
    const run = scan('--format', 'jsonl', emptyFile, binaryFile);
    expect(run.status).toBe(2);
    expect(jsonLines(run.stdout)).toEqual([
      { source: emptyFile, error: 'the file is empty' },
      { source: binaryFile, error: expect.stringContaining('binary') },
    ]);
  });

  it('writes a text report with a verdict line, evidence and a total', () => {
    const run = scan(`${fixtures}/embassy-approach.eml`, `${fixtures}/ordinary-notice.eml`, emptyFile);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/^(HIGH|MEDIUM)  score \d+  tests\/fixtures\/mail\/embassy-approach\.eml  from .*p\.sorokin\.embassy@gmail\.com.*  subject "Our conversation at the reception"$/m);
    expect(run.stdout).toContain('Evidence:');
    expect(run.stdout).toMatch(/^NONE  score \d+  tests\/fixtures\/mail\/ordinary-notice\.eml/m);
    expect(run.stdout).toMatch(/^FAILED  .*empty\.eml/m);
    expect(run.stdout).toMatch(/Total: 3 messages — \d+ high, \d+ medium, \d+ low, 1 none; 1 failed\./);
  });

  it('walks a folder in sorted order, skips stray non-mail files out loud, and exits 0', () => {
    const folder = join(workspace, 'folder');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    copyFileSync(`${fixtures}/ordinary-notice.eml`, join(folder, 'b.eml'));
    copyFileSync(`${fixtures}/three-messages.mbox`, join(folder, 'sub', 'archive'));
    copyFileSync(`${fixtures}/qp-latin1.eml`, join(folder, 'a.eml'));
    writeFileSync(join(folder, 'notes.md'), '# Notes\n\nNot a message.\n');
    const run = scan('--format', 'jsonl', folder);
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
