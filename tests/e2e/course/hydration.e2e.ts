import { scenarios } from '../../../lessons/scenarios/index';
import type { Scenario, TurnNode } from '../../../src/domain/activities/scenario-types';
import { expect, savedProgress, test } from '../fixtures';
import type { Page } from '@playwright/test';

/** React 19's words for a page whose HTML did not match what the browser rendered. */
const HYDRATION = /hydrat|did not match|didn't match|Minified React error #(418|419|421|422|423|425)/i;

async function coursePaths(page: Page) {
  await page.goto('/');
  const lessons = await page
    .getByRole('list', { name: 'Modules' })
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [
    '/',
    ...lessons,
    ...lessons.map((lesson) => `${lesson}/card`),
    '/activities',
    '/assessment',
    '/certificate',
    '/trainer',
    '/trainer/guide',
    '/reports',
    '/assignment',
    '/no-such-page',
  ];
}

test.beforeEach(async ({ page }) => {
  // The page's first heading as the server sent it, and every layout shift while the page loads.
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number; __firstHeading: Element | null };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        w.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      w.__firstHeading = document.querySelector('h1');
    });
  });
});

test('every route arrives prerendered and hydrates with no hydration error or warning, and nothing moves', async ({
  page,
  consoleErrors,
}) => {
  test.slow();
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (HYDRATION.test(message.text())) warnings.push(`${message.type()}: ${message.text()}`);
  });
  for (const path of await coursePaths(page)) {
    const response = await page.goto(path);
    const html = (await response?.text()) ?? '';
    // The text is in the page the host sends, before any script runs.
    expect(html, path).toMatch(/<h1 id="page-title"[^>]*>[^<]+/);
    expect(html, path).not.toMatch(/<script(?![^>]*\ssrc=)/);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    // Hydrated, not rendered afresh: the heading the server sent is still the one on screen.
    const kept = await page.evaluate(
      () =>
        (window as unknown as { __firstHeading: Element | null }).__firstHeading ===
        document.querySelector('h1'),
    );
    expect(kept, `${path} was rendered afresh instead of hydrated`).toBe(true);
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    expect(shift, `${path} moved while loading`).toBe(0);
  }
  expect(warnings).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('at a phone’s width too, nothing on any route moves while it loads', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of await coursePaths(page)) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
    expect(shift, `${path} moved while loading on a phone`).toBe(0);
  }
});

test('a learner with saved progress sees it filled in after hydration, without hydration errors', async ({
  page,
  consoleErrors,
}) => {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (HYDRATION.test(message.text())) warnings.push(message.text());
  });
  await page.goto('/');
  const first = page.getByRole('list', { name: 'Modules' }).getByRole('link').first();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Reading saves the place; a reload of home then shows "Continue" where the prerender said "Start".
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  // The lesson itself is saved (the learner's shuffle seed alone is saved at once, before any lesson).
  await expect
    .poll(async () => Object.keys((await savedProgress(page))?.lessons ?? {}).length)
    .toBeGreaterThan(0);
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Continue/ })).toBeVisible();
  const sent = await (await page.request.get('/')).text();
  expect(sent).toContain('Start the course');
  await page.goBack();
  await page.waitForLoadState('networkidle');
  expect(warnings).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('an activity kept from the prerender comes alive when the reader reaches it', async ({ page }) => {
  await page.goto('/');
  const href = await page
    .getByRole('list', { name: 'Modules' })
    .getByRole('link')
    .first()
    .getAttribute('href');
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(href ?? '/');
  await page.waitForLoadState('networkidle');
  // The knowledge check is on the page from the start, though its code has not been fetched yet.
  const check = page.getByRole('heading', { name: 'Knowledge check' });
  await expect(check).toBeAttached();
  expect(requested.filter((url) => /\/assets\/quiz-[\w-]+\.js$/.test(url))).toEqual([]);
  await check.scrollIntoViewIfNeeded();
  await expect.poll(() => requested.some((url) => /\/assets\/quiz-[\w-]+\.js$/.test(url))).toBe(true);
  // Alive: answering a question gives feedback.
  const quiz = page.locator('section.quiz');
  await quiz.getByRole('radio').first().check();
  await quiz.getByRole('button', { name: 'Check answer' }).first().click();
  await expect(quiz.getByRole('status', { name: 'Feedback on question 1' })).not.toBeEmpty();
});

test('a press on an activity that is not live yet is not lost: it takes effect once the activity is', async ({
  page,
  consoleErrors,
}) => {
  const scenario = scenarios['internal-it-help'] as Scenario;
  const opening = (scenario.nodes.find((n) => n.id === 'it-open') as TurnNode).choices[0]!.text;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto('/lessons/service-chain');
  await page.waitForLoadState('networkidle');
  // Far down the lesson: still the prerendered HTML, its code not fetched, when the learner presses a reply.
  expect(requested.filter((url) => /\/assets\/role-play-[\w-]+\.js$/.test(url))).toEqual([]);
  const roleplay = page.locator('#internal-it-help');
  await roleplay.getByRole('button', { name: opening, exact: true }).click();
  // The reply was taken: it is in the conversation.
  await expect(roleplay.getByRole('log').getByText(opening)).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
