import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

const corpusEntrySchema = z.object({
  file: z.string().min(1),
  label: z.enum(['risky', 'benign']),
  language: z.enum(['en', 'nl']),
  kind: z.string().optional(),
  categories: z.array(z.string()).optional(),
  note: z.string().optional(),
});

export type CorpusEntry = z.infer<typeof corpusEntrySchema>;

export interface CorpusManifest {
  /** Which file(s) the entries came from, for the report. */
  origin: string;
  /** `file` of each entry is relative to the corpus folder. */
  entries: CorpusEntry[];
}

export const DEFAULT_CORPUS_DIR = 'tests/fixtures/corpus';
const LANGUAGE_FOLDERS = ['en', 'nl'] as const;

async function readEntries(path: string): Promise<CorpusEntry[]> {
  const parsed = z.array(corpusEntrySchema).safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a list of corpus entries: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/**
 * The labelled corpus: `manifest.json` in the corpus folder, or, while that is not written yet, the
 * per-language `labels.json` files (whose paths are relative to their own folder).
 */
export async function loadCorpusManifest(corpusDir = DEFAULT_CORPUS_DIR): Promise<CorpusManifest> {
  const manifestPath = join(corpusDir, 'manifest.json');
  try {
    return { origin: manifestPath, entries: await readEntries(manifestPath) };
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  const origins: string[] = [];
  const entries: CorpusEntry[] = [];
  for (const folder of LANGUAGE_FOLDERS) {
    const labelsPath = join(corpusDir, folder, 'labels.json');
    try {
      const folderEntries = await readEntries(labelsPath);
      entries.push(...folderEntries.map((entry) => ({ ...entry, file: join(folder, entry.file) })));
      origins.push(labelsPath);
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
  if (origins.length === 0) throw new Error(`no corpus found: neither ${manifestPath} nor ${corpusDir}/{en,nl}/labels.json exists`);
  return { origin: origins.join(' + '), entries };
}
