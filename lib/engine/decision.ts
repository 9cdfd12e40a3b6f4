import { LEVEL_THRESHOLDS, SCORING, type CombinationRule, type Rule, type RulePack, type Sensitivity } from '../rules';
import { isAbove, type Analysis, type CategoryId, type Evidence, type Explanation, type Language, type Level, type Signal } from '../model';
import type { Contribution } from './contribution';
import { fittedScore, modelSignals, readWithModel } from './fitted-decision';
import { presentCategories } from './present';
import { namesObject as namesObjectText } from './requested-object';

/** Evidence quoted per sign at most: the banner shows the strongest. */
const MAX_EVIDENCE = 5;

/** Points for one category: the strongest hit, plus diminishing credit for more, capped. */
function categoryPoints(contributions: readonly Contribution[], rules: ReadonlyMap<string, Rule>): number {
  const { second, further, cap } = SCORING.category;
  const sorted = contributions.map((c) => c.points).sort((a, b) => b - a);
  const total = sorted.reduce((sum, points, index) => sum + points * (index === 0 ? 1 : index === 1 ? second : further), 0);
  const maxWeight = Math.max(...contributions.map((c) => rules.get(c.rule)?.weight ?? c.points));
  return Math.min(total, maxWeight * cap);
}

/** Categories the sender shows in their own words or headers, not in quoted history or someone else's reported words. */
function spokenCategories(contributions: readonly Contribution[]): Set<CategoryId> {
  return new Set(
    contributions
      .filter((contribution) => contribution.points > 0 && (contribution.ownVoice || contribution.evidence.field !== 'text'))
      .map((contribution) => contribution.category),
  );
}

function holds(combination: CombinationRule, categories: ReadonlySet<CategoryId>): boolean {
  return combination.all.every((category) => categories.has(category)) && (!combination.any || combination.any.some((category) => categories.has(category)));
}

function namesObject(contribution: Contribution): boolean {
  return !contribution.unnamed && namesObjectText(contribution.evidence.text);
}

export interface DecideContext {
  language: Language;
  awareness: boolean;
  capped: boolean;
  sensitivity: Sensitivity;
  subject: string;
  /** The body as the text model reads it (see `withoutFooters`). */
  modelText: string;
}

