/**
 * The words a text model reads: lower-cased words and word pairs, and the letter groups inside each word (3 to 5
 * letters, with the word's edges marked), so "procesvensters" shares features with "proces" and "venster", and
 * "unpublished" with "published". Pure and deterministic: fitting (Node) and the extension read text the same way.
 */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const DIGITS = /\p{N}/gu;

/** A word as the model reads it: lower case, digits folded to 0, so "2,500" and "4,000" are one feature. */
function modelWord(word: string): string {
  return word.toLowerCase().replace(/[’]/g, "'").replace(DIGITS, '0');
}

export const MIN_GRAM = 3;
export const MAX_GRAM = 5;

/** Adds the features of `text[start, end)` to `counts` (feature → occurrences). */
export function addFeatures(text: string, counts: Map<string, number>, start = 0, end = text.length): void {
  const add = (feature: string) => counts.set(feature, (counts.get(feature) ?? 0) + 1);
  let previous: string | null = null;
  WORD.lastIndex = start;
  for (let match = WORD.exec(text); match && match.index < end; match = WORD.exec(text)) {
    const word = modelWord(match[0]);
    add(`w:${word}`);
    if (previous !== null) add(`b:${previous} ${word}`);
    previous = word;
    const marked = `<${word}>`;
    for (let size = MIN_GRAM; size <= MAX_GRAM; size++) {
      for (let at = 0; at + size <= marked.length; at++) add(`c:${marked.slice(at, at + size)}`);
    }
  }
}

export function featuresOf(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  addFeatures(text, counts);
  return counts;
}
