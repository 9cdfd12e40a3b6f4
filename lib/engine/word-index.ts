import { CharClass, forEachRun } from './char-class';
import { lowerCaseInPlace, WORD_CHAR, type PatternKey, type WordKey } from './patterns';

const WORD = new CharClass(new RegExp(WORD_CHAR, 'u'));

/** Short texts indexed lately (sentences, a subject, a sender): one is asked about by many rules in a row. */
const recent = new Map<string, WordIndex>();
const RECENT_MAX_CHARS = 2000;
const RECENT_MAX_TEXTS = 256;

/**
 * The words patterns start with, numbered once for every pattern set: a text marks which of them it has in one pass
 * (`firstWordsPresent`), and each set then reads its first words from that table instead of looking each one up.
 */
const firstWordIds = new Map<string, number>();

export function firstWordId(word: string): number {
  let id = firstWordIds.get(word);
  if (id === undefined) {
    id = firstWordIds.size;
    firstWordIds.set(word, id);
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
  /** The distinct words with a given start or end (a prefix or suffix key's text), found once a message. */
  private readonly affixWords = { prefix: new Map<string, string[]>(), suffix: new Map<string, string[]>() };
  /** The distinct words by their first and by their last letters: where a prefix or suffix is looked for. */
  private edges?: { prefix: Map<string, string[]>; suffix: Map<string, string[]> };
  /** Per first word's id (see `firstWordId`), 1 when the text has it; made again when pattern sets added words. */
  private firstWords?: Uint8Array;
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

  /** Which of the words patterns start with the text has, by their id (see `firstWordId`). */
  firstWordsPresent(): Uint8Array {
    if (!this.firstWords || this.firstWords.length !== firstWordIds.size) {
      const present = new Uint8Array(firstWordIds.size);
      for (const word of this.positions.keys()) {
        const id = firstWordIds.get(word);
        if (id !== undefined) present[id] = 1;
      }
      this.firstWords = present;
    }
    return this.firstWords;
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
  private wordsWith(kind: 'prefix' | 'suffix', text: string): string[] {
    const found = this.affixWords[kind];
    let words = found.get(text);
    if (!words) {
      const prefix = kind === 'prefix';
      // Buckets pay off in a long text; a sentence's few words are looked through at once.
      const bucketed = text.length >= EDGE && this.positions.size >= BUCKETS_FROM;
      const candidates = bucketed ? (this.edgeBuckets()[kind].get(edgeOf(text, prefix)) ?? []) : this.positions.keys();
      words = [];
      for (const word of candidates) if (prefix ? word.startsWith(text) : word.endsWith(text)) words.push(word);
      found.set(text, words);
    }
    return words;
  }

  private edgeBuckets(): { prefix: Map<string, string[]>; suffix: Map<string, string[]> } {
    if (!this.edges) {
      const edges = { prefix: new Map<string, string[]>(), suffix: new Map<string, string[]>() };
      for (const word of this.positions.keys()) {
        if (word.length < EDGE) continue;
        for (const kind of ['prefix', 'suffix'] as const) {
          const edge = edgeOf(word, kind === 'prefix');
          const bucket = edges[kind].get(edge);
          if (bucket) bucket.push(word);
          else edges[kind].set(edge, [word]);
        }
      }
      this.edges = edges;
    }
    return this.edges;
  }
}

/** Letters at a word's start or end that sort its words into buckets; a shorter key looks through every word. */
const EDGE = 2;
/** Distinct words from which sorting them into buckets is quicker than looking through them for each affix. */
const BUCKETS_FROM = 64;
const edgeOf = (word: string, start: boolean): string => (start ? word.slice(0, EDGE) : word.slice(word.length - EDGE));
