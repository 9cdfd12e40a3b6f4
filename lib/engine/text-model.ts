import type { TextModelData } from '../rules';
import { detached } from './detached';
import { ModelWords, wordFeatures } from './text-features';
import type { CategoryId } from '../model';

/** A span of the text and how much it moved a model's score: the sentences that carried it. */
export interface SpanWeight {
  start: number;
  end: number;
  weight: number;
}

/** A word pair's feature name (see `bigramFeature`): its first and second word. */
const PAIR = /^b:(\S+) (\S+)$/;

/** Distinct words whose vocabulary positions are kept between messages: mail repeats its words. 20,000 took a scan's two
 * workers over 400 MB on a 1 GB mbox (session 22); 10,000 kept the speed. */
const WORD_CACHE_SIZE = 10_000;

/** Vocabulary positions of a text's features, with repeats: what counting and explaining both start from. */
type Positions = number[];

/**
 * The fitted text model: TF-IDF over words, word pairs and letter groups, one logistic regression for "is this an
 * approach" and one per signal category. Linear, so every score splits exactly over the sentences of the text, which
 * is how a message the model flags still says why. Reads text exactly as `addFeatures` (text-features.ts) does.
 */
export class TextModel {
  private readonly index = new Map<string, number>();
  /** Word pairs by their first word, then their second: looked up without building the pair's feature name. */
  private readonly pairs = new Map<string, Map<string, number>>();
  private readonly words = new Map<string, Int32Array>();
  private readonly weights: Float64Array;
  private readonly categoryModels: Array<{ category: CategoryId; bias: number }>;
  /** The category models' weights side by side, one column a model: scoring reads one row a feature. */
  private readonly categoryRows: Float64Array;
  /** 1 where a feature's row has a weight: the category models are sparse, and most features move none of them. */
  private readonly inCategoryModel: Uint8Array;
  /**
   * How often each vocabulary position occurs in the text being counted, and the positions seen, in the order first
   * seen: kept between messages and cleared after each, so scoring a message allocates next to nothing.
   */
  private readonly counts: Uint32Array;
  private readonly seen: number[] = [];
  /** The TF-IDF value of each seen position, by its place in `seen`. */
  private readonly values: number[] = [];

  constructor(private readonly data: TextModelData) {
    data.features.forEach((feature, position) => {
      this.index.set(feature, position);
      const pair = PAIR.exec(feature);
      if (pair) {
        const seconds = this.pairs.get(pair[1]!) ?? new Map<string, number>();
        seconds.set(pair[2]!, position);
        this.pairs.set(pair[1]!, seconds);
      }
    });
    this.counts = new Uint32Array(data.features.length);
    this.weights = Float64Array.from(data.weights);
    const models = Object.entries(data.categories);
    this.categoryModels = models.map(([category, model]) => ({ category: category as CategoryId, bias: model.bias }));
    this.categoryRows = new Float64Array(data.features.length * models.length);
    this.inCategoryModel = new Uint8Array(data.features.length);
    models.forEach(([, model], column) => {
      for (const [position, weight] of model.weights) {
        this.categoryRows[position * models.length + column] = weight;
        this.inCategoryModel[position] = 1;
      }
    });
  }

  private wordPositions(word: string): Int32Array {
    let positions = this.words.get(word);
    if (!positions) {
      const found: number[] = [];
      for (const feature of wordFeatures(word)) {
        const position = this.index.get(feature);
        if (position !== undefined) found.push(position);
      }
      positions = Int32Array.from(found);
      if (this.words.size >= WORD_CACHE_SIZE) this.words.clear();
      this.words.set(detached(word), positions);
    }
    return positions;
  }

  /** Calls `visit` with the vocabulary position of each feature of `text[start, end)`, repeats included. */
  private forEachPosition(text: string, start: number, end: number, visit: (position: number) => void): void {
    let previous: string | null = null;
    for (const words = new ModelWords(text, start, end); words.next(); ) {
      const { word } = words;
      const positions = this.wordPositions(word);
      for (let at = 0; at < positions.length; at++) visit(positions[at]!);
      if (previous !== null) {
        const position = this.pairs.get(previous)?.get(word);
        if (position !== undefined) visit(position);
      }
      previous = word;
    }
  }

