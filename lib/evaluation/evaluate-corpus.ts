import { englishSummary } from '../ui-text/english';
import { join } from 'node:path';
import { hasBanner, type Language, type Level } from '../model';
import { analyseMailFile } from './analyse-mail-file';
import type { CorpusEntry, CorpusManifest } from './corpus-manifest';

/** A corpus message the engine got wrong, with what a person needs to look into it. */
export interface Mistake {
  file: string;
  language: Language;
  kind?: string;
  level: Level;
  score: number;
  summary: string;
}

export interface CorpusFailure {
  file: string;
  error: string;
}

export interface CorpusMetrics {
  risky: number;
  benign: number;
  /** Risky messages that got a banner (medium or high). */
  caught: number;
  /** Benign messages that got a banner. */
  bannered: number;
  /** caught / risky; null when there are no risky messages to measure it on. */
  recall: number | null;
  /** bannered / benign; null when there are no benign messages to measure it on. */
  falseBannerRate: number | null;
}

export interface CorpusEvaluation {
  origin: string;
  byLanguage: Record<Language, CorpusMetrics>;
  overall: CorpusMetrics;
  misses: Mistake[];
  falseBanners: Mistake[];
  /** Files that could not be read or parsed; they count neither as caught nor as bannered. */
  failures: CorpusFailure[];
}

interface Counts {
  risky: number;
  benign: number;
  caught: number;
  bannered: number;
}

const zeroCounts = (): Counts => ({ risky: 0, benign: 0, caught: 0, bannered: 0 });

function toMetrics(counts: Counts): CorpusMetrics {
  return {
    ...counts,
    recall: counts.risky === 0 ? null : counts.caught / counts.risky,
    falseBannerRate: counts.benign === 0 ? null : counts.bannered / counts.benign,
  };
}

function count(counts: Counts, entry: CorpusEntry, bannered: boolean): void {
  if (entry.label === 'risky') {
    counts.risky += 1;
    if (bannered) counts.caught += 1;
  } else {
    counts.benign += 1;
    if (bannered) counts.bannered += 1;
  }
}

/** Runs the engine over every labelled message and measures recall and false banners. */
export async function evaluateCorpus(manifest: CorpusManifest, corpusDir: string): Promise<CorpusEvaluation> {
  const counts: Record<Language, Counts> = { en: zeroCounts(), nl: zeroCounts() };
  const overall = zeroCounts();
  const misses: Mistake[] = [];
  const falseBanners: Mistake[] = [];
  const failures: CorpusFailure[] = [];

  for (const entry of manifest.entries) {
    const result = await analyseMailFile(join(corpusDir, entry.file));
    // A file that cannot be read is still a labelled message: it counts, unbannered, and is listed.
    const bannered = result.ok && hasBanner(result.analysis.level);
    count(counts[entry.language], entry, bannered);
    count(overall, entry, bannered);
    if (!result.ok) {
      failures.push({ file: entry.file, error: result.error });
      continue;
    }
    const wrong = entry.label === 'risky' ? !bannered : bannered;
    if (!wrong) continue;
    const { level, score } = result.analysis;
    const mistake: Mistake = { file: entry.file, language: entry.language, level, score, summary: englishSummary(result.analysis) };
    if (entry.kind) mistake.kind = entry.kind;
    (entry.label === 'risky' ? misses : falseBanners).push(mistake);
  }

  return {
    origin: manifest.origin,
    byLanguage: { en: toMetrics(counts.en), nl: toMetrics(counts.nl) },
    overall: toMetrics(overall),
    misses,
    falseBanners,
    failures,
  };
}
