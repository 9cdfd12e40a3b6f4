import { CharClass, WordRuns } from './char-class';
import { detached } from './detached';
import { lowerCaseInPlace, WORD_CHAR, type WordKey } from './patterns';

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
  /** Start offsets of the words with each affix, by the affix's number (see `affixId`). */
  private readonly affixPositions = new Map<number, number[]>();
  /** The distinct words with each prefix or suffix patterns look for, found in one pass when first asked. */
  private affixes?: AffixTable;
  /** Per word's id (see `wordId`), 1 when the text has it; made again when pattern sets added words. */
  private present?: Uint8Array;
  /** The text lower-cased, offsets unchanged: what the patterns run on. */
  readonly lowerText: string;

  constructor(readonly text: string) {
    this.lowerText = lowerCaseInPlace(text);
    const lowerText = this.lowerText;
    const { positions } = this;
    for (const runs = new WordRuns(lowerText, 0, lowerText.length, WORD, WORD); runs.next(); ) {
      const word = lowerText.slice(runs.start, runs.end);
      const list = positions.get(word);
      if (list) list.push(runs.start);
      else positions.set(word, [runs.start]);
    }
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

  /** Whether a word of the text has the affix numbered `ordinal` (see `affixId`): one table read, no string hashing. */
  hasAffix(ordinal: number): boolean {
    const table = this.affixTable();
    if (ordinal < table.present.length) return table.present[ordinal] === 1;
    return this.wordsWith(ordinal).length > 0;
  }

  /** Start offsets of the words that fit `key`, ascending. */
  startsOf(key: WordKey): number[] {
    if (key.kind === 'word') return this.positions.get(key.text) ?? [];
    const ordinal = affixId(key.kind, key.text);
    let starts = this.affixPositions.get(ordinal);
    if (!starts) {
      starts = [];
      // One at a time: spreading a word's positions would overflow the call stack when it occurs 100,000 times.
      for (const word of this.wordsWith(ordinal)) for (const start of this.positions.get(word)!) starts.push(start);
      starts.sort((a, b) => a - b);
      this.affixPositions.set(ordinal, starts);
    }
    return starts;
  }

  /** The distinct words that start (a prefix) or end (a suffix) with the affix numbered `ordinal`. */
  private wordsWith(ordinal: number): readonly string[] {
    const table = this.affixTable();
    const found = table.words.get(ordinal);
    if (found) return found;
    if (ordinal < table.present.length) return NO_WORDS;
    // An affix the tree did not have when the table was made: looked for on its own, and kept.
    const { kind, text } = AFFIXES[ordinal]!;
    const words: string[] = [];
    for (const word of this.positions.keys()) if (kind === 'prefix' ? word.startsWith(text) : word.endsWith(text)) words.push(word);
    table.words.set(ordinal, words);
    return words;
  }

  /** For each affix the trees hold, the text's words that have it (see `affixesOf`). */
  private affixTable(): AffixTable {
    if (!this.affixes) {
      const words = new Map<number, string[]>();
      const present = new Uint8Array(affixCount);
      for (const word of this.positions.keys()) {
        for (const ordinal of affixesOf(word)) {
          present[ordinal] = 1;
          const list = words.get(ordinal);
          if (list) list.push(word);
          else words.set(ordinal, [word]);
        }
      }
      this.affixes = { words, present };
    }
    return this.affixes;
  }
}

export type AffixKind = 'prefix' | 'suffix';
const AFFIX_KINDS: readonly AffixKind[] = ['prefix', 'suffix'];

/**
 * The numbers of the affixes each word has, kept between texts: mail repeats its words, and one walk down each tree
 * a word is most of the cost of a table. Cleared when an affix is added, or when it holds too many words.
 */
const wordAffixes = new Map<string, readonly number[]>();
const WORD_AFFIXES_MAX = 10_000;

function affixesOf(word: string): readonly number[] {
  let found = wordAffixes.get(word);
  if (!found) {
    const ordinals: number[] = [];
    for (const kind of AFFIX_KINDS) {
      const forward = kind === 'prefix';
      let node: AffixNode | undefined = AFFIX_TREES[kind];
      for (let step = 0; step < word.length && node; step++) {
        node = node.next.get(word.charCodeAt(forward ? step : word.length - 1 - step));
        if (node?.ordinal !== undefined) ordinals.push(node.ordinal);
      }
    }
    found = ordinals.length === 0 ? NO_AFFIXES : ordinals;
    if (wordAffixes.size >= WORD_AFFIXES_MAX) wordAffixes.clear();
    wordAffixes.set(detached(word), found);
  }
  return found;
}
const NO_AFFIXES: readonly number[] = [];
const NO_WORDS: readonly string[] = [];

/** By affix number, the text's words that have it and whether any does; `present` covers the affixes known when made. */
interface AffixTable {
  words: Map<number, string[]>;
  present: Uint8Array;
}

/** A letter of an affix tree: the prefixes (read from a word's start) or suffixes (from its end) patterns look for. */
interface AffixNode {
  next: Map<number, AffixNode>;
  /** The number of the affix that ends here. */
  ordinal?: number;
}

const AFFIX_TREES: Record<AffixKind, AffixNode> = { prefix: { next: new Map() }, suffix: { next: new Map() } };
/** Every affix in the trees, numbered in the order it was added, and each by its number. */
const affixOrdinals: Record<AffixKind, Map<string, number>> = { prefix: new Map(), suffix: new Map() };
const AFFIXES: Array<{ kind: AffixKind; text: string }> = [];
let affixCount = 0;

/**
 * The affix's number, added to its tree the first time it is asked for; texts indexed after that find it in one walk.
 * Pattern sets number their affixes when they are made, so a text's table answers for each with one read.
 */
export function affixId(kind: AffixKind, text: string): number {
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
    ordinal = affixCount++;
    node.ordinal = ordinal;
    // Words met before knew nothing of this affix.
    wordAffixes.clear();
    affixOrdinals[kind].set(text, ordinal);
    AFFIXES.push({ kind, text });
  }
  return ordinal;
}
