/**
 * The words a text model reads: lower-cased words and word pairs, and the letter groups inside each word (3 to 5
 * letters, with the word's edges marked), so "procesvensters" shares features with "proces" and "venster", and
 * "unpublished" with "published". Pure and deterministic: fitting (Node) and the extension read text the same way.
 */
import { CharClass, WordRuns } from './char-class';

/** A model word starts with a letter or digit and goes on through letters, digits, apostrophes and hyphens. */
const WORD_START = new CharClass(/[\p{L}\p{N}]/u);
const WORD_REST = new CharClass(/[\p{L}\p{N}'’-]/u);
const DIGITS = /\p{N}/gu;

/** A word as the model reads it: lower case, digits folded to 0, so "2,500" and "4,000" are one feature. */
export function modelWord(word: string): string {
  return word.toLowerCase().replace(/[’]/g, "'").replace(DIGITS, '0');
}

export const MIN_GRAM = 3;
export const MAX_GRAM = 5;

/** Adds the features of `text[start, end)` to `counts` (feature → occurrences). */
export function addFeatures(text: string, counts: Map<string, number>, start = 0, end = text.length): void {
  const add = (feature: string) => counts.set(feature, (counts.get(feature) ?? 0) + 1);
  let previous: string | null = null;
  for (const words = new ModelWords(text, start, end); words.next(); ) {
    const { word } = words;
    for (const feature of wordFeatures(word)) add(feature);
    if (previous !== null) add(bigramFeature(previous, word));
    previous = word;
  }
}

/** The words of `text[start, end)` as the model reads them, in order: each `next()` moves to the next and sets `word`. */
export class ModelWords {
  word = '';
  private readonly runs: WordRuns;

  constructor(
    private readonly text: string,
    start: number,
    end: number,
  ) {
    this.runs = new WordRuns(text, start, end, WORD_START, WORD_REST);
  }

  next(): boolean {
    const { runs, text } = this;
    if (!runs.next()) return false;
    const { start, end } = runs;
    this.word = plainWord(text, start, end) ? text.slice(start, end) : modelWord(text.slice(start, end));
    return true;
  }
}

/** Whether `text[start, end)` is lower-case ASCII letters, straight apostrophes and hyphens: already as the model reads it. */
function plainWord(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (!((code >= 0x61 && code <= 0x7a) || code === 0x27 || code === 0x2d)) return false;
  }
  return true;
}

/** The features of one word on its own: the word, and its letter groups with the word's edges marked. */
export function wordFeatures(word: string): string[] {
  const features = [`w:${word}`];
  const marked = `<${word}>`;
  for (let size = MIN_GRAM; size <= MAX_GRAM; size++) {
    for (let at = 0; at + size <= marked.length; at++) features.push(`c:${marked.slice(at, at + size)}`);
  }
  return features;
}

const bigramFeature = (previous: string, word: string): string => `b:${previous} ${word}`;

export function featuresOf(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  addFeatures(text, counts);
  return counts;
}
