import { CharClass, forEachRun } from './char-class';
import { lowerCaseInPlace, WORD_CHAR, type PatternKey, type WordKey } from './patterns';

const WORD = new CharClass(new RegExp(WORD_CHAR, 'u'));

/** Short texts indexed lately (sentences, a subject, a sender): one is asked about by many rules in a row. */
const recent = new Map<string, WordIndex>();
const RECENT_MAX_CHARS = 2000;
const RECENT_MAX_TEXTS = 256;

/**
 * The words patterns start with or cannot do without, numbered once for every pattern set: a text marks which of them
 * it has in one pass (`wordsPresent`), and each set then reads its words from that table instead of looking each up.
 */
const wordIds = new Map<string, number>();

export function wordId(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) {
    id = wordIds.size;
    wordIds.set(word, id);
  }
  return id;
}

/**
 * Where each distinct word of a text starts, lower-cased: the cheap pass. A pattern is only tried where its first
 * word stands, and only when its other words occur somewhere, so most of the text is never scanned by most patterns.
 */
export class WordIndex {
  private readonly positions = new Map<string, number[]>();
  private readonly keyPositions = new Map<string, number[]>();
  /** The distinct words with each prefix or suffix patterns look for, found in one pass when first asked. */
  private affixes?: AffixTable;
  /** Per word's id (see `wordId`), 1 when the text has it; made again when pattern sets added words. */
  private present?: Uint8Array;
  /** The text lower-cased, offsets unchanged: what the patterns run on. */
  readonly lowerText: string;

  constructor(readonly text: string) {
    this.lowerText = lowerCaseInPlace(text);
    const lowerText = this.lowerText;
    forEachRun(lowerText, 0, lowerText.length, WORD, WORD, (start, end) => {
      const word = lowerText.slice(start, end);
      const list = this.positions.get(word);
      if (list) list.push(start);
      else this.positions.set(word, [start]);
    });
  }

  /**
   * The index of `text`, shared with the last calls that asked for the same short text: the sentence around a hit is
   * looked at by the request cues, each exception and the negation lists, and a subject by every rule.
   */
  static of(text: string): WordIndex {
    if (text.length > RECENT_MAX_CHARS) return new WordIndex(text);
    let index = recent.get(text);
    if (!index) {
      if (recent.size >= RECENT_MAX_TEXTS) recent.clear();
      index = new WordIndex(text);
      recent.set(text, index);
    }
    return index;
  }

  /** Which of the words patterns look for the text has, by their id (see `wordId`). */
  wordsPresent(): Uint8Array {
    if (!this.present || this.present.length !== wordIds.size) {
      const present = new Uint8Array(wordIds.size);
      for (const word of this.positions.keys()) {
        const id = wordIds.get(word);
        if (id !== undefined) present[id] = 1;
      }
      this.present = present;
    }
    return this.present;
  }

  /** How many distinct words the text has. */
  get wordCount(): number {
    return this.positions.size;
  }

  /** The text's distinct words, lower-cased. */
  words(): IterableIterator<string> {
    return this.positions.keys();
  }

  has(key: PatternKey): boolean {
    if (key.kind === 'any') return true;
    if (key.kind === 'word') return this.positions.has(key.text);
    return this.wordsWith(key.kind, key.text).length > 0;
  }

  /** Start offsets of the words that fit `key`, ascending. */
  startsOf(key: WordKey): number[] {
    if (key.kind === 'word') return this.positions.get(key.text) ?? [];
    const cacheKey = `${key.kind}:${key.text}`;
    let starts = this.keyPositions.get(cacheKey);
    if (!starts) {
      starts = [];
      // One at a time: spreading a word's positions would overflow the call stack when it occurs 100,000 times.
      for (const word of this.wordsWith(key.kind, key.text)) for (const start of this.positions.get(word)!) starts.push(start);
      starts.sort((a, b) => a - b);
      this.keyPositions.set(cacheKey, starts);
    }
    return starts;
  }

  /** The distinct words that start (a prefix key) or end (a suffix key) with `text`. */
  private wordsWith(kind: AffixKind, text: string): readonly string[] {
    const affixes = this.affixTable();
    const found = affixes.words[kind].get(text);
    if (found) return found;
    const ordinal = affixOrdinal(kind, text);
    if (ordinal < affixes.knownAffixes) return NO_WORDS;
    // An affix the tree did not have when the table was made: looked for on its own, and kept.
    const words: string[] = [];
    for (const word of this.positions.keys()) if (kind === 'prefix' ? word.startsWith(text) : word.endsWith(text)) words.push(word);
    affixes.words[kind].set(text, words);
    return words;
  }

  /** For each affix the trees hold, the text's words that have it: one walk down each tree a word. */
  private affixTable(): AffixTable {
    if (!this.affixes) {
      const words = { prefix: new Map<string, string[]>(), suffix: new Map<string, string[]>() };
      for (const word of this.positions.keys()) {
        for (const kind of AFFIX_KINDS) {
          const forward = kind === 'prefix';
          let node: AffixNode | undefined = AFFIX_TREES[kind];
          for (let step = 0; step < word.length && node; step++) {
            node = node.next.get(word.charCodeAt(forward ? step : word.length - 1 - step));
            if (node?.affix !== undefined) {
              const list = words[kind].get(node.affix);
              if (list) list.push(word);
              else words[kind].set(node.affix, [word]);
            }
          }
        }
      }
      this.affixes = { words, knownAffixes: affixCount };
    }
    return this.affixes;
  }
}

type AffixKind = 'prefix' | 'suffix';
const AFFIX_KINDS: readonly AffixKind[] = ['prefix', 'suffix'];
const NO_WORDS: readonly string[] = [];

/** Per affix, the text's words that have it; `knownAffixes`: the affixes the trees held when it was made. */
interface AffixTable {
  words: Record<AffixKind, Map<string, string[]>>;
  knownAffixes: number;
}

/** A letter of an affix tree: the prefixes (read from a word's start) or suffixes (from its end) patterns look for. */
interface AffixNode {
  next: Map<number, AffixNode>;
  /** The affix that ends here. */
  affix?: string;
}

const AFFIX_TREES: Record<AffixKind, AffixNode> = { prefix: { next: new Map() }, suffix: { next: new Map() } };
/** Every affix in the trees, numbered in the order it was added. */
const affixOrdinals: Record<AffixKind, Map<string, number>> = { prefix: new Map(), suffix: new Map() };
let affixCount = 0;

/** The affix's number, added to its tree the first time it is asked for; texts indexed after that find it in one walk. */
function affixOrdinal(kind: AffixKind, text: string): number {
  let ordinal = affixOrdinals[kind].get(text);
  if (ordinal === undefined) {
    let node = AFFIX_TREES[kind];
    for (let step = 0; step < text.length; step++) {
      const code = text.charCodeAt(kind === 'prefix' ? step : text.length - 1 - step);
      let next = node.next.get(code);
      if (!next) {
        next = { next: new Map() };
        node.next.set(code, next);
      }
      node = next;
    }
    node.affix = text;
    ordinal = affixCount++;
    affixOrdinals[kind].set(text, ordinal);
  }
  return ordinal;
}