  private positions(text: string, start = 0, end = text.length): Positions {
    const result: Positions = [];
    this.forEachPosition(text, start, end, (position) => result.push(position));
    return result;
  }

  /**
   * Counts the text's features into `counts` and `seen`, and hands `use` each seen position with its TF-IDF value,
   * L2-normalised (with the fitted floor), in the order first seen; clears the counts afterwards.
   */
  private withVector(text: string, use: (position: number, value: number, count: number) => void): void {
    const { counts, seen } = this;
    try {
      this.forEachPosition(text, 0, text.length, (position) => {
        if (counts[position] === 0) seen.push(position);
        counts[position] = counts[position]! + 1;
      });
      const { idf } = this.data;
      const values = this.values;
      let norm = 0;
      for (let at = 0; at < seen.length; at++) {
        const position = seen[at]!;
        const count = counts[position]!;
        // Most features occur once, and 1 + log(1) is exactly 1.
        const value = count === 1 ? idf[position]! : (1 + Math.log(count)) * idf[position]!;
        values[at] = value;
        norm += value * value;
      }
      norm = Math.max(Math.sqrt(norm), this.data.normFloor) || 1;
      for (let at = 0; at < seen.length; at++) use(seen[at]!, values[at]! / norm, counts[seen[at]!]!);
    } finally {
      for (const position of seen) counts[position] = 0;
      seen.length = 0;
    }
  }

  /** The TF-IDF vector of a text (vocabulary positions → value), L2-normalised (with the fitted floor), with the raw counts. */
  vector(text: string): { values: Map<number, number>; counts: Map<number, number> } {
    const values = new Map<number, number>();
    const counts = new Map<number, number>();
    this.withVector(text, (position, value, count) => {
      values.set(position, value);
      counts.set(position, count);
    });
    return { values, counts };
  }

  /** Log-odds that the text is an approach, and per category the log-odds that it shows that signal. */
  score(text: string): { logit: number; categories: Map<CategoryId, number> } {
    let logit = this.data.bias;
    const sums = Float64Array.from(this.categoryModels, (model) => model.bias);
    const { categoryRows, inCategoryModel, weights } = this;
    const width = sums.length;
    this.withVector(text, (position, value) => {
      logit += weights[position]! * value;
      if (inCategoryModel[position] === 0) return;
      for (let column = 0, at = position * width; column < width; column++, at++) sums[column]! += categoryRows[at]! * value;
    });
    const categories = new Map<CategoryId, number>();
    this.categoryModels.forEach((model, index) => categories.set(model.category, sums[index]!));
    return { logit, categories };
  }

  /**
   * How much each span moved the score of each category asked for (`undefined`: the approach score): a feature's
   * part of a score is shared among the spans by how often it occurs in each.
   */
  spanWeights(
    text: string,
    spans: ReadonlyArray<{ start: number; end: number }>,
    categories: ReadonlyArray<CategoryId | undefined>,
  ): Map<CategoryId | undefined, SpanWeight[]> {
    const { values, counts } = this.vector(text);
    const spanPositions = spans.map(({ start, end }) => this.positions(text, start, end));
    const result = new Map<CategoryId | undefined, SpanWeight[]>();
    const width = this.categoryModels.length;
    for (const category of categories) {
      const column = category ? this.categoryModels.findIndex((model) => model.category === category) : -1;
      // A category without a model of its own moves no span.
      const weightAt = (position: number): number =>
        category === undefined ? this.weights[position]! : column === -1 ? 0 : this.categoryRows[position * width + column]!;
      result.set(
        category,
        spans.map(({ start, end }, index) => {
          let weight = 0;
          for (const position of spanPositions[index]!) {
            const count = counts.get(position);
            if (count !== undefined) weight += (weightAt(position) * values.get(position)!) / count;
          }
          return { start, end, weight };
        }),
      );
    }
    return result;
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
