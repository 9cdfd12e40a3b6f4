import type { TextModelData } from '../rules';
import { addFeatures } from './text-features';
import type { CategoryId } from './types';

/** A span of the text and how much it moved a model's score: the sentences that carried it. */
export interface SpanWeight {
  start: number;
  end: number;
  weight: number;
}

/**
 * The fitted text model: TF-IDF over words, word pairs and letter groups, one logistic regression for "is this an
 * approach" and one per signal category. Linear, so every score splits exactly over the sentences of the text, which
 * is how a message the model flags still says why.
 */
export class TextModel {
  private readonly index = new Map<string, number>();
  private readonly categoryWeights: Array<{ category: CategoryId; bias: number; weights: Map<number, number> }>;

  constructor(private readonly data: TextModelData) {
    data.features.forEach((feature, position) => this.index.set(feature, position));
    this.categoryWeights = Object.entries(data.categories).map(([category, model]) => ({
      category: category as CategoryId,
      bias: model.bias,
      weights: new Map(model.weights.map(([position, weight]) => [position, weight])),
    }));
  }

  /** The TF-IDF vector of a text (vocabulary positions → value), L2-normalised, with the raw counts. */
  vector(text: string): { values: Map<number, number>; counts: Map<number, number> } {
    const raw = new Map<string, number>();
    addFeatures(text, raw);
    const counts = new Map<number, number>();
    for (const [feature, count] of raw) {
      const position = this.index.get(feature);
      if (position !== undefined) counts.set(position, count);
    }
    const values = new Map<number, number>();
    let norm = 0;
    for (const [position, count] of counts) {
      const value = (1 + Math.log(count)) * this.data.idf[position]!;
      values.set(position, value);
      norm += value * value;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [position, value] of values) values.set(position, value / norm);
    return { values, counts };
  }

  /** Log-odds that the text is an approach, and per category the log-odds that it shows that signal. */
  score(text: string): { logit: number; categories: Map<CategoryId, number> } {
    const { values } = this.vector(text);
    let logit = this.data.bias;
    for (const [position, value] of values) logit += (this.data.weights[position] ?? 0) * value;
    const categories = new Map<CategoryId, number>();
    for (const model of this.categoryWeights) {
      let sum = model.bias;
      for (const [position, value] of values) sum += (model.weights.get(position) ?? 0) * value;
      categories.set(model.category, sum);
    }
    return { logit, categories };
  }

  /**
   * How much each span moved the score of `category` (or the approach score when none): a feature's part of the
   * score is shared among the spans by how often it occurs in each.
   */
  spanWeights(text: string, spans: ReadonlyArray<{ start: number; end: number }>, category?: CategoryId): SpanWeight[] {
    const { values, counts } = this.vector(text);
    const weightOf = category
      ? (position: number) => this.categoryWeights.find((model) => model.category === category)?.weights.get(position) ?? 0
      : (position: number) => this.data.weights[position] ?? 0;
    return spans.map(({ start, end }) => {
      const raw = new Map<string, number>();
      addFeatures(text, raw, start, end);
      let weight = 0;
      for (const [feature, count] of raw) {
        const position = this.index.get(feature);
        if (position === undefined) continue;
        weight += weightOf(position) * values.get(position)! * (count / counts.get(position)!);
      }
      return { start, end, weight };
    });
  }
}

/** The model reads at most this much of a body: its start and its end, enough for any real approach. */
const MODEL_HEAD_CHARS = 30_000;
const MODEL_TAIL_CHARS = 10_000;

/** What the text model reads of a message: the subject, then the body's start and end. */
export function modelInput(subject: string, body: string): string {
  const text =
    body.length <= MODEL_HEAD_CHARS + MODEL_TAIL_CHARS
      ? body
      : `${body.slice(0, MODEL_HEAD_CHARS)}\n\n${body.slice(body.length - MODEL_TAIL_CHARS)}`;
  return `${subject}\n${text}`;
}
