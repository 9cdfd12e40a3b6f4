import { join } from 'node:path';
import { parseMailFile } from '../mail/index';
import type { CorpusManifest } from './corpus-manifest';
import { readFile } from 'node:fs/promises';

/**
 * Bodies of the labelled corpus, risky and benign alternating, so a benchmark text has the hit density of
 * real mail rather than of filler.
 */
export async function loadMixedBodies(manifest: CorpusManifest, corpusDir: string): Promise<string[]> {
  const risky: string[] = [];
  const benign: string[] = [];
  for (const entry of manifest.entries) {
    const [first] = await parseMailFile(await readFile(join(corpusDir, entry.file)));
    if (!first?.result.ok || !first.result.message.text.trim()) continue;
    (entry.label === 'risky' ? risky : benign).push(first.result.message.text.trim());
  }
  const mixed: string[] = [];
  for (let i = 0; i < Math.max(risky.length, benign.length); i++) {
    if (risky[i] !== undefined) mixed.push(risky[i] as string);
    if (benign[i] !== undefined) mixed.push(benign[i] as string);
  }
  if (mixed.length === 0) throw new Error('the corpus has no readable message bodies to build benchmark texts from');
  return mixed;
}

/** Concatenates bodies (cycling through them) until the text is `bytes` long in UTF-8, then cuts it there. */
export function buildTextOfSize(bodies: readonly string[], bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const body = bodies[i % bodies.length] as string;
    parts.push(body);
    length += Buffer.byteLength(body) + 2;
  }
  const text = parts.join('\n\n');
  // Cut by bytes, then drop a character split in half by the cut.
  return Buffer.from(text).subarray(0, bytes).toString('utf8').replace(/\uFFFD$/, '');
}
