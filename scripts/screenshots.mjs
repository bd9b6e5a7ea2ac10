// Takes full-page screenshots of course pages at desktop and phone widths, light and dark.
// Usage: node scripts/screenshots.mjs [baseURL] [path ...]   (serve the build first: npm run preview)
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium-path.mjs';

const [base = 'http://127.0.0.1:4173', ...given] = process.argv.slice(2);
const pages = given.length > 0 ? given : ['/'];
const out = 'artifacts/screens';
mkdirSync(out, { recursive: true });

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
for (const [label, width, scheme] of [
  ['desktop', 1280, 'light'],
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
  page.on('console', (msg) => msg.type() === 'error' && console.error(`[console] ${msg.text()}`));
  for (const path of pages) {
    await page.goto(base + path);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const name = `${out}/${(path.replace(/[^a-z0-9]+/gi, '_') || 'home').replace(/^_|_$/g, '') || 'home'}-${label}.png`;
    await page.screenshot({ path: name, fullPage: process.env.FULL !== '0' });
    console.log(name);
  }
  await context.close();
}
await browser.close();
