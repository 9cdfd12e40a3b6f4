import type { Language } from '../model';
import { LANGUAGES, type LanguageWords } from '../rules/languages';
import { CharClass, WordRuns } from './char-class';

/** Each language's frequent words that are clearly its own (the packs' markers); a word two packs share counts for the first. */
const MARKERS = new Map<string, Language>();
for (const { language, markers } of LANGUAGES) {
  for (const word of markers) if (!MARKERS.has(word)) MARKERS.set(word, language);
}
/** Markers are short frequent words: a longer word is not looked up (nor cut out of the text). */
const LONGEST_MARKER = Math.max(...[...MARKERS.keys()].map((word) => word.length));

/** A word of the language guess: letters and apostrophes ("zo'n", "don't"). */
const WORD = new CharClass(/[\p{L}']/u);

/** `text[start, end)` lower-cased; a word of lower-case ASCII letters and signs is its own lower case, and common. */
function lowerCased(text: string, start: number, end: number): string {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code > 0x7f || (code >= 0x41 && code <= 0x5a)) return text.slice(start, end).toLowerCase();
  }
  return text.slice(start, end);
}

/** Marker words seen per language. */
export type LanguageCounts = Record<Language, number>;

/** Counts each language's marker words in `text[start, end)`; looks at no more than `limit` words. */
export function countLanguageWords(text: string, start = 0, end = text.length, limit = 400): LanguageCounts {
  const counts = Object.fromEntries(LANGUAGES.map(({ language }) => [language, 0])) as LanguageCounts;
  // Searching the whole text from `start` would run on to the next word past `end`: for a paragraph without letters,
  // that is the rest of the mail, once per such paragraph.
  const segment = text.slice(start, end);
  let seen = 0;
  for (const runs = new WordRuns(segment, 0, segment.length, WORD, WORD); seen < limit && runs.next(); seen++) {
    const { start, end } = runs;
    const marked = end - start <= LONGEST_MARKER ? MARKERS.get(lowerCased(segment, start, end)) : undefined;
    if (marked) counts[marked]++;
  }
  return counts;
}

/** The language with the most marker words; `fallback` when there is too little to tell or two are level. */
export function pickLanguage(counts: LanguageCounts, fallback: Language, minimum = 3): Language {
  const ranked = (Object.entries(counts) as Array<[Language, number]>).sort((a, b) => b[1] - a[1]);
  const total = ranked.reduce((sum, [, count]) => sum + count, 0);
  const [first, second] = ranked;
  if (!first || total < minimum) return fallback;
  if (second && second[1] === first[1]) return fallback;
  return first[0];
}

/** The language of a message, from its subject and the start of its body; English when too little tells. */
export function messageLanguage(subject: string, text: string): Language {
  const counts = countLanguageWords(`${subject}\n${text.slice(0, 20_000)}`, 0, undefined, 2_000);
  return pickLanguage(counts, 'en', 1);
}

/** Per language, one expression for the whole words (regular-expression sources, matched without case) `pick` takes from its pack. */
export function wordsPerLanguage(pick: (words: LanguageWords) => readonly string[]): ReadonlyMap<Language, RegExp> {
  return new Map(LANGUAGES.map((words) => [words.language, new RegExp(`(?<![\\p{L}])(?:${pick(words).join('|')})(?![\\p{L}])`, 'iu')]));
}
