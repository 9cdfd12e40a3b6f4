import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CategoryId, Language, MailMessage } from '../model';
import { loadCorpusManifest, TRAINING_CORPUS_DIRS } from '../evaluation/corpus-manifest';
import { listHamFiles } from '../evaluation/ham-corpus';
import { listCorpusAvailable, readListCorpus } from '../evaluation/list-corpus';
import { parseMailFile } from '../mail/index';
import { HAM_TRAINING_PARTS, isTrainingHam } from '../evaluation/split';

export type Source = 'labelled' | 'spamassassin-ham' | 'mailing-list';

/** One message the fit learns from. */
export interface TrainingMessage {
  id: string;
  source: Source;
  label: 0 | 1;
  language?: Language;
  categories: readonly CategoryId[];
  message: MailMessage;
}


async function parseOne(bytes: Uint8Array): Promise<MailMessage | null> {
  const entries = await parseMailFile(bytes);
  const first = entries[0];
  return entries.length === 1 && first?.result.ok ? first.result.message : null;
}

export async function loadLabelled(dirs: readonly string[] = TRAINING_CORPUS_DIRS): Promise<TrainingMessage[]> {
  const result: TrainingMessage[] = [];
  for (const dir of dirs) {
    const manifest = await loadCorpusManifest(dir);
    for (const entry of manifest.entries) {
      const message = await parseOne(await readFile(join(dir, entry.file)));
      if (!message) throw new Error(`${join(dir, entry.file)}: not one readable message`);
      result.push({
        id: `${dir}/${entry.file}`,
        source: 'labelled',
        label: entry.label === 'risky' ? 1 : 0,
        language: entry.language,
        categories: (entry.categories ?? []) as CategoryId[],
        message,
      });
    }
  }
  return result;
}

/** The training part of real ham: half of SpamAssassin's, a third of the mailing list's (when it is there). */
export async function loadTrainingHam(log: (line: string) => void): Promise<TrainingMessage[]> {
  const result: TrainingMessage[] = [];
  for (const file of await listHamFiles()) {
    if (!isTrainingHam(file.id, HAM_TRAINING_PARTS.spamassassin)) continue;
    const message = await parseOne(await readFile(file.path));
    if (message) result.push({ id: file.id, source: 'spamassassin-ham', label: 0, categories: [], message });
  }
  if (listCorpusAvailable()) {
    for (const item of await readListCorpus()) {
      if (!isTrainingHam(item.id, HAM_TRAINING_PARTS.list)) continue;
      const message = await parseOne(item.bytes);
      if (message) result.push({ id: item.id, source: 'mailing-list', label: 0, categories: [], message });
    }
  } else {
    log('note: ../shared/corpora/openbmc-list-3000.tar.gz is absent; fitting without the mailing-list ham');
  }
  return result;
}
