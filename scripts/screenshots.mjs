// Takes full-page screenshots of course pages at desktop and phone widths, light and dark.
// Usage: node scripts/screenshots.mjs [baseURL] [path ...]   (serve the build first: npm run preview)
//   A path ending in "@end" is shown scrolled to its last screen (a lesson's footer, say), not in full.
//   SEED=<file.json> starts every page with that saved progress (the store's ProgressData);
//   PREFIX=<name> starts the file names with it; ONLY=<label> takes one of the sizes below.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium-path.mjs';

const [base = 'http://127.0.0.1:4173', ...given] = process.argv.slice(2);
const pages = given.length > 0 ? given : ['/'];
const out = 'artifacts/screens';
const seed = process.env.SEED ? readFileSync(process.env.SEED, 'utf8') : null;
const prefix = process.env.PREFIX ? `${process.env.PREFIX}-` : '';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
for (const [label, width, scheme] of [
  ['desktop', 1280, 'light'],
  ['desktop-dark', 1280, 'dark'],
  ['phone', 390, 'light'],
  ['phone-dark', 390, 'dark'],
]) {
  if (process.env.ONLY && !label.startsWith(process.env.ONLY)) continue;
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    colorScheme: scheme,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  if (seed) {
    const saved = JSON.stringify({ state: JSON.parse(seed), version: 2 });
    await page.addInitScript((value) => localStorage.setItem('servewell-progress', value), saved);
  }
  page.on('console', (msg) => msg.type() === 'error' && console.error(`[console] ${msg.text()}`));
  for (const wanted of pages) {
    const end = wanted.endsWith('@end');
    const path = end ? wanted.slice(0, -'@end'.length) : wanted;
    await page.goto(base + path);
    await page.waitForLoadState('networkidle');
    if (end) await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(300);
    const slug = ((wanted.replace(/[^a-z0-9]+/gi, '_') || 'home').replace(/^_|_$/g, '') || 'home').slice(
      0,
      60,
    );
    const name = `${out}/${prefix}${slug}-${label}.png`;
    await page.screenshot({ path: name, fullPage: !end && process.env.FULL !== '0' });
    console.log(name);
  }
  await context.close();
}
await browser.close();
