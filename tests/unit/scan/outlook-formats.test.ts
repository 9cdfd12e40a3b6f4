import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runScan } from '../../../lib/scan';
import { writeMsg } from '../mail/outlook/msg-writer';
import { fromEml, type OutlookTestMessage } from '../mail/outlook/outlook-message';
import { writePst } from '../mail/outlook/pst-writer';

interface ManifestEntry {
  file: string;
  label: 'risky' | 'benign';
  language: string;
}

interface JsonRecord {
  source: string;
  from?: string;
  subject?: string;
  level?: string;
  score?: number;
  error?: string;
}

async function scan(...args: string[]): Promise<{ status: number; records: JsonRecord[]; err: string }> {
  let out = '';
  let err = '';
  const status = await runScan(['--format', 'jsonl', '--jobs', '2', ...args], { out: (text) => (out += text), err: (text) => (err += text) });
  return { status, records: out.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as JsonRecord), err };
}

/** Level and score by sender and subject: the same message, whatever file it came in. */
const verdicts = (records: JsonRecord[]): Map<string, string> =>
  new Map(records.map((record) => [`${record.from} | ${record.subject}`, `${record.level} ${record.score}`]));

// Risky and benign mail in both languages from the labelled corpus, and the hand-made fixtures.
const manifest = JSON.parse(readFileSync('tests/fixtures/corpus/manifest.json', 'utf8')) as ManifestEntry[];
const chosen = ['risky', 'benign'].flatMap((label) =>
  ['en', 'nl'].flatMap((language) => manifest.filter((entry) => entry.label === label && entry.language === language).slice(0, 2)),
);
const emlPaths = [
  ...chosen.map((entry) => join('tests/fixtures/corpus', entry.file)),
  ...['embassy-approach', 'ordinary-notice', 'qp-latin1', 'multipart-alternative', 'html-only-base64'].map((name) => `tests/fixtures/mail/${name}.eml`),
];

const workspace = mkdtempSync(join(tmpdir(), 'waakzaam-outlook-'));
const emlFolder = join(workspace, 'eml');
const msgFolder = join(workspace, 'msg');
const pstPath = join(workspace, 'archive.pst');
let messages: OutlookTestMessage[] = [];

beforeAll(async () => {
  mkdirSync(emlFolder);
  mkdirSync(msgFolder);
  messages = await Promise.all(emlPaths.map(async (path) => fromEml(readFileSync(path))));
  emlPaths.forEach((path, index) => {
    writeFileSync(join(emlFolder, basename(path)), readFileSync(path));
    writeFileSync(join(msgFolder, basename(path).replace(/\.eml$/, '.msg')), writeMsg(messages[index]!));
  });
  const half = Math.ceil(messages.length / 2);
  writeFileSync(pstPath, writePst([{ name: 'Inbox', messages: messages.slice(0, half), folders: [{ name: 'Reported', messages: messages.slice(half) }] }]));
});

describe('scan: Outlook items and archives', { timeout: 120_000 }, () => {
  it('gives .msg files the levels and scores of the same messages as .eml', async () => {
    const asEml = await scan(emlFolder);
    const asMsg = await scan(msgFolder);
    expect(asEml.status).toBe(0);
    expect(asMsg.status).toBe(0);
    expect(asMsg.records).toHaveLength(emlPaths.length);
    const levels = [...verdicts(asEml.records).values()].map((verdict) => verdict.split(' ')[0]);
    // The set holds both warnings and quiet mail, so a reader that lost the text or the sender would show.
    expect(levels.filter((level) => level === 'medium' || level === 'high').length).toBeGreaterThanOrEqual(3);
    expect(levels).toContain('none');
    expect(verdicts(asMsg.records)).toEqual(verdicts(asEml.records));
  });

  it('reads a .pst folder by folder, names each folder in the source, and gives the levels of the .eml files', async () => {
    const asEml = await scan(emlFolder);
    const asPst = await scan(pstPath);
    expect(asPst.status).toBe(0);
    expect(asPst.records).toHaveLength(emlPaths.length);
    expect(verdicts(asPst.records)).toEqual(verdicts(asEml.records));
    const sources = asPst.records.map((record) => record.source).sort();
    expect(sources).toContain(`${pstPath}#Inbox#1`);
    expect(sources).toContain(`${pstPath}#Inbox/Reported#1`);
  });

  it('reports a damaged .pst item and reads the rest of the archive, with nothing but JSON on stdout', () => {
    const damaged = join(workspace, 'damaged.pst');
    writeFileSync(damaged, writePst([{ name: 'Inbox', messages: messages.slice(0, 4), folders: [{ name: 'Reported', messages: messages.slice(4, 6) }] }], { damage: [1] }));
    // As a process of its own: the Outlook library's diagnostics would go to the real stdout.
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', '--format', 'jsonl', damaged], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    const lines = run.stdout.trim().split('\n');
    expect(lines.every((line) => line.startsWith('{'))).toBe(true);
    const records = lines.map((line) => JSON.parse(line) as JsonRecord);
    expect(records.filter((record) => record.level)).toHaveLength(5);
    expect(records.filter((record) => record.error)).toEqual([{ source: `${damaged}#Inbox`, error: '1 item of this folder could not be read' }]);
  });

  it('reports a damaged .msg file and reads the others', async () => {
    const folder = join(workspace, 'damaged-msg');
    mkdirSync(folder);
    const whole = writeMsg(messages[0]!);
    writeFileSync(join(folder, 'a-cut-short.msg'), whole.subarray(0, 1536));
    writeFileSync(join(folder, 'b-whole.msg'), whole);
    const run = await scan(folder);
    expect(run.status).toBe(2);
    expect(run.records.map((record) => [basename(record.source), record.error === undefined])).toEqual([
      ['b-whole.msg', true],
      ['a-cut-short.msg', false],
    ]);
    expect(run.records[1]?.error).toMatch(/Outlook item could not be read/);
  });
});
