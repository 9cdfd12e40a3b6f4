import nlp from 'compromise/two';
import { ENGLISH_TAGGER_GLOBAL } from '../lib/runtime/english-tagger-script';

/**
 * compromise's English tagger as a script of its own, for Chromium's service worker, which loads it only when a
 * sentence first needs it (lib/runtime/english-tagger-in-worker.ts). Firefox's background page bundles it as usual.
 */
export default defineUnlistedScript({
  exclude: ['firefox'],
  main() {
    (globalThis as Record<string, unknown>)[ENGLISH_TAGGER_GLOBAL] = nlp;
  },
});
