/**
 * Undoes the cheap tricks that hide a word from matching while a reader still sees it: invisible characters inside a
 * word, compatibility forms (full-width letters, ligatures) and look-alike letters from other scripts. Every analysis
 * runs on the normalised text; `toOriginal` maps its offsets back, so evidence points at what the page shows.
 */

/** Characters that render as nothing between letters: zero-width space, joiners, word joiner, BOM, soft hyphen, bidi controls, variation selectors. */
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/u;

/**
 * Letters of Cyrillic, Greek and Armenian that look like Latin ones, after Unicode's confusables data
 * (confusablesSummary.txt), limited to lower and upper case forms that pass for a Latin letter in running text.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ɡ: 'g', ᴦ: 'r', п: 'n', г: 'r', ь: 'b',
  А: 'A', В: 'B', Е: 'E', Ё: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
  Ѕ: 'S', І: 'I', Ї: 'I', Ј: 'J', Ԛ: 'Q', Ԝ: 'W', Һ: 'H',
  // Greek
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', ι: 'i', κ: 'k', τ: 't', υ: 'u', χ: 'x', ϲ: 'c', ϳ: 'j',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
  // Armenian
  օ: 'o', ս: 'u', ց: 'g', հ: 'h', ո: 'n', Օ: 'O', Ս: 'U',
};

const LATIN_LETTER = /\p{Script=Latin}/u;
const WORD_LETTER = /[\p{L}\p{M}\p{N}]/u;

export interface NormalizedText {
  /** The text to match on. */
  text: string;
  /** Offset in the original text of each offset in `text`, plus one entry for the end. */
  toOriginal(offset: number): number;
  /** True when nothing changed: offsets are then the same in both. */
  unchanged: boolean;
  original: string;
}

/**
 * Whether the word's letters are all look-alikes or mixed with Latin ones: such a word was written to pass for a
 * Latin word ("sеcret" with a Cyrillic е). A real Cyrillic or Greek word has letters without a Latin twin.
 */
function passesForLatin(word: string): boolean {
  let foreign = false;
  for (const char of word) {
    if (LATIN_LETTER.test(char)) continue;
    if (LOOK_ALIKES[char] !== undefined) {
      foreign = true;
      continue;
    }
    if (/\p{L}/u.test(char)) return false;
  }
  return foreign;
}

const ASCII_ONLY = /^[\x00-\x7F]*$/;

/** Normalises `original` for matching; cheap for plain ASCII text, which is returned as it is. */
export function normalizeText(original: string): NormalizedText {
  if (ASCII_ONLY.test(original)) return { text: original, toOriginal: (offset) => offset, unchanged: true, original };

  const out: string[] = [];
  // `offsets[i]` is the original offset of out-code-unit i.
  const offsets: number[] = [];
  const push = (piece: string, at: number) => {
    out.push(piece);
    for (let index = 0; index < piece.length; index++) offsets.push(at);
  };

  let position = 0;
  while (position < original.length) {
    const code = original.codePointAt(position)!;
    const char = String.fromCodePoint(code);
    if (INVISIBLE.test(char)) {
      position += char.length;
      continue;
    }
    if (WORD_LETTER.test(char) && (LOOK_ALIKES[char] !== undefined || LATIN_LETTER.test(char))) {
      // Read the whole word (skipping invisibles) and fold it if it passes for a Latin word.
      let end = position;
      const pieces: Array<{ char: string; at: number }> = [];
      while (end < original.length) {
        const next = String.fromCodePoint(original.codePointAt(end)!);
        if (INVISIBLE.test(next)) {
          end += next.length;
          continue;
        }
        if (!WORD_LETTER.test(next)) break;
        pieces.push({ char: next, at: end });
        end += next.length;
      }
      const fold = passesForLatin(pieces.map((piece) => piece.char).join(''));
      for (const piece of pieces) {
        const folded = fold ? LOOK_ALIKES[piece.char] ?? piece.char : piece.char;
        push(ASCII_ONLY.test(folded) ? folded : folded.normalize('NFKC'), piece.at);
      }
      position = end;
      continue;
    }
    push(ASCII_ONLY.test(char) ? char : char.normalize('NFKC'), position);
    position += char.length;
  }
  offsets.push(original.length);
  const text = out.join('');
  return {
    text,
    toOriginal: (offset) => offsets[Math.max(0, Math.min(offset, offsets.length - 1))]!,
    unchanged: text === original,
    original,
  };
}

/** The original span `[start, end)` of a normalised one: from its first character to just after its last. */
export function originalSpan(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (normalized.unchanged) return { start, end };
  const originalStart = normalized.toOriginal(start);
  if (end <= start) return { start: originalStart, end: originalStart };
  // The last character may stand for a surrogate pair in the original.
  const last = normalized.toOriginal(end - 1);
  return { start: originalStart, end: last + (normalized.original.codePointAt(last)! > 0xffff ? 2 : 1) };
}