/** The level, signals and explanation of one message from its rules' hits and the fitted reading. */
export function decide(
  contributions: readonly Contribution[],
  rulesById: ReadonlyMap<string, Rule>,
  pack: RulePack,
  context: DecideContext,
): Analysis {
  const byCategory = new Map<CategoryId, Contribution[]>();
  for (const contribution of contributions) {
    if (contribution.points <= 0) continue;
    const list = byCategory.get(contribution.category) ?? [];
    list.push(contribution);
    byCategory.set(contribution.category, list);
  }

  const signals: Signal[] = [];
  for (const [category, list] of byCategory) {
    const points = categoryPoints(list, rulesById);
    const ordered = [...list].sort((a, b) => b.points - a.points);
    const seen = new Set<string>();
    const evidenceList: Evidence[] = [];
    for (const contribution of ordered) {
      const { field, text, start, end } = contribution.evidence;
      const key = `${field}:${text.toLowerCase()}`;
      const overlaps = evidenceList.some((e) => e.field === field && e.start < end && start < e.end);
      if (seen.has(key) || overlaps) continue;
      seen.add(key);
      evidenceList.push(contribution.evidence);
      if (evidenceList.length >= MAX_EVIDENCE) break;
    }
    signals.push({
      category,
      weight: Math.round(points),
      rules: [...new Set(ordered.map((c) => c.rule))],
      evidence: evidenceList,
    });
  }
  signals.sort((a, b) => b.weight - a.weight);

  const ruleCategories = presentCategories({ signals });
  // A sign only in words the sender quotes from someone else (the reader's own "please keep this within the
  // consortium") stays shown, but is not the sender's: it combines with nothing and makes nothing covert.
  const sendersCategories = new Set(
    [...ruleCategories].filter((category) => byCategory.get(category)!.some((contribution) => !contribution.othersWords)),
  );
  const combinations = pack.combinations.filter((combination) => holds(combination, sendersCategories));
  // The rules' reading: points per category plus combination bonuses, against the hand-set thresholds.
  const thresholds = LEVEL_THRESHOLDS[context.sensitivity];
  const base = signals.reduce((sum, signal) => sum + signal.weight, 0);
  const bonus = combinations.reduce((sum, combination) => sum + combination.bonus, 0);
  let score = Math.min(100, Math.round(base + bonus));
  let level: Level = 'none';
  if (score >= thresholds.low) level = 'low';
  if (!context.awareness && combinations.length > 0) {
    if (score >= thresholds.high) level = 'high';
    else if (score >= thresholds.medium) level = 'medium';
  }
  // A warning that shows at most one sign in its own words (a report forwarding an approach, a bulletin quoting them)
  // reads like an approach to the text model; as with the rules, the reading does not raise it to a banner. An
  // approach dressed as a warning ("we take security seriously too") still shows its signs in its own words.
  const warningOnly = context.awareness && spokenCategories(contributions).size < 2;
  let modelScore: number | undefined;
  let wording = false;
  if (pack.fitted) {
    // The fitted reading: the text model and the rules' points weighed together (fitted-decision.ts). It can raise
    // the level the rules gave, and then names the signs it read, with the sentence that carried each.
    const reading = readWithModel(pack.fitted, context.subject, context.modelText);
    modelScore = fittedScore(pack.fitted.decision, reading, signals, combinations.length > 0, context.awareness);
    const fitted = pack.fitted.decision.thresholds[context.sensitivity];
    // It only ever raises a level. It names the signs its category models read clearly that the rules did not see,
    // each with the sentence that carried it; where fewer than two signs are named, the explanation also says that
    // the wording as a whole carried the level. Where the rules saw no sign, the reading alone raises to medium at
    // most: measured on blind sets held out of the fit, that caught approaches worded past every rule and added no
    // false banner on labelled or real ham (docs/quality-ledger.md).
    // Where the rules' combinations read more than the reading as a whole does (its score, which weighs the rules'
    // own points too, below its own banner threshold), the level drops to low: a compliant expert call's "USD 350 per
    // hour" and "published roadmaps" keep their signs but not the banner, however many of the rules' signs met.
    // Never where the rules saw secrecy or a private channel, which no above-board offer asks for: benign text added
    // around such an approach cannot talk its banner away.
    const covert = sendersCategories.has('secrecy') || sendersCategories.has('private-channel');
    if (!covert && modelScore < fitted.medium && isAbove(level, 'low')) level = 'low';
    const modelLevel: Level = modelScore >= fitted.high ? 'high' : modelScore >= fitted.medium ? 'medium' : 'none';
    const backed = ruleCategories.size > 0;
    const raised: Level = warningOnly ? 'none' : backed ? modelLevel : modelLevel === 'none' ? 'none' : 'medium';
    if (isAbove(raised, level)) {
      const added = modelSignals(pack.fitted, reading, ruleCategories);
      signals.push(...added);
      level = raised;
      wording = ruleCategories.size + added.length < 2;
    }
  }
  const present = presentCategories({ signals });

  // The explanation names the thing asked for; a phrase that only says it is not public ("not in the brochures") does not.
  const request = byCategory
    .get('sensitive-request')
    ?.slice()
    .sort((a, b) => Number(namesObject(b)) - Number(namesObject(a)) || b.points - a.points)[0];
  const requestedObject = request && namesObject(request) ? request.evidence.text : undefined;
  const explanation: Explanation | undefined =
    level === 'none'
      ? undefined
      : {
          categories: [...present],
          awareness: context.awareness,
          ...(wording ? { wording: true as const } : {}),
          ...(requestedObject ? { requestedObject } : {}),
          ...(request?.field ? { field: request.field } : {}),
        };

  return {
    level,
    score,
    language: context.language,
    signals,
    ...(explanation ? { explanation } : {}),
    combinations: combinations.map((combination) => combination.id),
    capped: context.capped,
    awareness: context.awareness,
    ...(warningOnly ? { warningOnly: true as const } : {}),
    ...(modelScore !== undefined ? { modelScore } : {}),
  };
}
