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
