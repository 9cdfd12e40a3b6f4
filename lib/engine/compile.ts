import type { Rule, RulePack, TermList } from '../rules';
import {
  alternationRegExp,
  checkPattern,
  findHits,
  firstWord,
  lowerCaseInPlace,
  literalSource,
  literalStartCharacters,
  patternKeys,
  patternSource,
  requiredSlotKeys,
  startCharacters,
  stickyRegExp,
  type PatternHit,
  type WordKey,
} from './patterns';
import { affixId, wordId, WordIndex } from './word-index';

/** Most regular-expression source compiled into one alternation: V8 refuses much larger ones (thousands of user terms). */
const MAX_ALTERNATION_SOURCE = 100_000;

/** A pattern scanned for at every position, and the characters its matches start with (null: any letter). */
interface ScannedSource {
  source: string;
  starts: string | null;
}

/**
 * Consecutive runs of `sources`, in order, each short enough to compile as one alternation, with the characters any
 * of them starts with (null when one may start with any letter).
 */
function sourceGroups(sources: readonly ScannedSource[]): Array<{ sources: string[]; starts: string | null }> {
  const groups: Array<{ sources: string[]; starts: string | null }> = [];
  let groupSize = Infinity;
  for (const { source, starts } of sources) {
    if (groupSize + source.length > MAX_ALTERNATION_SOURCE) {
      groups.push({ sources: [], starts: '' });
      groupSize = 0;
    }
    const group = groups[groups.length - 1]!;
    group.sources.push(source);
    group.starts = group.starts === null || starts === null ? null : group.starts + starts;
    groupSize += source.length;
  }
  return groups;
}

interface KeyedPattern {
  /** A phrase pattern, or a user's literal term with its regular-expression source already made. */
  pattern: { phrase: string } | { source: string };
  keys: WordKey[];
  /** The keys as table reads (see `keyTest`), for patterns that may start with a prefix or suffix. */
  tests?: Int32Array;
  /**
   * For each later slot the pattern cannot do without, its words: the text must have one of each. Worked out when the
   * first word first fits, like the regular expression.
   */
  required?: RequiredSlot[];
  /** Made at the pattern's first try: most patterns never meet a word they start with, and a cold worker is in a hurry. */
  regexp?: RegExp;
}

/**
 * A list of phrase patterns compiled once. Each pattern is tried only where its first word stands (found by the
 * word index), anchored there, with its own regular expression, and only in a text that has its other words;
 * patterns that start with a class such as `{amount}` scan. Trying a long alternation at every position of a text is what makes naive keyword regexes
 * slow, and one regular expression per pattern means a new message only compiles the patterns it has not met yet.
 */
export class PatternSet {
  private readonly keyed: KeyedPattern[] = [];
  private readonly scanning: RegExp[];
  /** The words patterns may start with (see `wordId`), and for each the patterns (positions in `keyed`) that do. */
  private readonly firstWords: number[] = [];
  private readonly startingWith: number[][] = [];
  /** The same by the word itself: a text with fewer distinct words than the set has first words looks its own up. */
  private readonly startingWithWord: ReadonlyMap<string, number[]>;
  /** Patterns that may start with a prefix or suffix of a word: each is checked against the index itself. */
  private readonly byAffix: number[] = [];

  constructor(patterns: readonly string[], literals: readonly string[] = []) {
    const scanningSources: ScannedSource[] = [];
    for (const phrase of patterns) {
      checkPattern(phrase);
      const keys = patternKeys(phrase);
      if (keys.some((key) => key.kind === 'any')) scanningSources.push({ source: patternSource(phrase), starts: startCharacters(phrase) });
      else this.keyed.push({ pattern: { phrase }, keys: keys as WordKey[] });
    }
    for (const literal of literals) {
      const source = literalSource(literal);
      const keys = patternKeys(literalKeyPattern(literal));
      if (keys.some((key) => key.kind === 'any')) scanningSources.push({ source, starts: literalStartCharacters(literal) });
      // A user's term may hold any sign, pattern syntax included, so only its first word is looked up.
      else this.keyed.push({ pattern: { source }, keys: keys as WordKey[], required: [] });
    }
    this.scanning = sourceGroups(scanningSources).map(({ sources, starts }) => alternationRegExp(sources, starts));
    const byFirstWord = new Map<string, number[]>();
    this.keyed.forEach((pattern, position) => {
      const { keys } = pattern;
      if (keys.some((key) => key.kind !== 'word')) {
        this.byAffix.push(position);
        pattern.tests = Int32Array.from(keys, keyTest);
      }
      for (const key of keys) {
        if (key.kind !== 'word') continue;
        const list = byFirstWord.get(key.text);
        if (!list) byFirstWord.set(key.text, [position]);
        else if (list[list.length - 1] !== position) list.push(position);
      }
    });
    for (const [word, positions] of byFirstWord) {
      this.firstWords.push(wordId(word));
      this.startingWith.push(positions);
    }
    this.startingWithWord = byFirstWord;
  }

