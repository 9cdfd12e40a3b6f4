import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { isBackgroundBuild } from './background-build';

const WORKER_TAGGER = fileURLToPath(new URL('../lib/runtime/english-tagger-in-worker.ts', import.meta.url));

/**
 * In the build of Chromium's service worker, `compromise/two` becomes a module that loads the tagger as a script of
 * its own when it is first needed. compromise is two thirds of the worker's code, and Chromium parses all of a
 * worker's code each time it wakes the worker up, which is on the way to a banner; most messages never need the tagger.
 */
export function englishTaggerPlugin(): Plugin {
  let buildsWorker = false;
  return {
    name: 'waakzaam:english-tagger-in-worker',
    enforce: 'pre',
    options(options) {
      buildsWorker = isBackgroundBuild(options);
    },
    resolveId(source) {
      return buildsWorker && source === 'compromise/two' ? WORKER_TAGGER : null;
    },
  };
}
