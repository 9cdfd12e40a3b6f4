import { lowerCaseInPlace, WORD_CHAR, type PatternKey, type WordKey } from './patterns';

const WORD = new RegExp(`${WORD_CHAR}+`, 'gu');

/**
 * Where each distinct word of a text starts, lower-cased: the cheap pass. A pattern is only tried where its first
 * word stands, and only when its other words occur somewhere, so most of the text is never scanned by most patterns.
 */
export class WordIndex {
  private readonly positions = new Map<string, number[]>();
  private readonly keyPositions = new Map<string, number[]>();
  /** The distinct words, sorted, and each one reversed, sorted: a prefix or suffix is then a range of either. */
  private sorted?: { words: string[]; reversed: string[] };
  /** The text lower-cased, offsets unchanged: what the patterns run on. */
  readonly lowerText: string;

  constructor(readonly text: string) {
    this.lowerText = lowerCaseInPlace(text);
    for (const match of this.lowerText.matchAll(WORD)) {
      const word = match[0];
      const list = this.positions.get(word);
      if (list) list.push(match.index);
      else this.positions.set(word, [match.index]);
    }
  }

  has(key: PatternKey): boolean {
    if (key.kind === 'any') return true;
    if (key.kind === 'word') return this.positions.has(key.text);
    const [list, affix] = this.affixRange(key);
    return list[lowerBound(list, affix)]?.startsWith(affix) ?? false;
  }

  /** Start offsets of the words that fit `key`, ascending. */
  startsOf(key: WordKey): number[] {
    if (key.kind === 'word') return this.positions.get(key.text) ?? [];
    const cacheKey = `${key.kind}:${key.text}`;
    let starts = this.keyPositions.get(cacheKey);
    if (!starts) {
      starts = [];
      const [list, affix] = this.affixRange(key);
      for (let index = lowerBound(list, affix); list[index]?.startsWith(affix); index++) {
        const word = key.kind === 'prefix' ? list[index]! : reverse(list[index]!);
        // One at a time: spreading a word's positions would overflow the call stack when it occurs 100,000 times.
        for (const start of this.positions.get(word)!) starts.push(start);
      }
      starts.sort((a, b) => a - b);
      this.keyPositions.set(cacheKey, starts);
    }
    return starts;
  }

  /** The sorted list to search for `key` and what to look for in it: the words for a prefix, reversed for a suffix. */
  private affixRange(key: Exclude<WordKey, { kind: 'word' }>): [string[], string] {
    this.sorted ??= {
      words: [...this.positions.keys()].sort(),
      reversed: [...this.positions.keys()].map(reverse).sort(),
    };
    return key.kind === 'prefix' ? [this.sorted.words, key.text] : [this.sorted.reversed, reverse(key.text)];
  }
}

function reverse(word: string): string {
  let reversed = '';
  for (let index = word.length - 1; index >= 0; index--) reversed += word[index];
  return reversed;
}

/** The first index of `sorted` whose value is not below `value`. */
function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
