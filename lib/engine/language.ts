import type { Language } from '../model';
import { wordsOf } from '../rules/languages';

// Frequent words that are clearly one language or the other (the language packs' markers).
const ENGLISH = new Set(wordsOf('en').markers);
const DUTCH = new Set(wordsOf('nl').markers);

const WORD = /[\p{L}']+/gu;

export interface LanguageCounts {
  en: number;
  nl: number;
}

/** Counts English and Dutch function words in `text[start, end)`; looks at no more than `limit` words. */
export function countLanguageWords(text: string, start = 0, end = text.length, limit = 400): LanguageCounts {
  const counts = { en: 0, nl: 0 };
  // Searching the whole text from `start` would run on to the next word past `end`: for a paragraph without letters,
  // that is the rest of the mail, once per such paragraph.
  const segment = text.slice(start, end);
  WORD.lastIndex = 0;
  let seen = 0;
  let match: RegExpExecArray | null;
  while (seen < limit && (match = WORD.exec(segment))) {
    const word = match[0].toLowerCase();
    if (ENGLISH.has(word)) counts.en++;
    else if (DUTCH.has(word)) counts.nl++;
    seen++;
  }
  return counts;
}

/** The language with the most function words; `fallback` when there is too little to tell. */
export function pickLanguage(counts: LanguageCounts, fallback: Language, minimum = 3): Language {
  if (counts.en + counts.nl < minimum) return fallback;
  if (counts.nl === counts.en) return fallback;
  return counts.nl > counts.en ? 'nl' : 'en';
}

/** The language of a message, from its subject and the start of its body; English when too little tells. */
export function messageLanguage(subject: string, text: string): Language {
  const counts = countLanguageWords(`${subject}\n${text.slice(0, 20_000)}`, 0, undefined, 2_000);
  return pickLanguage(counts, 'en', 1);
}
