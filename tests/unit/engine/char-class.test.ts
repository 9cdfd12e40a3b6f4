import { describe, expect, it } from 'vitest';
import { CharClass, WordRuns } from '../../../lib/engine/char-class';

/** Characters where stepping by code unit and matching by code point part ways. */
const POOL = ['a', 'B', 'z', ' ', '\n', "'", '’', '-', '1', '٣', 'é', 'É', 'Σ', 'ß', 'İ', '😀', '𝐀', '\ud800', '\udc00', '𠀀', 'ﬁ', 'ǅ', '.', 'Ω', '中', 'ا', 'ँ'];

/** A fixed sequence of strings from the pool (a linear congruential generator: the same cases on every run). */
function cases(count: number): string[] {
  let seed = 19;
  const next = (limit: number): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % limit;
  };
  return Array.from({ length: count }, () => Array.from({ length: 1 + next(40) }, () => POOL[next(POOL.length)]).join(''));
}

function runs(text: string, from: number, to: number, first: CharClass, rest: CharClass): string[] {
  const found: string[] = [];
  for (const words = new WordRuns(text, from, to, first, rest); words.next(); ) found.push(`${words.start}:${text.slice(words.start, words.end)}`);
  return found;
}

function regexRuns(text: string, from: number, to: number, pattern: RegExp): string[] {
  const found: string[] = [];
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match && match.index < to; match = pattern.exec(text)) found.push(`${match.index}:${match[0]}`);
  return found;
}

describe('words found a character at a time', () => {
  it('are the words a regular expression with the u flag finds, surrogate pairs and lone halves included', () => {
    const letters = new CharClass(/[\p{L}']/u);
    const start = new CharClass(/[\p{L}\p{N}]/u);
    const rest = new CharClass(/[\p{L}\p{N}'’-]/u);
    for (const text of cases(2000)) {
      for (const from of [0, 1, Math.floor(text.length / 2)]) {
        expect(runs(text, from, text.length, letters, letters), JSON.stringify(text)).toEqual(regexRuns(text, from, text.length, /[\p{L}']+/gu));
        expect(runs(text, from, text.length - 1, start, rest), JSON.stringify(text)).toEqual(
          regexRuns(text, from, text.length - 1, /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu),
        );
      }
    }
  });

  it('stay at the end once there is no word left', () => {
    const letters = new CharClass(/\p{L}/u);
    const words = new WordRuns('one two', 0, 7, letters, letters);
    expect([words.next(), words.start, words.next(), words.start, words.next(), words.next()]).toEqual([true, 0, true, 4, false, false]);
  });
});
