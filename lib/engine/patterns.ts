/**
 * Compiles the rules' phrase syntax (see `Rule` in lib/rules/types.ts) and users' literal terms into regular
 * expressions. Every construct is bounded, so no pattern can backtrack catastrophically.
 */

const WORD_CHAR = '[\\p{L}\\p{N}]';
const BEFORE_WORD = `(?<!${WORD_CHAR})`;
const AFTER_WORD = `(?!${WORD_CHAR})`;
const SPACE = '[\\s\\u00a0]+';
/** Between words inside a gap: spaces, commas, brackets, quotes and dashes, but no sentence punctuation. */
const GAP_SEPARATOR = '[\\s\\u00a0,()"“”‘’–—-]+';
/** Up to four other words between two slots, within one sentence. */
const GAP_WORD = '[^\\s\\u00a0.!?;:,()"“”‘’–—-]+';
const GAP = `${GAP_SEPARATOR}(?:${GAP_WORD}${GAP_SEPARATOR}){0,4}?`;

/** Digits, dots and commas after an amount's first digit; bounded, or a run like "1,2,3,…" is rescanned from each number. */
const AMOUNT_DIGITS = '\\d[\\d.,]{0,24}';

const NAMED_CLASSES: Record<string, string> = {
  // An amount of money: "€ 2.500", "$500", "5000 euro", "3k USD".
  '{amount}': `(?:(?:[€$£¥]|(?:eur|usd|gbp|chf|usdt)\\s)\\s?${AMOUNT_DIGITS}(?:\\s?[km])?|${AMOUNT_DIGITS}\\s?(?:[km]\\s?)?(?:euros?|eur|usd|dollars?|gbp|pounds?|usdt|btc|bitcoins?|eth))`,
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One literal word or phrase: case and spacing insensitive, both apostrophes accepted. */
function literal(text: string): string {
  return text
    .trim()
    .split(/[\s_]+/)
    .map((word) => escapeRegExp(word).replace(/'/g, "['’]"))
    .join(SPACE);
}

function compileWord(word: string): string {
  if (word in NAMED_CLASSES) return NAMED_CLASSES[word]!;
  // `*word` ends a compound ("implantatierecepten" for `*recepten`); `word*` takes any ending.
  if (word.startsWith('*') && word.length > 1) return `${WORD_CHAR}*${literal(word.slice(1))}`;
  if (word.endsWith('*') && word.length > 1) return `${literal(word.slice(0, -1))}${WORD_CHAR}*`;
  return literal(word);
}

function compileSlot(slot: string): string {
  const alternatives = slot.split('|').filter(Boolean).map(compileWord);
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
}

/** Regular-expression source (without flags or word boundaries) for one phrase pattern. */
export function patternSource(pattern: string): string {
  const tokens = pattern.trim().split(/\s+/);
  let source = '';
  let separator = '';
  for (const token of tokens) {
    if (token === '~') {
      separator = GAP;
      continue;
    }
    const optional = token.startsWith('[') && token.endsWith(']');
    const slot = compileSlot(optional ? token.slice(1, -1) : token);
    if (!source) {
      if (optional) throw new Error(`Pattern "${pattern}" cannot start with an optional word`);
      source = slot;
    } else {
      source += optional ? `(?:${separator || SPACE}${slot})?` : `${separator || SPACE}${slot}`;
    }
    separator = '';
  }
  if (!source) throw new Error(`Empty pattern "${pattern}"`);
  return source;
}

/** A user's term is a literal phrase, never a regular expression. */
export function literalSource(term: string): string {
  const text = term.trim();
  if (!text) throw new Error('Empty term');
  return literal(text);
}

/** Alternatives scanned for anywhere in a text, as whole words. */
export function alternationRegExp(sources: readonly string[]): RegExp {
  const groups = sources.map((source) => `(?:${source})`).join('|');
  return new RegExp(`${BEFORE_WORD}(?:${groups})${AFTER_WORD}`, 'giu');
}

/** One pattern tried exactly at `lastIndex` (callers place it at a word start). */
export function stickyRegExp(source: string): RegExp {
  return new RegExp(`(?:${source})${AFTER_WORD}`, 'iuy');
}


/** What a pattern's first word needs to find in a text before the pattern can match there. */
export type PatternKey = { kind: 'word' | 'prefix' | 'suffix'; text: string } | { kind: 'any' };

const FIRST_WORD = /[\p{L}\p{N}]+/u;

/** The keys of a pattern's first slot: one of them must be among the text's words. */
export function patternKeys(pattern: string): PatternKey[] {
  const first = pattern.trim().split(/\s+/)[0] ?? '';
  return first
    .split('|')
    .filter(Boolean)
    .map((word): PatternKey => {
      if (word in NAMED_CLASSES) return { kind: 'any' };
      const text = FIRST_WORD.exec(word)?.[0]?.toLowerCase();
      if (!text) return { kind: 'any' };
      if (word.startsWith('*')) return { kind: 'suffix', text: FIRST_WORD.exec(word.slice(1).split(/[\s_]/)[0] ?? '')?.[0]?.toLowerCase() ?? text };
      // A word with an ending wildcard, or one whose first run of letters is only part of it ("don't"), is a prefix.
      const whole = word.replace(/\*$/, '').split('_')[0]!.toLowerCase();
      return whole === text ? { kind: 'word', text } : { kind: 'prefix', text };
    });
}

export interface PatternHit {
  start: number;
  end: number;
  text: string;
}

/** All non-overlapping hits of an alternation built by `alternationRegExp`. */
export function findHits(regexp: RegExp, text: string, limit = Infinity): PatternHit[] {
  const hits: PatternHit[] = [];
  regexp.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (hits.length < limit && (match = regexp.exec(text))) {
    hits.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
    if (match[0].length === 0) regexp.lastIndex++;
  }
  return hits;
}
