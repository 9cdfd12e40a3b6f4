import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    // The test files share their workers' loaded modules (the engine, the rules and the fitted model are loaded once a
    // worker, not once a file): importing them again for each of 70 files took longer than the tests. Every test sets
    // up what it uses (fakeBrowser.reset(), its own DOM) and puts back what it patches, and keeps no module state it
    // relies on; a test that needs a fresh module imports it after vi.resetModules().
    pool: 'threads',
    isolate: false,
  },
});
