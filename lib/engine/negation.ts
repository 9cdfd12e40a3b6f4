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

/** A question that opens as a suggestion ("Why not move this to Signal?"): its negation asks, it does not refuse. */
const SUGGESTION = new Map<Language, RegExp>(
  LANGUAGES.map(({ language, suggestionOpeners }) => [language, new RegExp(`^[^\\p{L}]*(?:${suggestionOpeners.join('|')})[^?]*\\?\\s*$`, 'iu')]),
);

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
/** How far after a hit the word joining its list's last item is looked for ("roadmaps or customer names"). */
const LIST_LOOKAHEAD = 60;
/** The words that join a list's last item ("or", "of"). */
const LIST_JOIN = new RegExp(`(?:^|[^\\p{L}])(?:${allLanguages((words) => words.listJoins).join('|')})(?![\\p{L}])`, 'iu');

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
  // In a list ("not about prices, yields, roadmaps or customer names") the commas part items, not clauses.
  const list = listHead(before, text.slice(position, position + LIST_LOOKAHEAD));
  let start = 0;
  for (const match of before.slice(0, list ?? before.length).matchAll(CLAUSE_BOUNDARY)) start = match.index + match[0].length;
  return { start: sentenceStart + start, anchor: position };
}

/**
 * Where the list that the hit stands in starts, when it stands in one: three or more items of a few words parted by
 * commas, the last joined by "or"/"and" ("of"/"en") or four or more. Null when it stands in none.
 */
function listHead(before: string, after: string): number | null {
  const items = before.split(',');
  const words = (item: string): number => item.trim().split(/\s+/).filter(Boolean).length;
  const plain = (item: string): boolean => !HAS_CLAUSE_WORD.test(item) && !/[;:()–—]/.test(item);
  const short = (item: string): boolean => words(item) > 0 && words(item) <= MAX_EXAMPLE_WORDS && plain(item);
  const last = items.length - 1;
  // The hit opens its item ("…, roadmaps"), or follows the word that joins it ("…, roadmaps or customer names"); an
  // item with more before the hit is a clause of its own ("No worries, send the roadmap and the recipe").
  const hitItem = items[last]!;
  const join = LIST_JOIN.exec(hitItem);
  const opensItem = join ? words(hitItem.slice(0, join.index)) <= 2 : words(hitItem) <= 1;
  if (!plain(hitItem) || !opensItem) return null;
  const joinedAfter = !join && LIST_JOIN.test(/^[^.;:!?,]*/.exec(after)![0]);
  // The hit in the middle of three, or the last, the first ending a clause ("please don't send schematics, design files
  // or anything confidential", "we will not ask about unpublished results, partners or internal plans"); a short opener
  // is no such clause ("No worries, design files or …").
  const opening = last >= 1 ? items[last - 1]!.split(/[;:()–—]/).pop()! : '';
  const clauseOpens = words(opening) >= 3 && !HAS_CLAUSE_WORD.test(opening);
  const middleOfThree = joinedAfter && clauseOpens;
  const lastOfThree = join !== null && words(hitItem.slice(0, join.index)) >= 1 && clauseOpens;
  if (!middleOfThree && !lastOfThree) {
    if (last < 2 || !short(items[last - 1]!)) return null;
    if (!join && !joinedAfter && !(last > 2 && short(items[last - 2]!))) return null;
  }
  let index = last - 1;
  while (index > 0 && short(items[index]!)) index--;
  return items.slice(0, index).join(',').length + (index > 0 ? 1 : 0);
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

const CLAUSE_WORDS = new RegExp(CLAUSE_WORD, 'giu');

/**
 * The part of a sentence between the clause words ("but", "maar") around `position`: an exception stated in one clause
 * ("I know you do not share internal reports, but could you send me …") does not reach a request in the next.
 */
export function clauseAround(text: string, sentence: Sentence, position: number): { start: number; end: number } {
  let start = sentence.start;
  let end = sentence.end;
  for (const match of text.slice(sentence.start, sentence.end).matchAll(CLAUSE_WORDS)) {
    const at = sentence.start + match.index;
    if (at + match[0].length <= position) start = at + match[0].length;
    else if (at > position) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** A sentence that carries the one before on ("That includes unpublished results."). */
const CONTINUES = new RegExp(`^[\\s"'“‘(]*(?:${allLanguages((words) => words.continuationOpeners).join('|')})(?![\\p{L}])`, 'iu');

/**
 * Where an exception to a hit is looked for: the hit's own clause (see `clauseAround`), and the sentence before when
 * the hit's sentence carries that one on, so "Do not disclose confidential information. That includes unpublished
 * results." states one exception, not two sentences.
 */
export function exceptionScopes(
  text: string,
  sentence: Sentence,
  neighbours: readonly Sentence[],
  position: number,
): Array<{ start: number; end: number }> {
  const scopes = [clauseAround(text, sentence, position)];
  const previous = neighbours.find((neighbour) => neighbour.end <= sentence.start);
  if (previous && CONTINUES.test(text.slice(sentence.start, sentence.end))) scopes.push(previous);
  return scopes;
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
  if (SUGGESTION.get(language)?.test(text.slice(sentence.start, sentence.end))) return false;
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
