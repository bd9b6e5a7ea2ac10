import { expect, test } from '../fixtures';

test('the offline service worker answers only the course’s own pages, not other pages of the host', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker?.controller)), { timeout: 30_000 })
    .toBe(true);

  await context.setOffline(true);
  // A course page opens offline from the service worker…
  await page.goto('/lessons/greeting');
  await expect(page.getByRole('heading', { level: 1, name: 'Greeting customers' })).toBeVisible();
  // …but another page on the same host is left to the network (offline: it fails), never given the course.
  const other = page.goto('/wiki/team-handbook');
  await expect(other).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
  await context.setOffline(false);
});
