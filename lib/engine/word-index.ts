import type { PatternKey } from './patterns';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Where each distinct word of a text starts, lower-cased: the cheap pass. A pattern is only tried where its first
 * word stands, so most of the text is never scanned by most patterns.
 */
export class WordIndex {
  private readonly positions = new Map<string, number[]>();
  private readonly keyPositions = new Map<string, number[]>();

  constructor(text: string) {
    for (const match of text.matchAll(WORD)) {
      const word = match[0].toLowerCase();
      const list = this.positions.get(word);
      if (list) list.push(match.index);
      else this.positions.set(word, [match.index]);
    }
  }

  has(key: PatternKey): boolean {
    return key.kind === 'any' || this.startsOf(key).length > 0;
  }

  /** Start offsets of the words that fit `key`, ascending. */
  startsOf(key: Exclude<PatternKey, { kind: 'any' }>): number[] {
    if (key.kind === 'word') return this.positions.get(key.text) ?? [];
    const cacheKey = `${key.kind}:${key.text}`;
    let starts = this.keyPositions.get(cacheKey);
    if (!starts) {
      starts = [];
      for (const [word, list] of this.positions) {
        if (key.kind === 'prefix' ? word.startsWith(key.text) : word.endsWith(key.text)) starts.push(...list);
      }
      starts.sort((a, b) => a - b);
      this.keyPositions.set(cacheKey, starts);
    }
    return starts;
  }
}
