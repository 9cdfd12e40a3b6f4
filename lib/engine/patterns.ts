/**
 * Compiles the rules' phrase syntax (see `Rule` in lib/rules/types.ts) and users' literal terms into regular
 * expressions. Every construct is bounded, so no pattern can backtrack catastrophically.
 *
 * The expressions run on the lower-cased text (see `lowerCaseInPlace`) without the `i` flag, and spell out the
 * letters and digits as ranges instead of `\p{L}\p{N}`: both cost V8 a fraction of a millisecond every time it
 * compiles a pattern, and a worker that has just started compiles dozens of them for its first message.
 */

/**
 * A letter or digit: exactly `[\p{L}\p{N}]` for the Latin, Greek and Cyrillic alphabets (U+0000 to U+052F and
 * U+1E00 to U+1EFF), whole blocks for the other scripts of the Basic Multilingual Plane that mail is written in.
 * The word index uses the same class, so a word is the same thing everywhere.
 */
export const WORD_CHAR =
  '[0-9A-Za-z\\u00aa\\u00b2\\u00b3\\u00b5\\u00b9\\u00ba\\u00bc-\\u00be\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1' +
  '\\u02e0-\\u02e4\\u02ec\\u02ee\\u0370-\\u0374\\u0376\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1' +
  '\\u03a3-\\u03f5\\u03f7-\\u0481\\u048a-\\u052f\\u0531-\\u0587\\u05d0-\\u05ea\\u0620-\\u064a\\u0660-\\u0669\\u066e-\\u06d3' +
  '\\u0900-\\u0dff\\u0e01-\\u0e30\\u10a0-\\u10ff\\u1100-\\u11ff\\u1e00-\\u1fff\\u3041-\\u3096\\u30a1-\\u30fa\\u3400-\\u4dbf' +
  '\\u4e00-\\u9fff\\uac00-\\ud7a3\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a]';
const BEFORE_WORD = `(?<!${WORD_CHAR})`;
const AFTER_WORD = `(?!${WORD_CHAR})`;
/** A line break inside a paragraph: a phrase never runs on into the next ("Fee" as a heading, the sum below it). */
const LINE_BREAK_IN_PARAGRAPH = '\\n(?![^\\S\\n]*\\n)';
const SPACE = `(?:[^\\S\\n]|${LINE_BREAK_IN_PARAGRAPH})+`;
/** Between words inside a gap: spaces, commas, brackets, quotes and dashes, but no sentence punctuation. */
const GAP_SEPARATOR = `(?:[^\\S\\n]|[,()"“”‘’–—-]|${LINE_BREAK_IN_PARAGRAPH})+`;
/** Up to four other words between two slots, within one sentence. */
const GAP_WORD = '[^\\s\\u00a0.!?;:,()"“”‘’–—-]+';
/** A title's full stop ends no sentence: "no need to bother Prof. de Wilde with it", "vraag het niet aan dhr. Smit". */
const TITLE = '(?:prof|dr|drs|ir|ing|mr|mrs|ms|dhr|mevr|mw)\\.';
const GAP = `${GAP_SEPARATOR}(?:(?:${TITLE}|${GAP_WORD})${GAP_SEPARATOR}){0,4}?`;

/** Digits, dots and commas after an amount's first digit; bounded, or a run like "1,2,3,…" is rescanned from each number. */
const AMOUNT_DIGITS = '\\d[\\d.,]{0,24}';

