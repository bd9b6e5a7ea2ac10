import { expect, savedProgress, test } from '../fixtures';

test('after one visit the course works offline: every lesson opens and one is completed', async ({
  page,
  context,
  consoleErrors,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The service worker installs after the first screen, caches the whole course, then takes control.
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker?.controller)), { timeout: 30_000 })
    .toBe(true);
  await expect(page.getByText(/you’re offline/i)).toHaveCount(0);

  await context.setOffline(true);
  await page.reload();
  const indicator = page.getByRole('status').filter({ hasText: /offline/i });
  await expect(indicator).toHaveText('You’re offline. Your progress is kept on this device.');

  for (const [link, title] of [
    [/module 1: greeting customers/i, 'Greeting customers'],
    [/module 3: following up/i, 'Following up'],
  ] as const) {
    await page.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.locator('.prose h2[id]').first()).toBeVisible();
    await page.getByRole('link', { name: 'Servewell' }).click();
  }

  await page.getByRole('link', { name: /module 2: listening well/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Listening well' })).toBeVisible();
  // Read to the end once the lesson's body (its own cached chunk) is on the page.
  await expect(page.getByRole('heading', { level: 2, name: 'Echo section' })).toBeAttached();
  await page.getByRole('navigation', { name: 'Lessons' }).scrollIntoViewIfNeeded();
  await expect(page.getByText('Lesson complete.')).toBeVisible();
  await expect(indicator).toBeVisible();
  await expect
    .poll(async () => Boolean((await savedProgress(page))?.lessons?.listening?.completedAt))
    .toBe(true);

  await page.getByRole('link', { name: 'Servewell' }).click();
  await expect(page.getByText('1 of 3 lessons complete')).toBeVisible();
  // Nothing failed to load while offline.
  expect(consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);

  await context.setOffline(false);
  await expect(indicator).toHaveCount(0);
});
