import type { Language } from '../model';
import { allLanguages, LANGUAGES } from '../rules';
import { anyMatch, type CompiledTerms } from './compile';
import type { PatternHit } from './patterns';
import type { SentenceFinder } from './sentence-finder';
import type { Sentence } from './sentences';

/** Negation reaches this many words back within a clause ("do not send us any drawings or unpublished results"). */
const NEGATION_REACH = 10;
/** How far after a hit a negation that follows its verb is looked for ("Wij betalen u daarvoor niet"). */
const TRAILING_REACH = 40;

/** A word of any language that opens a new clause ("but", "maar"). */
const CLAUSE_WORD = `\\b(?:${allLanguages((words) => words.clauseBreaks).join('|')})\\b`;
/** Punctuation, or a clause word. */
const CLAUSE_BOUNDARY = new RegExp(`[,;:()–—]|${CLAUSE_WORD}`, 'giu');
const HAS_CLAUSE_WORD = new RegExp(CLAUSE_WORD, 'iu');

/** Per language that may negate after the verb: the negation within two words of the hit, and where its clause ends. */
const TRAILING_NEGATION = new Map<Language, { negation: RegExp; clauseEnd: RegExp }>();
for (const { language, trailingNegation } of LANGUAGES) {
  if (!trailingNegation) continue;
  TRAILING_NEGATION.set(language, {
    negation: new RegExp(`^(?:\\s+[\\p{L}'’]+){0,2}?\\s+(?:${trailingNegation.negators.join('|')})(?![\\p{L}])`, 'u'),
    clauseEnd: new RegExp(`[,;:]|\\b(?:${trailingNegation.clauseEnds.join('|')})\\b`, 'u'),
  });
}

/** A comma and the word that opens examples of what was just named ("…, such as"), then the examples so far. */
const EXAMPLES = new RegExp(`,\\s*(?:${allLanguages((words) => words.exampleOpeners).join('|')})(?![\\p{L}])([^;:()–—]*)$`, 'iu');
/** Examples are a few words each, separated by commas and "and"/"or". */
const MAX_EXAMPLE_WORDS = 5;

/**
 * The clause that holds `position`: it starts after the last comma, colon, semicolon or "but" before it. Examples of
 * what the clause named ("no confidential information, such as internal figures, customer data") are part of it, and
 * a negation is then looked for before them: `anchor` is where the named thing ends.
 */
function clauseOf(text: string, sentenceStart: number, position: number): { start: number; anchor: number } {
  const before = text.slice(sentenceStart, position);
  const examples = EXAMPLES.exec(before);
  if (examples && !HAS_CLAUSE_WORD.test(examples[1]!) && examples[1]!.split(',').every((item) => item.trim().split(/\s+/).length <= MAX_EXAMPLE_WORDS)) {
    return clauseOf(text, sentenceStart, sentenceStart + examples.index);
  }
  let start = 0;
  for (const match of before.matchAll(CLAUSE_BOUNDARY)) start = match.index + match[0].length;
  return { start: sentenceStart + start, anchor: position };
}

function lastWordsStart(text: string, from: number, to: number, words: number): number {
  let position = to;
  let seen = 0;
  while (position > from && seen < words) {
    position--;
    while (position > from && /\s/.test(text[position]!)) position--;
    while (position > from && !/\s/.test(text[position - 1]!)) position--;
    seen++;
  }
  return Math.max(from, position);
}

/** Whether a negation in the hit's clause cancels it ("we do not offer payment"). */
export async function isNegated(
  text: string,
  sentence: Sentence,
  hit: PatternHit,
  language: Language,
  negators: readonly CompiledTerms[],
  finder: SentenceFinder,
): Promise<boolean> {
  const clause = clauseOf(text, sentence.start, hit.start);
  const windowStart = lastWordsStart(text, clause.start, clause.anchor, NEGATION_REACH);
  const window = text.slice(windowStart, hit.start);
  if (anyMatch(negators, window)) return true;
  if (language === 'en') {
    // The word list covers the plain forms; compromise resolves contractions the list lacks ("we ain't paying").
    if (!/['’]/.test(window)) return false;
    return (await finder.termsOf(windowStart, hit.start)).some((term) => term.tags.includes('Negative'));
  }
  const trailing = TRAILING_NEGATION.get(language);
  if (!trailing) return false;
  const after = text.slice(hit.end, Math.min(sentence.end, hit.end + TRAILING_REACH));
  const clauseEnd = after.search(trailing.clauseEnd);
  const tail = clauseEnd === -1 ? after : after.slice(0, clauseEnd);
  return trailing.negation.test(tail);
}
