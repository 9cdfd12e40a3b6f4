import { defineConfig } from '@playwright/test';

/** Browser tests load the built extension (`wxt build` first) into Debian's Chromium, one test at a time. */
export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  reporter: 'list',
  timeout: 120_000,
  expect: { timeout: 10_000 },
  retries: 0,
});
