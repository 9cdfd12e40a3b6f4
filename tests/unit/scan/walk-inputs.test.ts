import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { walkInputs, type InputItem } from '../../../lib/scan/walk-inputs';

async function collect(paths: string[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of walkInputs(paths)) items.push(item);
  return items;
}

describe('walkInputs', () => {
  const root = mkdtempSync(join(tmpdir(), 'waakzaam-walk-'));
  mkdirSync(join(root, 'b-folder', 'nested'), { recursive: true });
  writeFileSync(join(root, 'c.eml'), 'x');
  writeFileSync(join(root, 'a.eml'), 'x');
  writeFileSync(join(root, 'b-folder', 'z.mbox'), 'x');
  writeFileSync(join(root, 'b-folder', 'nested', 'm.eml'), 'x');
  symlinkSync(root, join(root, 'b-folder', 'loop'));

  it('walks folders recursively in sorted order, keeping the given prefix', async () => {
    const files = (await collect([root])).filter((item) => item.kind === 'file').map((item) => item.path);
    expect(files).toEqual([
      join(root, 'a.eml'),
      join(root, 'b-folder', 'nested', 'm.eml'),
      join(root, 'b-folder', 'z.mbox'),
      join(root, 'c.eml'),
    ]);
  });

  it('names a link back to a parent folder instead of looping', async () => {
    const problems = (await collect([root])).filter((item) => item.kind === 'problem');
    expect(problems).toEqual([{ kind: 'problem', path: join(root, 'b-folder', 'loop'), reason: expect.stringContaining('symbolic link') }]);
  });

  it('marks files found in folders, and not files named directly', async () => {
    const items = await collect([join(root, 'a.eml'), join(root, 'b-folder', 'nested')]);
    expect(items).toEqual([
      { kind: 'file', path: join(root, 'a.eml'), insideFolder: false },
      { kind: 'file', path: join(root, 'b-folder', 'nested', 'm.eml'), insideFolder: true },
    ]);
  });

  it('names a missing path and goes on with the rest', async () => {
    const items = await collect([join(root, 'missing.eml'), join(root, 'c.eml')]);
    expect(items).toEqual([
      { kind: 'problem', path: join(root, 'missing.eml'), reason: 'no such file or folder' },
      { kind: 'file', path: join(root, 'c.eml'), insideFolder: false },
    ]);
  });
});
