import { describe, expect, it } from 'vitest';
import { parseScanArguments } from '../../../lib/scan/cli-options';

describe('parseScanArguments', () => {
  it('defaults to the text format', () => {
    expect(parseScanArguments(['a.eml', 'folder'])).toEqual({ kind: 'scan', format: 'text', paths: ['a.eml', 'folder'], progress: false });
  });

  it('accepts --format jsonl and --format=jsonl', () => {
    expect(parseScanArguments(['--format', 'jsonl', 'a.eml'])).toMatchObject({ format: 'jsonl' });
    expect(parseScanArguments(['a.eml', '--format=jsonl'])).toMatchObject({ format: 'jsonl' });
  });

  it('asks for help with --help or -h', () => {
    expect(parseScanArguments(['--help'])).toEqual({ kind: 'help' });
    expect(parseScanArguments(['a.eml', '-h'])).toEqual({ kind: 'help' });
  });

  it('names an unknown option', () => {
    expect(parseScanArguments(['--verbose', 'a.eml'])).toEqual({ kind: 'usage-error', message: 'unknown option --verbose' });
  });

  it('names a bad or missing format', () => {
    expect(parseScanArguments(['--format', 'xml', 'a.eml'])).toMatchObject({ kind: 'usage-error', message: expect.stringContaining('"xml"') });
    expect(parseScanArguments(['a.eml', '--format'])).toMatchObject({ kind: 'usage-error', message: expect.stringContaining('nothing') });
  });

  it('needs at least one path', () => {
    expect(parseScanArguments(['--format', 'text'])).toMatchObject({ kind: 'usage-error' });
  });

  it('treats everything after -- as a path', () => {
    expect(parseScanArguments(['--', '--odd-name.eml'])).toEqual({ kind: 'scan', format: 'text', paths: ['--odd-name.eml'], progress: false });
  });

  it('takes a number of jobs, and refuses one that is not a whole number from 1 to 64', () => {
    expect(parseScanArguments(['--jobs', '3', 'a.mbox'])).toMatchObject({ kind: 'scan', jobs: 3 });
    expect(parseScanArguments(['--jobs=1', 'a.mbox'])).toMatchObject({ kind: 'scan', jobs: 1 });
    expect(parseScanArguments(['a.mbox'])).not.toHaveProperty('jobs');
    for (const bad of ['0', '-1', '2.5', 'many', '65']) {
      expect(parseScanArguments(['--jobs', bad, 'a.mbox'])).toMatchObject({ kind: 'usage-error', message: expect.stringContaining(`"${bad}"`) });
    }
    expect(parseScanArguments(['a.mbox', '--jobs'])).toMatchObject({ kind: 'usage-error', message: expect.stringContaining('nothing') });
  });

  it('asks for the progress line with --progress', () => {
    expect(parseScanArguments(['--progress', 'a.mbox'])).toMatchObject({ kind: 'scan', progress: true });
  });
});
