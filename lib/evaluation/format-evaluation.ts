import { oneLine } from '../scan/display-text';
import type { CorpusEvaluation, CorpusMetrics, Mistake } from './evaluate-corpus';
import type { HamEvaluation } from './evaluate-ham';
import { QUALITY_TARGETS, type CorpusTargets } from './quality-targets';

const percent = (rate: number): string => `${(rate * 100).toFixed(rate > 0 && rate < 0.01 ? 2 : 1)}%`;
const verdict = (pass: boolean): string => (pass ? 'PASS' : 'MISS');

/** A rate with its verdict, or "n/a" when there was nothing to measure it on. */
function rated(rate: number | null, pass: (rate: number) => boolean): string {
  return rate === null ? '   n/a      ' : `${percent(rate).padStart(6)} ${verdict(pass(rate))}`;
}

function metricsLine(name: string, metrics: CorpusMetrics, targets: CorpusTargets): string {
  const minRecall = name === 'overall' ? targets.minRecall : targets.minRecallPerLanguage;
  const recall = rated(metrics.recall, (rate) => rate >= minRecall);
  const falseBanners = rated(metrics.falseBannerRate, (rate) => rate <= targets.maxFalseBannerRate);
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

export function formatCorpusEvaluation(evaluation: CorpusEvaluation, targets: CorpusTargets, role: string): string {
  const lines = [
    `${role} (${evaluation.origin}); a banner is level medium or high.`,
    `  targets: recall ≥ ${percent(targets.minRecall)} (each language ≥ ${percent(targets.minRecallPerLanguage)}), false banners ≤ ${percent(targets.maxFalseBannerRate)}`,
    metricsLine('en', evaluation.byLanguage.en, targets),
    metricsLine('nl', evaluation.byLanguage.nl, targets),
    metricsLine('overall', evaluation.overall, targets),
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
    `Real ham (${ham.origin}): ${ham.scanned} messages scanned in ${ham.seconds.toFixed(1)} s`,
    `  banner rate ${percent(ham.bannerRate)} (${ham.bannered.length}/${ham.scanned}), target ≤ ${percent(QUALITY_TARGETS.maxHamBannerRate)} ${verdict(pass)}`,
    `  on the ${ham.heldOut} messages fitting never saw: ${percent(ham.heldOutBannerRate)} (${ham.bannered.filter((b) => !b.training).length}/${ham.heldOut})`,
    ...listSection(
      'Bannered ham',
      ham.bannered.map(
        (b) => `    ${b.id}${b.training ? ' (training part)' : ''}: ${b.level} ${b.score} from ${oneLine(b.from)} "${oneLine(b.subject)}" — ${oneLine(b.summary)}`,
      ),
    ),
  ];
  if (ham.failures.length > 0) {
    lines.push(...listSection('Unreadable ham', ham.failures.map((f) => `    ${f.id}: ${f.error}`)));
  }
  return `${lines.join('\n')}\n`;
}
