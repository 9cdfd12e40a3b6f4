import type { DecisionWeights, FittedModel, TextModelData } from '../rules';
import { splitSentences } from './sentences';
import { modelInput, TextModel } from './text-model';
import { CATEGORY_IDS, type CategoryId, type Evidence, type Signal } from '../model';
import { MAX_EVIDENCE_CHARS } from './contribution';

const models = new WeakMap<TextModelData, TextModel>();

/** The text model of fitted data, built once per data object (the vocabulary index takes a few milliseconds). */
function textModelOf(data: TextModelData): TextModel {
  let model = models.get(data);
  if (!model) {
    model = new TextModel(data);
    models.set(data, model);
  }
  return model;
}

/**
 * Category log-odds above which the text model names a category the rules did not see. Read clearly, not a coin flip:
 * on the training corpus the categories it named between 0 and 0.25 matched the writers' labels 70% of the time,
 * from 0.25 up 91% (session 15), and a sign the banner names must be there.
 */
const CATEGORY_LOGIT = 0.25;
/** Enough to count as present for combinations and escalations (see present.ts), no more. */
const MODEL_SIGNAL_WEIGHT = 8;
/** Sentences looked at for evidence: a long mail's approach stands near its start or is already found by rules. */
const MAX_EXPLAINED_SENTENCES = 300;

export interface FittedReading {
  /** The text model's log-odds that the message is an approach. */
  logit: number;
  categories: Map<CategoryId, number>;
  input: string;
  /** Where the body starts in `input` (after the subject line). */
  bodyOffset: number;
}

export function readWithModel(fitted: FittedModel, subject: string, body: string): FittedReading {
  const input = modelInput(subject, body);
  const { logit, categories } = textModelOf(fitted.text).score(input);
  return { logit, categories, input, bodyOffset: subject.length + 1 };
}

/** The probability of an approach, in per cent, from the text model and what the rules found. */
export function fittedScore(
  decision: DecisionWeights,
  reading: FittedReading,
  signals: readonly Signal[],
  combined: boolean,
  awareness: boolean,
): number {
  const points = new Map(signals.map((signal) => [signal.category, signal.weight]));
  let z = decision.bias + decision.text * reading.logit;
  for (const category of CATEGORY_IDS) z += decision.categories[category] * ((points.get(category) ?? 0) / 20);
  if (combined) z += decision.combination;
  if (awareness) z += decision.awareness;
  return Math.round(100 / (1 + Math.exp(-z)));
}

/**
 * Signals for categories the text model reads clearly and the rules did not find, each with the sentence that
 * carried it most: so a message the model flags still says why, and the sender history learns what it showed.
 */
export function modelSignals(fitted: FittedModel, reading: FittedReading, found: ReadonlySet<CategoryId>): Signal[] {
  const wanted = [...reading.categories].filter(([category, logit]) => logit > CATEGORY_LOGIT && !found.has(category));
  if (wanted.length === 0) return [];
  const body = reading.input.slice(reading.bodyOffset);
  const sentences = splitSentences(body, 0, body.length)
    .slice(0, MAX_EXPLAINED_SENTENCES)
    .map(({ start, end }) => ({ start: start + reading.bodyOffset, end: end + reading.bodyOffset }));
  if (sentences.length === 0) return [];
  const ordered = wanted.sort((a, b) => b[1] - a[1]).map(([category]) => category);
  const weights = textModelOf(fitted.text).spanWeights(reading.input, sentences, ordered);
  const signals: Signal[] = [];
  for (const category of ordered) {
    const best = weights.get(category)!.reduce((a, b) => (b.weight > a.weight ? b : a));
    if (best.weight <= 0) continue;
    const start = best.start - reading.bodyOffset;
    const end = Math.min(best.end - reading.bodyOffset, start + MAX_EVIDENCE_CHARS);
    const evidence: Evidence = { text: body.slice(start, end).replace(/\s+/g, ' '), start, end, field: 'text' };
    signals.push({ category, weight: MODEL_SIGNAL_WEIGHT, rules: [`MODEL_${category.toUpperCase().replace(/-/g, '_')}`], evidence: [evidence] });
  }
  return signals;
}