  /** The patterns that have a first word in the text (positions in `keyed`), in pattern order. */
  private startingIn(index: WordIndex): number[] {
    const found = new Uint8Array(this.keyed.length);
    if (index.wordCount < this.firstWords.length) {
      for (const word of index.words()) {
        const positions = this.startingWithWord.get(word);
        if (positions) for (const position of positions) found[position] = 1;
      }
    } else {
      const present = index.wordsPresent();
      for (let at = 0; at < this.firstWords.length; at++) {
        if (present[this.firstWords[at]!] === 1) for (const position of this.startingWith[at]!) found[position] = 1;
      }
    }
    if (this.byAffix.length > 0) {
      const present = index.wordsPresent();
      for (const position of this.byAffix) {
        if (found[position]) continue;
        for (const test of this.keyed[position]!.tests!) {
          if (test >= 0 ? present[test] === 1 : index.hasAffix(-test - 1)) {
            found[position] = 1;
            break;
          }
        }
      }
    }
    const starting: number[] = [];
    for (let position = 0; position < found.length; position++) if (found[position]) starting.push(position);
    return starting;
  }

  /** Non-overlapping hits in `text`, in text order; pass the text's word index when there is one already. */
  hits(text: string, limit: number, index: WordIndex = WordIndex.of(text)): PatternHit[] {
    const starting = this.startingIn(index);
    if (starting.length === 0 && this.scanning.length === 0) return [];
    // For each word start, the patterns whose first word fits it, in pattern order (the order an alternation tries).
    const candidates = new Map<number, number[]>();
    for (const position of starting) {
      const pattern = this.keyed[position]!;
      pattern.required ??= 'phrase' in pattern.pattern ? requiredSlotKeys(pattern.pattern.phrase).map(requiredSlot) : [];
      if (!slotsPresent(pattern.required, index)) continue;
      for (const key of pattern.keys) {
        for (const start of index.startsOf(key)) {
          const list = candidates.get(start);
          if (!list) candidates.set(start, [position]);
          else if (list[list.length - 1] !== position) list.push(position);
        }
      }
    }
    const hits: PatternHit[] = [];
    let reached = 0;
    for (const start of [...candidates.keys()].sort((a, b) => a - b)) {
      if (start < reached) continue;
      const end = this.matchEndAt(candidates.get(start)!, index.lowerText, start);
      if (end === null) continue;
      hits.push({ start, end, text: text.slice(start, end) });
      reached = end;
      if (hits.length >= limit) break;
    }
    if (this.scanning.length === 0) return hits;
    for (const regexp of this.scanning) hits.push(...findHits(regexp, text, index.lowerText, limit));
    return hits.sort((a, b) => a.start - b.start).slice(0, limit);
  }

  /** Where the first of the patterns at `positions` that matches at `start` ends: one alternation of them would match that. */
  private matchEndAt(positions: readonly number[], lowerText: string, start: number): number | null {
    for (const position of positions) {
      const pattern = this.keyed[position]!;
      pattern.regexp ??= stickyRegExp('phrase' in pattern.pattern ? patternSource(pattern.pattern.phrase) : pattern.pattern.source);
      pattern.regexp.lastIndex = start;
      if (pattern.regexp.test(lowerText)) return pattern.regexp.lastIndex;
    }
    return null;
  }
}

/**
 * A key as one table read: a whole word as its id (see `wordId`), a prefix or suffix as minus one minus its number (see
 * `affixId`). Numbered when the pattern set is made, so a text answers without hashing the key's letters.
 */
function keyTest(key: WordKey): number {
  return key.kind === 'word' ? wordId(key.text) : -1 - affixId(key.kind, key.text);
}

/** A slot a pattern cannot do without: its whole words by id (see `wordId`), and its prefixes and suffixes by number. */
interface RequiredSlot {
  words: number[];
  affixes: number[];
}

