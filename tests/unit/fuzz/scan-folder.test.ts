import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileMbox, hostileMime, nestedHtml } from './hostile-mime';

const FILES_PER_KIND = 8;
const SCAN_TIMEOUT_MS = 120_000;

/** A folder of hostile files, the same on every run (fixed seeds); returns every file's path. */
function writeHostileFolder(): { folder: string; files: string[] } {
  const folder = mkdtempSync(join(tmpdir(), 'waakzaam-hostile-'));
  mkdirSync(join(folder, 'nested', 'deeper'), { recursive: true });
  const kinds: Record<string, Array<string | Uint8Array>> = {
    'random.eml': fc.sample(fc.uint8Array({ maxLength: 3_000 }), { seed: 5_301, numRuns: FILES_PER_KIND }),
    'mime.eml': fc.sample(hostileMime, { seed: 5_302, numRuns: FILES_PER_KIND }),
    'archive.mbox': fc.sample(hostileMbox, { seed: 5_303, numRuns: FILES_PER_KIND }),
    'html.eml': fc
      .sample(nestedHtml(10_000), { seed: 5_304, numRuns: FILES_PER_KIND })
      .map((html) => `From: a@example.org\r\nContent-Type: text/html\r\n\r\n${html}`),
    noextension: fc.sample(hostileMime, { seed: 5_305, numRuns: FILES_PER_KIND }),
  };
  kinds['edge.eml'] = [
    '',
    new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
    `From: a@example.org\r\nSubject: Line\r\n\r\n${'5.'.repeat(500_000)}`,
    `From: a@example.org\r\nSubject: ${'x'.repeat(3_000_000)}\r\n\r\nBody`,
  ];
  const files: string[] = [];
  for (const [name, contents] of Object.entries(kinds)) {
    contents.forEach((content, index) => {
      const path = join(folder, ['nested', join('nested', 'deeper'), ''][index % 3]!, `${index}-${name}`);
      writeFileSync(path, content);
      files.push(path);
    });
  }
  return { folder, files };
}

describe('npm run scan on a folder of hostile files', () => {
  it('answers every file with a result line or a named error, exits 2 and does not hang', { timeout: SCAN_TIMEOUT_MS + 10_000 }, () => {
    const { folder, files } = writeHostileFolder();
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scan.ts', '--format', 'jsonl', folder], {
      encoding: 'utf8',
      timeout: SCAN_TIMEOUT_MS,
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = (performance.now() - started) / 1000;
    const megabytes = files.reduce((sum, file) => sum + statSync(file).size, 0) / 1024 / 1024;
    console.log(`fuzz scan: ${files.length} hostile files (${megabytes.toFixed(1)} MB) scanned in ${seconds.toFixed(1)} s`);

    expect(run.error, 'the scan was killed (timeout) or could not start').toBeUndefined();
    expect(run.signal).toBeNull();
    expect(run.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(run.status).toBe(2);

    const records = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { source: string; level?: string; error?: string });
    for (const record of records) expect(record.level !== undefined || (record.error ?? '') !== '').toBe(true);
    const answered = (file: string) =>
      records.some((record) => record.source === file || record.source.startsWith(`${file}#`)) ||
      run.stderr.includes(`skipped ${file}: `) ||
      run.stderr.includes(`cannot read ${file}: `);
    expect(files.filter((file) => !answered(file))).toEqual([]);
  });
});
