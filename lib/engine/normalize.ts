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
const NON_ASCII = /[^\x00-\x7F]/g;

const isInvisible = (char: string) => INVISIBLE.test(char);
const isWordPart = (char: string) => WORD_LETTER.test(char) || isInvisible(char);
/** Whether a character changes under normalisation: it is invisible, a look-alike, or has a compatibility form. */
const changes = (char: string) => isInvisible(char) || LOOK_ALIKES[char] !== undefined || char.normalize('NFKC') !== char;

/** A stretch of the normalised text: copied as it is from `original` at `o`, or rebuilt with an offset per unit. */
interface Segment {
  /** Start in the normalised text. */
  n: number;
  /** Start in the original. */
  o: number;
  offsets?: number[];
}

/**
 * Normalises `original` for matching. Only the words around a character that changes are rebuilt; the rest (almost
 * all of real mail) is copied in runs, so a long mail costs little more than a copy.
 */
export function normalizeText(original: string): NormalizedText {
  if (ASCII_ONLY.test(original)) return { text: original, toOriginal: (offset) => offset, unchanged: true, original };

  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let copied = 0;
  const copy = (to: number) => {
    if (to <= copied) return;
    segments.push({ n: length, o: copied });
    parts.push(original.slice(copied, to));
    length += to - copied;
    copied = to;
  };

  for (const match of original.matchAll(NON_ASCII)) {
    const at = match.index;
    if (at < copied || !changes(match[0])) continue;
    // The whole word around the character (invisibles inside it included), so look-alikes are judged per word.
    let wordStart = at;
    let wordEnd = at + 1;
    if (isWordPart(match[0])) {
      while (wordStart > copied && isWordPart(original[wordStart - 1]!)) wordStart--;
      while (wordEnd < original.length && isWordPart(original[wordEnd]!)) wordEnd++;
    }
    copy(wordStart);
    const pieces: Array<{ char: string; at: number }> = [];
    for (let position = wordStart; position < wordEnd; ) {
      const char = String.fromCodePoint(original.codePointAt(position)!);
      if (!isInvisible(char)) pieces.push({ char, at: position });
      position += char.length;
    }
    const fold = passesForLatin(pieces.map((piece) => piece.char).join(''));
    const offsets: number[] = [];
    let rebuilt = '';
    for (const piece of pieces) {
      const folded = fold ? LOOK_ALIKES[piece.char] ?? piece.char : piece.char;
      const normalized = ASCII_ONLY.test(folded) ? folded : folded.normalize('NFKC');
      rebuilt += normalized;
      for (let unit = 0; unit < normalized.length; unit++) offsets.push(piece.at);
    }
    segments.push({ n: length, o: wordStart, offsets });
    parts.push(rebuilt);
    length += rebuilt.length;
    copied = wordEnd;
  }
  copy(original.length);
  const text = parts.join('');
  const toOriginal = (offset: number): number => {
    if (offset >= length) return original.length;
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (segments[middle]!.n <= offset) low = middle;
      else high = middle - 1;
    }
    const segment = segments[low]!;
    return segment.offsets ? segment.offsets[offset - segment.n]! : segment.o + (offset - segment.n);
  };
  return { text, toOriginal, unchanged: text === original, original };
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