function requiredSlot(keys: readonly WordKey[]): RequiredSlot {
  return {
    words: keys.filter((key) => key.kind === 'word').map((key) => wordId(key.text)),
    affixes: keys.flatMap((key) => (key.kind === 'word' ? [] : [affixId(key.kind, key.text)])),
  };
}

/** Whether the text has a word of each slot. */
function slotsPresent(slots: readonly RequiredSlot[], index: WordIndex): boolean {
  if (slots.length === 0) return true;
  const present = index.wordsPresent();
  return slots.every((slot) => slot.words.some((id) => present[id] === 1) || slot.affixes.some((ordinal) => index.hasAffix(ordinal)));
}

export interface CompiledRule {
  rule: Rule;
  patterns: PatternSet;
  unless: PatternSet | null;
  unlessNearby: PatternSet | null;
}

export interface CompiledTerms {
  list: TermList;
  patterns: PatternSet;
}

export interface CompiledPack {
  pack: RulePack;
  rules: CompiledRule[];
  sensitiveFields: CompiledTerms[];
  requestCues: CompiledTerms[];
  withholdingCues: CompiledTerms[];
  negators: CompiledTerms[];
  awarenessCore: CompiledTerms[];
  awarenessSupport: CompiledTerms[];
  ownGovernment: CompiledTerms[];
  /** The ids of the rules whose hits send a delivery off work channels (`routesOffWork`). */
  offWorkRules: ReadonlySet<string>;
}

const compiledPacks = new WeakMap<RulePack, CompiledPack>();

/** A literal's first word as a pattern word, for the word index: letters and digits only, so no syntax survives. */
function literalKeyPattern(literal: string): string {
  const whole = literal.trim().split(/\s+/)[0] ?? '';
  const first = firstWord(whole);
  // A term that starts with a sign ("#falcon", "€") has no first word to look up: it is scanned for.
  if (first?.index !== 0) return '{amount}';
  return first.word === lowerCaseInPlace(whole) ? first.word : `${first.word}*`;
}

function compileTerms(list: TermList): CompiledTerms {
  try {
    return { list, patterns: new PatternSet(list.patterns) };
  } catch (error) {
    throw new Error(`Term list ${list.id}: ${(error as Error).message}`);
  }
}

/** Regular expressions for a pack, built once per pack object. Throws with the rule id on a bad pattern. */
export function compilePack(pack: RulePack): CompiledPack {
  const cached = compiledPacks.get(pack);
  if (cached) return cached;
  const compiled: CompiledPack = {
    pack,
    rules: pack.rules
      .filter((rule) => rule.patterns.length + (rule.literals?.length ?? 0) > 0)
      .map((rule) => {
        try {
          const unless = rule.unless?.length ? new PatternSet(rule.unless) : null;
          const unlessNearby = rule.unlessNearby?.length ? new PatternSet(rule.unlessNearby) : null;
          return { rule, patterns: new PatternSet(rule.patterns, rule.literals), unless, unlessNearby };
        } catch (error) {
          throw new Error(`Rule ${rule.id}: ${(error as Error).message}`);
        }
      }),
    sensitiveFields: pack.sensitiveFields.map(compileTerms),
    requestCues: pack.requestCues.map(compileTerms),
    withholdingCues: pack.withholdingCues.map(compileTerms),
    negators: pack.negators.map(compileTerms),
    awarenessCore: pack.awarenessCore.map(compileTerms),
    awarenessSupport: pack.awarenessSupport.map(compileTerms),
    ownGovernment: pack.ownGovernment.map(compileTerms),
    offWorkRules: new Set(pack.rules.filter((rule) => rule.routesOffWork).map((rule) => rule.id)),
  };
  compiledPacks.set(pack, compiled);
  return compiled;
}

/** Term lists that apply to a language (their own and language-neutral ones). */
export function forLanguage<T extends { list: TermList }>(lists: readonly T[], language: string): T[] {
  return lists.filter(({ list }) => list.language === 'any' || list.language === language);
}

/** First hit of any list; pass the whole text's word index when `text` is long. */
export function anyMatch(lists: readonly CompiledTerms[], text: string, words?: WordIndex): PatternHit | null {
  for (const { patterns } of lists) {
    const hit = patterns.hits(text, 1, words)[0];
    if (hit) return hit;
  }
  return null;
}
