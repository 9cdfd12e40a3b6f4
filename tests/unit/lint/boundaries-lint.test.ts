import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../../eslint.config.js';

const ROOT = resolve(import.meta.dirname, '../../..');
// The project's own config file, so these tests prove what `npm run lint` enforces.
const eslint = new ESLint({ cwd: ROOT });
const layers = Object.keys(LAYERS);

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, filePath) });
  return result!.messages.map((message) => `${message.ruleId ?? 'parse'}: ${message.message}`);
}

describe('folder boundaries lint', () => {
  for (const from of layers) {
    const allowed = LAYERS[from]!;
    it(`lets lib/${from} import only ${allowed.join(', ') || 'nothing'} of the other folders`, async () => {
      for (const to of layers) {
        if (to === from) continue;
        const found = await problems(`import { x } from '../${to}/example';\nexport const y = x;\n`, `lib/${from}/example.ts`);
        if (allowed.includes(to)) expect(found, `${from} → ${to}`).toEqual([]);
        else expect(found, `${from} → ${to}`).toEqual([expect.stringMatching(new RegExp(`^waakzaam/layer-imports: lib/${from} may not import lib/${to} `))]);
      }
    });
  }

  it('catches re-exports, dynamic imports and imports from a subfolder', async () => {
    expect(await problems("export { x } from '../webmail/types';\n", 'lib/engine/example.ts')).toHaveLength(1);
    expect(await problems("export * from '../banner';\n", 'lib/rules/example.ts')).toHaveLength(1);
    expect(await problems("await import('../../runtime/content');\n", 'lib/banner/sub/example.ts')).toHaveLength(1);
  });

  it('keeps lib/ from importing an entry point and asks for a new folder to be placed', async () => {
    expect(await problems("import { x } from '../../entrypoints/popup/view';\nexport const y = x;\n", 'lib/runtime/example.ts')).toEqual([
      expect.stringMatching(/^waakzaam\/layer-imports: lib\/ never imports an entry point/),
    ]);
    expect(await problems("import { x } from '../model';\nexport const y = x;\n", 'lib/newfolder/example.ts')).toEqual([
      expect.stringMatching(/^waakzaam\/layer-imports: lib\/newfolder is not in LAYERS/),
    ]);
  });

  it('leaves imports inside a folder, of packages and from entry points alone', async () => {
    expect(await problems("import { x } from './sibling';\nimport { z } from 'zod';\nexport const y = [x, z];\n", 'lib/engine/example.ts')).toEqual([]);
    expect(await problems("import { x } from '../../lib/webmail/types';\nexport const y = x;\n", 'entrypoints/popup/example.ts')).toEqual([]);
  });
});
