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

/** Punctuation, or a word of any language that opens a new clause. */
const CLAUSE_BOUNDARY = new RegExp(`[,;:()–—]|\\b(?:${allLanguages((words) => words.clauseBreaks).join('|')})\\b`, 'giu');

/** Per language that may negate after the verb: the negation within two words of the hit, and where its clause ends. */
const TRAILING_NEGATION = new Map<Language, { negation: RegExp; clauseEnd: RegExp }>();
for (const { language, trailingNegation } of LANGUAGES) {
  if (!trailingNegation) continue;
  TRAILING_NEGATION.set(language, {
    negation: new RegExp(`^(?:\\s+[\\p{L}'’]+){0,2}?\\s+(?:${trailingNegation.negators.join('|')})(?![\\p{L}])`, 'u'),
    clauseEnd: new RegExp(`[,;:]|\\b(?:${trailingNegation.clauseEnds.join('|')})\\b`, 'u'),
  });
}

/** Start of the clause that holds `position`: after the last comma, colon, semicolon or "but" before it. */
function clauseStart(text: string, sentenceStart: number, position: number): number {
  const before = text.slice(sentenceStart, position);
  let start = 0;
  for (const match of before.matchAll(CLAUSE_BOUNDARY)) start = match.index + match[0].length;
  return sentenceStart + start;
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
  const clause = clauseStart(text, sentence.start, hit.start);
  const windowStart = lastWordsStart(text, clause, hit.start, NEGATION_REACH);
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
