import type nlpModule from 'compromise/two';

declare function importScripts(...urls: string[]): void;

/** compromise's English tagger built as a script of its own (entrypoints/english-tagger.ts), and the global it sets. */
export const ENGLISH_TAGGER_FILE = '/english-tagger.js';
export const ENGLISH_TAGGER_GLOBAL = 'waakzaamEnglishTagger';

/**
 * Chromium lets a service worker import a script after its first run only when it imported that script while it was
 * being installed; so the worker does that once per install or update, and can then load the tagger when a sentence
 * first needs it instead of parsing it at every wake-up.
 */
export function keepEnglishTaggerScript(): void {
  globalThis.addEventListener('install', () => importScripts(ENGLISH_TAGGER_FILE));
}

/** Runs the tagger script in this worker and returns compromise's `nlp`. */
export function importEnglishTaggerScript(): typeof nlpModule {
  importScripts(ENGLISH_TAGGER_FILE);
  const nlp = (globalThis as Record<string, unknown>)[ENGLISH_TAGGER_GLOBAL];
  if (typeof nlp !== 'function') throw new Error(`${ENGLISH_TAGGER_FILE} did not set ${ENGLISH_TAGGER_GLOBAL}`);
  return nlp as typeof nlpModule;
}
