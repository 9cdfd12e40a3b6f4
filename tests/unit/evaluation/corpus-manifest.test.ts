import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpusManifest } from '../../../lib/evaluation/corpus-manifest';

const entry = (file: string, language: 'en' | 'nl') => ({ file, label: 'benign', language, kind: 'newsletter', categories: [], note: '' });

describe('loadCorpusManifest', () => {
  it('reads manifest.json when it exists', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'waakzaam-manifest-'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify([entry('en/a.eml', 'en')]));
    const manifest = await loadCorpusManifest(dir);
    expect(manifest.origin).toBe(join(dir, 'manifest.json'));
    expect(manifest.entries.map((e) => e.file)).toEqual(['en/a.eml']);
  });

  it('names an entry that does not fit the schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'waakzaam-bad-'));
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify([{ file: 'x.eml', label: 'suspicious', language: 'en' }]));
    await expect(loadCorpusManifest(dir)).rejects.toThrow(/label/);
  });

  it('names the missing manifest', async () => {
    await expect(loadCorpusManifest(mkdtempSync(join(tmpdir(), 'waakzaam-none-')))).rejects.toThrow(/manifest\.json/);
  });
});