/** Classes of words a pattern may name, with the characters a match of each can start with. */
const NAMED_CLASSES: Record<string, { source: string; starts: string }> = {
  // An amount of money: "€ 2.500", "$500", "5000 euro", "3k USD".
  '{amount}': {
    source: `(?:(?:[€$£¥]|(?:eur|usd|gbp|chf|usdt)\\s)\\s?${AMOUNT_DIGITS}(?:\\s?[km])?|${AMOUNT_DIGITS}\\s?(?:[km]\\s?)?(?:euros?|eur|usd|dollars?|gbp|pounds?|usdt|btc|bitcoins?|eth))`,
    starts: '€$£¥0123456789eugc',
  },
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `text` lower-cased with every character in its place, so an offset in one is the same offset in the other.
 * "İ" is the only character that grows when lower-cased ("i̇"); it becomes a plain "i".
 */
export function lowerCaseInPlace(text: string): string {
  return text.replace(/\u0130/g, 'i').toLowerCase();
}

/** One literal word or phrase: case and spacing insensitive (it meets lower-cased text), both apostrophes accepted. */
function literal(text: string): string {
  return lowerCaseInPlace(text)
    .trim()
    .split(/[\s_]+/)
    .map((word) => escapeRegExp(word).replace(/'/g, "['’]"))
    .join(SPACE);
}

function compileWord(word: string): string {
  if (word in NAMED_CLASSES) return NAMED_CLASSES[word]!.source;
  // `*word` ends a compound ("implantatierecepten" for `*recepten`); `word*` takes any ending.
  if (word.startsWith('*') && word.length > 1) return `${WORD_CHAR}*${literal(word.slice(1))}`;
  if (word.endsWith('*') && word.length > 1) return `${literal(word.slice(0, -1))}${WORD_CHAR}*`;
  return literal(word);
}

function compileSlot(slot: string): string {
  const alternatives = slot.split('|').filter(Boolean).map(compileWord);
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
}

/** Throws when `pattern` has no word, or starts with an optional one: what `patternSource` cannot compile. */
export function checkPattern(pattern: string): void {
  const first = pattern.trim().split(/\s+/).find((token) => token !== '~');
  if (!first) throw new Error(`Empty pattern "${pattern}"`);
  if (first.startsWith('[') && first.endsWith(']')) throw new Error(`Pattern "${pattern}" cannot start with an optional word`);
}

/** Regular-expression source (without flags or word boundaries) for one phrase pattern. */
export function patternSource(pattern: string): string {
  checkPattern(pattern);
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
    if (!source) source = slot;
    else source += optional ? `(?:${separator || SPACE}${slot})?` : `${separator || SPACE}${slot}`;
    separator = '';
  }
  return source;
}

/** A user's term is a literal phrase, never a regular expression. */
export function literalSource(term: string): string {
  const text = term.trim();
  if (!text) throw new Error('Empty term');
  return literal(text);
}

/** The character a word starts with in the lower-cased text, both apostrophes for one; null for a separator. */
function firstCharacterOf(word: string): string | null {
  const character = String.fromCodePoint(lowerCaseInPlace(word).codePointAt(0)!);
  // A term that opens with a separator starts with the space `literal` makes of it.
  if (/[\s_]/.test(character)) return null;
  // Both apostrophes are accepted where a word has one (see `literal`).
  return character === "'" ? "'’" : character;
}

/** The characters a match of `pattern` can start with; null when it may start with any letter (`*recepten`). */
export function startCharacters(pattern: string): string | null {
  const first = pattern.trim().split(/\s+/).find((token) => token !== '~') ?? '';
  let starts = '';
  for (const word of first.split('|').filter(Boolean)) {
    if (word in NAMED_CLASSES) starts += NAMED_CLASSES[word]!.starts;
    else {
      const characters = word.startsWith('*') ? null : firstCharacterOf(word);
      if (characters === null) return null;
      starts += characters;
    }
  }
  return starts || null;
}

/** The characters a match of a user's literal term can start with. */
export function literalStartCharacters(term: string): string | null {
  return firstCharacterOf(term.trim());
}

/**
 * Alternatives scanned for anywhere in a text, as whole words. With the characters every alternative starts with, a
 * lookahead lets the expression pass over every other position at the cost of one test.
 */
export function alternationRegExp(sources: readonly string[], starts: string | null = null): RegExp {
  const groups = sources.map((source) => `(?:${source})`).join('|');
  const startClass = starts
    ? `(?=[${[...new Set(starts)].map((character) => `\\u{${character.codePointAt(0)!.toString(16)}}`).join('')}])`
    : '';
  return new RegExp(`${startClass}${BEFORE_WORD}(?:${groups})${AFTER_WORD}`, 'gu');
}

/** One pattern tried exactly at `lastIndex` (callers place it at a word start). */
export function stickyRegExp(source: string): RegExp {
  return new RegExp(`(?:${source})${AFTER_WORD}`, 'uy');
}

/** What a word of a pattern needs to find among a text's words before the pattern can match there. */
export type PatternKey = { kind: 'word' | 'prefix' | 'suffix'; text: string } | { kind: 'any' };
/** A key that names letters to look up, as opposed to `any`. */
export type WordKey = Exclude<PatternKey, { kind: 'any' }>;

const WORD = new RegExp(`${WORD_CHAR}+`, 'u');

/** The first run of letters and digits in `text`, lower-cased as the word index has it, and where it starts. */
export function firstWord(text: string): { word: string; index: number } | null {
  const match = WORD.exec(lowerCaseInPlace(text));
  return match ? { word: match[0], index: match.index } : null;
}

/** The keys of a pattern's first slot: one of them must be among the text's words. */
export function patternKeys(pattern: string): PatternKey[] {
  return slotKeys(pattern.trim().split(/\s+/)[0] ?? '');
}

/**
 * For each later slot that a pattern cannot do without, the keys of its words: a text that has none of one slot's
 * words cannot match, so the pattern need not be compiled or tried there. Slots that may match more than words
 * (`{amount}`, a word starting with a sign) are left out.
 */
export function requiredSlotKeys(pattern: string): WordKey[][] {
  return pattern
    .trim()
    .split(/\s+/)
    .slice(1)
    .filter((token) => token !== '~' && !(token.startsWith('[') && token.endsWith(']')))
    .map(slotKeys)
    .filter((keys): keys is WordKey[] => keys.every((key) => key.kind !== 'any'));
}

/** Most words of the rules: they are their own key. */
const PLAIN_WORD = /^[a-z0-9]+$/;

/** The keys of one slot's words (`a|b*|*c`). */
function slotKeys(slot: string): PatternKey[] {
  return slot
    .split('|')
    .filter(Boolean)
    .map((word): PatternKey => {
      if (PLAIN_WORD.test(word)) return { kind: 'word', text: word };
      if (word in NAMED_CLASSES) return { kind: 'any' };
      const text = firstWord(word)?.word;
      if (!text) return { kind: 'any' };
      if (word.startsWith('*')) return { kind: 'suffix', text: firstWord(word.slice(1).split(/[\s_]/)[0] ?? '')?.word ?? text };
      // A word with an ending wildcard, or one whose first run of letters is only part of it ("don't"), is a prefix.
      const whole = lowerCaseInPlace(word.split('_')[0]!);
      return whole === text ? { kind: 'word', text } : { kind: 'prefix', text };
    });
}

export interface PatternHit {
  start: number;
  end: number;
  text: string;
}

/** All non-overlapping hits of an alternation built by `alternationRegExp`, run on `lowerText`, the lower-cased `text`. */
export function findHits(regexp: RegExp, text: string, lowerText: string, limit = Infinity): PatternHit[] {
  const hits: PatternHit[] = [];
  regexp.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (hits.length < limit && (match = regexp.exec(lowerText))) {
    const end = match.index + match[0].length;
    hits.push({ start: match.index, end, text: text.slice(match.index, end) });
    if (match[0].length === 0) regexp.lastIndex++;
  }
  return hits;
}
