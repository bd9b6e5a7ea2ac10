import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

interface Fixtures {
  /** Console errors and uncaught exceptions seen on the page during the test. */
  consoleErrors: string[];
  /** Runs axe-core (WCAG 2.2 A/AA) on the page and returns its violations. */
  axe: (page: Page) => Promise<{ id: string; help: string; nodes: { target: unknown }[] }[]>;
}

export const test = base.extend<Fixtures>({
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
