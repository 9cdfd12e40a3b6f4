import { featuresOf } from '../engine/text-features';
import type { SparseRow } from './logistic';

/** Every message's feature counts over a candidate vocabulary: computed once, reused by every fold. */
export interface CountTable {
  features: string[];
  /** Per message: candidate positions and counts. */
  rows: Array<{ positions: Int32Array; counts: Float64Array }>;
}

/** Candidates are features in at least `minDocuments` texts: rarer ones cannot generalise. */
export function countTable(texts: readonly string[], minDocuments: number): CountTable {
  const documentFrequency = new Map<string, number>();
  for (const text of texts) for (const feature of featuresOf(text).keys()) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  const features = [...documentFrequency].filter(([, count]) => count >= minDocuments).map(([feature]) => feature).sort();
  const index = new Map(features.map((feature, position) => [feature, position]));
  const rows = texts.map((text) => {
    const positions: number[] = [];
    const counts: number[] = [];
    for (const [feature, count] of featuresOf(text)) {
      const position = index.get(feature);
      if (position === undefined) continue;
      positions.push(position);
      counts.push(count);
    }
    return { positions: Int32Array.from(positions), counts: Float64Array.from(counts) };
  });
  return { features, rows };
}

/**
 * Picks the `size` candidates whose presence differs most between the labels (χ²), counted on `members` only, and
 * returns the vocabulary with inverse document frequencies in the form the extension ships.
 */
export function selectVocabulary(
  table: CountTable,
  labels: readonly (0 | 1)[],
  members: readonly number[],
  size: number,
): { features: string[]; idf: number[]; candidate: Int32Array } {
  const candidates = table.features.length;
  const positive = new Float64Array(candidates);
  const all = new Float64Array(candidates);
  let positives = 0;
  for (const member of members) {
    const label = labels[member]!;
    positives += label;
    for (const position of table.rows[member]!.positions) {
      all[position]! += 1;
      if (label === 1) positive[position]! += 1;
    }
  }
  const total = members.length;
  const negatives = total - positives;
  const score = new Float64Array(candidates);
  for (let position = 0; position < candidates; position++) {
    const a = positive[position]!;
    const b = all[position]! - a;
    const c = positives - a;
    const d = negatives - b;
    const denominator = (a + b) * (c + d) * (a + c) * (b + d);
    score[position] = denominator === 0 || all[position]! < 2 ? 0 : (total * (a * d - b * c) ** 2) / denominator;
  }
  const chosen = [...score.keys()].filter((position) => score[position]! > 0).sort((x, y) => score[y]! - score[x]! || x - y).slice(0, size).sort((x, y) => x - y);
  return {
    features: chosen.map((position) => table.features[position]!),
    // Rounded as shipped, so fitting and the extension compute the same vectors.
    idf: chosen.map((position) => Math.round((Math.log((1 + total) / (1 + all[position]!)) + 1) * 100) / 100),
    candidate: Int32Array.from(chosen),
  };
}

/** The TF-IDF weights of one row over a chosen vocabulary, before normalising, and their Euclidean norm. */
function rawRow(table: CountTable, toVocabulary: ReadonlyMap<number, number>, idf: readonly number[], member: number) {
  const row = table.rows[member]!;
  const positions: number[] = [];
  const values: number[] = [];
  let norm = 0;
  row.positions.forEach((candidate, index) => {
    const position = toVocabulary.get(candidate);
    if (position === undefined) return;
    const value = (1 + Math.log(row.counts[index]!)) * idf[position]!;
    positions.push(position);
    values.push(value);
    norm += value * value;
  });
  return { positions, values, norm: Math.sqrt(norm) };
}

function vocabularyIndex(vocabulary: { candidate: Int32Array }): Map<number, number> {
  const toVocabulary = new Map<number, number>();
  vocabulary.candidate.forEach((candidate, position) => toVocabulary.set(candidate, position));
  return toVocabulary;
}

/**
 * The smallest norm a row is divided by: the norm at the given quantile of the members' rows. A short text has few
 * features, and dividing them by their own small norm would let two or three words speak as loudly as a whole
 * letter; below the floor, the text counts for as much as it has to say.
 */
export function normFloor(table: CountTable, vocabulary: { idf: number[]; candidate: Int32Array }, members: readonly number[], quantile: number): number {
  const toVocabulary = vocabularyIndex(vocabulary);
  const norms = members.map((member) => rawRow(table, toVocabulary, vocabulary.idf, member).norm).sort((a, b) => a - b);
  return Math.round(100 * (norms[Math.floor(quantile * (norms.length - 1))] ?? 0)) / 100;
}

/** TF-IDF rows over a chosen vocabulary, computed exactly as the shipped `TextModel` computes them. */
export function tfidfRows(
  table: CountTable,
  vocabulary: { idf: number[]; candidate: Int32Array; normFloor: number },
  members: readonly number[],
): SparseRow[] {
  const toVocabulary = vocabularyIndex(vocabulary);
  return members.map((member) => {
    const { positions, values, norm } = rawRow(table, toVocabulary, vocabulary.idf, member);
    const divisor = Math.max(norm, vocabulary.normFloor) || 1;
    return { positions: Int32Array.from(positions), values: Float64Array.from(values.map((value) => value / divisor)) };
  });
}
