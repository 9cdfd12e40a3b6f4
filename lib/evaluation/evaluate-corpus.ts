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

/**
 * A series the writers named `<kind>-<series>-<step>-<slug>.eml`: one sender's messages over time, whatever their
 * labels. The extension reads each with the sender's earlier messages as history, and so does the evaluation.
 */
const SERIES_FILE = /^(?<set>(?:.*\/)?)(?<language>[a-z]{2})\/(?:risky|benign)\/(?<series>[^/]+)-(?<step>\d{1,2})-[^/]+$/;

/** For each entry, the files of its series' earlier steps, oldest first (none for a message that stands alone). */
export function earlierSteps(entries: readonly CorpusEntry[]): Map<CorpusEntry, string[]> {
  const series = new Map<string, Array<{ entry: CorpusEntry; step: number }>>();
  for (const entry of entries) {
    const match = SERIES_FILE.exec(entry.file)?.groups;
    if (!match) continue;
    const key = `${match.set}${match.language}/${match.series}`;
    series.set(key, [...(series.get(key) ?? []), { entry, step: Number(match.step) }]);
  }
  const earlier = new Map<CorpusEntry, string[]>();
  for (const members of series.values()) {
    if (members.length < 2) continue;
    for (const { entry, step } of members) {
      earlier.set(entry, members.filter((other) => other.step < step).sort((a, b) => a.step - b.step).map((other) => other.entry.file));
    }
  }
  return earlier;
}

/** Runs the engine over every labelled message and measures recall and false banners. */
export async function evaluateCorpus(manifest: CorpusManifest, corpusDir: string): Promise<CorpusEvaluation> {
  const counts: Record<Language, Counts> = { en: zeroCounts(), nl: zeroCounts() };
  const overall = zeroCounts();
  const misses: Mistake[] = [];
  const falseBanners: Mistake[] = [];
  const failures: CorpusFailure[] = [];

  const series = earlierSteps(manifest.entries);
  for (const entry of manifest.entries) {
    const earlier = (series.get(entry) ?? []).map((file) => join(corpusDir, file));
    const result = await analyseMailFile(join(corpusDir, entry.file), earlier);
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
