import type { Level } from '../engine/types';
import { analyseMailFile } from './analyse-mail-file';
import { showsBanner } from './banner';
import { listHamFiles } from './ham-corpus';

export interface HamBanner {
  id: string;
  subject: string;
  from: string;
  level: Level;
  score: number;
  summary: string;
}

export interface HamEvaluation {
  scanned: number;
  bannered: HamBanner[];
  /** bannered / scanned. */
  bannerRate: number;
  failures: { id: string; error: string }[];
  seconds: number;
}

/** Runs the engine over real ham (ordinary mail, never an approach): every banner is a false alarm. */
export async function evaluateHam(): Promise<HamEvaluation> {
  const started = performance.now();
  const files = await listHamFiles();
  const bannered: HamBanner[] = [];
  const failures: { id: string; error: string }[] = [];
  let scanned = 0;
  for (const file of files) {
    const result = await analyseMailFile(file.path);
    if (!result.ok) {
      failures.push({ id: file.id, error: result.error });
      continue;
    }
    scanned += 1;
    const { analysis, message } = result;
    if (!showsBanner(analysis.level)) continue;
    bannered.push({
      id: file.id,
      subject: message.subject,
      from: message.from.address,
      level: analysis.level,
      score: analysis.score,
      summary: analysis.summary,
    });
  }
  return {
    scanned,
    bannered,
    bannerRate: scanned === 0 ? 0 : bannered.length / scanned,
    failures,
    seconds: (performance.now() - started) / 1000,
  };
}
