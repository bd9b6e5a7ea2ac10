import { expect, test } from '../fixtures';
import type { Page } from '@playwright/test';

async function coursePaths(page: Page) {
  await page.goto('/');
  const hrefs = await page
    .getByRole('list', { name: 'Modules' })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [
    '/',
    ...hrefs,
    '/activities',
    '/assessment',
    '/review',
    '/certificate',
    '/trainer',
    '/reports',
    '/assignment#not-a-real-link',
    '/lessons/not-a-lesson',
    '/no-such-page',
  ];
}

test('every route passes axe-core with no violations, light and dark', async ({ page, axe, browser }) => {
  // Twice over every route, lessons with diagrams included: more than the default minute on a shared machine.
  test.slow();
  const paths = await coursePaths(page);
  expect(paths.length).toBeGreaterThan(3);
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme: scheme, reducedMotion: 'reduce' });
    const tab = await context.newPage();
    for (const path of paths) {
      await tab.goto(path);
      await expect(tab.getByRole('heading', { level: 1 })).toBeVisible();
      await tab.waitForLoadState('networkidle');
      const violations = await axe(tab);
      expect(violations, `${scheme} ${path}`).toEqual([]);
    }
    await context.close();
  }
});

test('no console errors and no Content-Security-Policy violations on any route', async ({
  page,
  consoleErrors,
  cspViolations,
}) => {
  const paths = await coursePaths(page);
  for (const path of paths) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
  }
  // The policy is really there: the page was served under it, so an inline script would be refused.
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-');
  expect(consoleErrors).toEqual([]);
  expect(cspViolations).toEqual([]);
});

test('the course works at a 320px phone width without sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const path of await coursePaths(page)) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await context.close();
});
