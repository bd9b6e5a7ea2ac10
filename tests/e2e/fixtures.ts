import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';

interface Fixtures {
  /**
   * Content-Security-Policy violations on the page (the securitypolicyviolation event and Chromium's console
   * report). Recorded for every test that uses a page, which fails if there is any.
   */
  cspViolations: string[];
  /** Console errors and uncaught exceptions seen on the page during the test. */
  consoleErrors: string[];
  /** Runs axe-core (WCAG 2.2 A/AA) on the page and returns its violations. */
  axe: (page: Page) => Promise<{ id: string; help: string; nodes: { target: unknown }[] }[]>;
}

/**
 * A course page arrives prerendered, readable before its script runs; its buttons work once React has taken it
 * over (`<html data-ready>`). Navigations wait for that, as a person would wait for the page to respond.
 */
async function untilReady(page: Page) {
  if (!page.url().startsWith('http')) return;
  await page
    .waitForFunction(
      // A page that is not the course (an LMS's page holding it in a frame) has nothing to wait for.
      () => !document.getElementById('root') || document.documentElement.dataset.ready === 'true',
      undefined,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
}

/** Makes a page's navigations wait until the course has taken the page over (see untilReady). */
function waitingForReady(page: Page): Page {
  for (const name of ['goto', 'reload', 'goBack', 'goForward'] as const) {
    const navigate = page[name].bind(page) as (...args: unknown[]) => Promise<unknown>;
    Object.assign(page, {
      [name]: async (...args: unknown[]) => {
        const response = await navigate(...args);
        await untilReady(page);
        return response;
      },
    });
  }
  return page;
}

export const test = base.extend<Fixtures, { browser: Browser }>({
  // Pages of contexts a test opens itself wait too.
  browser: [
    async ({ browser }, use) => {
      const newContext = browser.newContext.bind(browser);
      const newPage = browser.newPage.bind(browser);
      Object.assign(browser, {
        newContext: async (...args: Parameters<Browser['newContext']>) => {
          const context = await newContext(...args);
          const contextPage = context.newPage.bind(context);
          Object.assign(context, { newPage: async () => waitingForReady(await contextPage()) });
          return context;
        },
        newPage: async (...args: Parameters<Browser['newPage']>) => waitingForReady(await newPage(...args)),
      });
      await use(browser);
    },
    { scope: 'worker' },
  ],
  page: async ({ page }, use) => {
    await use(waitingForReady(page));
  },
  cspViolations: [
    async ({ page }, use, testInfo) => {
      const violations: string[] = [];
      await page.exposeFunction('__servewellCsp', (text: string) => violations.push(text));
      // The policy is the served course's: a package opened from disk (file://) is not served, and the
      // browser applies no meaningful 'self' there, so only pages served over http are held to it.
      await page.addInitScript(() => {
        if (location.protocol === 'file:') return;
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __servewellCsp?: (text: string) => void }).__servewellCsp;
          report?.(
            `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname}`,
          );
        });
      });
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text()) && !page.url().startsWith('file:'))
          violations.push(message.text());
      });
      await use(violations);
      expect(violations, `CSP violations in "${testInfo.title}"`).toEqual([]);
    },
    { auto: true },
  ],
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
  axe: async ({}, use) => {
    await use(async (page) => {
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      return results.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target })),
      }));
    });
  },
});

export { expect };

/** The saved progress, as the course stored it. */
export async function savedProgress(page: Page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('servewell-progress') ?? 'null')?.state);
}
