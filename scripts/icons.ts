/**
 * `npm run icons`: renders assets/icon.svg to the PNG sizes the stores and browsers ask for, into public/icon/
 * (where WXT finds them for the manifest). The PNGs are committed; run this again after changing the SVG.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../tests/e2e/support/browser';

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = resolve(ROOT, 'assets/icon.svg');
const OUT_DIR = resolve(ROOT, 'public/icon');
const SIZES = [16, 32, 48, 128];

const svg = readFileSync(SOURCE, 'utf8');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
try {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    const png = await page.screenshot({ omitBackground: true });
    writeFileSync(resolve(OUT_DIR, `${size}.png`), png);
    console.log(`public/icon/${size}.png (${png.length} bytes)`);
    await page.close();
  }
} finally {
  await browser.close();
}
