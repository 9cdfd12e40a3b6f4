import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR } from './support/browser';

/**
 * Runs in the browser suite because `npm run test:e2e` builds first, so the bytes measured are this
 * commit's. A missing build fails the test instead of passing with nothing to measure.
 */
const LIMIT_BYTES = 100 * 1024;

test('each content script stays within 100 KB minified', async () => {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  const scripts = readdirSync(dir).filter((file) => file.endsWith('.js'));
  expect(scripts).toContain('webmail.js');
  for (const file of scripts) {
    const bytes = statSync(join(dir, file)).size;
    console.log(`content-scripts/${file}: ${bytes} bytes`);
    expect(bytes, file).toBeGreaterThan(1000);
    expect(bytes, file).toBeLessThanOrEqual(LIMIT_BYTES);
  }
});

/**
 * Chromium parses the whole worker script each time it wakes the worker for a message; compromise (about 290 KB) is a
 * script of its own that the worker loads only when a sentence needs it, and must not creep back in.
 */
const WORKER_LIMIT_BYTES = 160 * 1024;

test('the service worker script stays within 160 KB, with the English tagger a script of its own', async () => {
  const worker = statSync(join(EXTENSION_DIR, 'background.js')).size;
  const tagger = statSync(join(EXTENSION_DIR, 'english-tagger.js')).size;
  console.log(`background.js: ${worker} bytes; english-tagger.js: ${tagger} bytes`);
  expect(worker).toBeLessThanOrEqual(WORKER_LIMIT_BYTES);
  expect(tagger).toBeGreaterThan(200 * 1024);
});
