import type { Rule, RulePack, TermList } from '../rules';
import {
  alternationRegExp,
  findHits,
  literalSource,
  patternKeys,
  patternSource,
  stickyAlternationRegExp,
  type PatternHit,
  type PatternKey,
} from './patterns';
import { WordIndex } from './word-index';

/** Most regular-expression source compiled into one alternation: V8 refuses much larger ones (thousands of user terms). */
const MAX_ALTERNATION_SOURCE = 100_000;

/** Consecutive runs of `sources`, in order, each short enough to compile as one alternation. */
function sourceGroups(sources: readonly string[]): string[][] {
  const groups: string[][] = [];
  let groupSize = Infinity;
  for (const source of sources) {
    if (groupSize + source.length > MAX_ALTERNATION_SOURCE) {
      groups.push([]);
      groupSize = 0;
    }
    groups[groups.length - 1]!.push(source);
    groupSize += source.length;
  }
  return groups;
}

/**
 * A list of phrase patterns compiled once. Each pattern is tried only where its first word stands (found by the
 * word index), anchored there; patterns that start with a class such as `{amount}` scan. Trying a long alternation
 * at every position of a text is what makes naive keyword regexes slow.
 */
export class PatternSet {
  private readonly keyed: Array<{ source: string; keys: Array<Exclude<PatternKey, { kind: 'any' }>> }> = [];
  private readonly scanning: RegExp[];
  private readonly anchored = new Map<string, RegExp[]>();

  constructor(patterns: readonly string[], literals: readonly string[] = []) {
    const sources = [...patterns.map(patternSource), ...literals.map(literalSource)];
    const scanningSources: string[] = [];
    [...patterns, ...literals.map(literalKeyPattern)].forEach((pattern, index) => {
      const keys = patternKeys(pattern);
      if (keys.some((key) => key.kind === 'any')) scanningSources.push(sources[index]!);
      else this.keyed.push({ source: sources[index]!, keys: keys as Array<Exclude<PatternKey, { kind: 'any' }>> });
    });
    this.scanning = sourceGroups(scanningSources).map(alternationRegExp);
  }

  /** Non-overlapping hits in `text`, in text order; pass the text's word index when there is one already. */
  hits(text: string, limit: number, index: WordIndex = new WordIndex(text)): PatternHit[] {
    const starts = new Set<number>();
    const chosen: number[] = [];
    this.keyed.forEach(({ keys }, position) => {
      let used = false;
      for (const key of keys) {
        for (const start of index.startsOf(key)) {
          starts.add(start);
          used = true;
        }
      }
      if (used) chosen.push(position);
    });
    const hits: PatternHit[] = [];
    if (chosen.length > 0) {
      const subset = chosen.join(',');
      let regexps = this.anchored.get(subset);
      if (!regexps) {
        regexps = sourceGroups(chosen.map((position) => this.keyed[position]!.source)).map(stickyAlternationRegExp);
        this.anchored.set(subset, regexps);
      }
      let reached = 0;
      for (const start of [...starts].sort((a, b) => a - b)) {
        if (start < reached) continue;
        const match = firstMatchAt(regexps, text, start);
        if (!match) continue;
        hits.push({ start, end: start + match[0].length, text: match[0] });
        reached = start + match[0].length;
        if (hits.length >= limit) break;
      }
    }
    for (const regexp of this.scanning) hits.push(...findHits(regexp, text, limit));
    return hits.sort((a, b) => a.start - b.start).slice(0, limit);
  }
}

/** The first of `regexps` (sticky) that matches at `start`: the same choice one alternation of them all would make. */
function firstMatchAt(regexps: readonly RegExp[], text: string, start: number): RegExpExecArray | null {
  for (const regexp of regexps) {
    regexp.lastIndex = start;
    const match = regexp.exec(text);
    if (match) return match;
  }
  return null;
}

export interface CompiledRule {
  rule: Rule;
  patterns: PatternSet;
  unless: PatternSet | null;
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
  negators: CompiledTerms[];
  awarenessCore: CompiledTerms[];
  awarenessSupport: CompiledTerms[];
  ownGovernment: CompiledTerms[];
}

const compiledPacks = new WeakMap<RulePack, CompiledPack>();

/** A literal's first word as a pattern word, for the word index: letters and digits only, so no syntax survives. */
function literalKeyPattern(literal: string): string {
  // A term that starts with a sign ("#falcon", "€") has no first word to look up: it is scanned for.
  if (!/^[\p{L}\p{N}]/u.test(literal.trim())) return '{amount}';
  const first = /[\p{L}\p{N}]+/u.exec(literal.trim())?.[0] ?? '';
  const whole = literal.trim().split(/\s+/)[0] ?? '';
  return first === whole ? first : `${first}*`;
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
          return { rule, patterns: new PatternSet(rule.patterns, rule.literals), unless };
        } catch (error) {
          throw new Error(`Rule ${rule.id}: ${(error as Error).message}`);
        }
      }),
    sensitiveFields: pack.sensitiveFields.map(compileTerms),
    requestCues: pack.requestCues.map(compileTerms),
    negators: pack.negators.map(compileTerms),
    awarenessCore: pack.awarenessCore.map(compileTerms),
    awarenessSupport: pack.awarenessSupport.map(compileTerms),
    ownGovernment: pack.ownGovernment.map(compileTerms),
  };
  compiledPacks.set(pack, compiled);
  return compiled;
}

/** Term lists that apply to a language (their own and language-neutral ones). */
export function forLanguage<T extends { list: TermList }>(lists: readonly T[], language: string): T[] {
  return lists.filter(({ list }) => list.language === 'any' || list.language === language);
}
