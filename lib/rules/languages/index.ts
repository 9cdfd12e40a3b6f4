import type { Language } from '../../model';
import { ENGLISH_WORDS } from './en';
import { DUTCH_WORDS } from './nl';
import type { LanguageWords } from './types';

export type { LanguageWords } from './types';

/** Every language the engine reads: a third is a new file here, registered in this list. */
export const LANGUAGES: readonly LanguageWords[] = [ENGLISH_WORDS, DUTCH_WORDS];

export function wordsOf(language: Language): LanguageWords {
  return LANGUAGES.find((words) => words.language === language)!;
}

/** One list of every language's entries of a kind, each once. */
export function allLanguages(pick: (words: LanguageWords) => readonly string[]): string[] {
  return [...new Set(LANGUAGES.flatMap(pick))];
}
