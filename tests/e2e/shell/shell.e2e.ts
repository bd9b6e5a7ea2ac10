import type { Locator, Page } from '@playwright/test';
import { expect, savedProgress, test } from '../fixtures';

/** Scrolls to the end of a lesson once its body has loaded (before that, the end is not where it will be). */
async function readToEnd(page: Page) {
  await expect(page.locator('.prose h2').last()).toBeVisible();
  await page.getByRole('navigation', { name: 'Lessons' }).scrollIntoViewIfNeeded();
}

/** Scrolls a lesson to its middle section as a reader would, and waits until that place is saved. */
async function readToMiddle(page: Page) {
  const headings = page.locator('.prose h2[id]');
  await expect(headings.first()).toBeVisible();
  const count = await headings.count();
  const middle = headings.nth(Math.floor(count / 2));
  const middleId = (await middle.getAttribute('id')) ?? '';
  await middle.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.mouse.wheel(0, 40);
  await expect.poll(async () => (await savedProgress(page))?.lessons?.greeting?.lastSection).toBe(middleId);
  return middleId;
}

/** Presses the mouse where an element is on screen, without scrolling anything into view first. */
async function clickInPlace(page: Page, target: Locator) {
  const box = await target.boundingBox();
  if (!box) throw new Error('The element to press is not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The section's heading is on screen and not hidden under the sticky header. */
async function expectInPlace(page: Page, id: string) {
  const heading = page.locator(`#${id}`);
  await expect(heading).toBeInViewport();
  const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
  const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(headerBottom - 1);
}

for (const device of [
  { name: 'desktop', viewport: { width: 1280, height: 720 } },
  { name: 'phone', viewport: { width: 360, height: 640 } },
]) {
  test(`a reload keeps the learner's place, and so does Continue (${device.name})`, async ({ page }) => {
    await page.setViewportSize(device.viewport);
    await page.goto('/');
    await page.getByRole('link', { name: /start the course/i }).click();
    const title = page.getByRole('heading', { level: 1 });
    await expect(title).toBeVisible();
    const lessonTitle = await title.textContent();
    const middleId = await readToMiddle(page);

    await page.reload();
    await expect(page.locator(`#${middleId}`)).toBeVisible();
    // A person looks at the reloaded page for a moment before doing anything.
    await page.waitForTimeout(2000);
    await expectInPlace(page, middleId);
    expect((await savedProgress(page))?.lessons?.greeting?.lastSection).toBe(middleId);

    await page.goto('/');
    const resume = page.getByRole('link', { name: /continue/i });
    await expect(resume).toContainText(lessonTitle ?? '');
    await resume.click();
    await expect(page).toHaveURL(new RegExp(`#${middleId}$`));
    await page.waitForTimeout(2000);
    await expectInPlace(page, middleId);
    expect((await savedProgress(page))?.lessons?.greeting?.lastSection).toBe(middleId);
  });
}

test('an unfinished lesson opened from its module card or Previous/Next opens at the saved place', async ({
  page,
}) => {
  await page.goto('/lessons/greeting');
  const middleId = await readToMiddle(page);
  // Leave by the header, pressed where it is as a person would (a locator click may scroll the page first).
  await clickInPlace(page, page.getByRole('link', { name: 'Servewell' }));
  await page.getByRole('link', { name: /module 1: greeting customers/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Greeting customers' })).toBeVisible();
  await page.waitForTimeout(1000);
  await expectInPlace(page, middleId);
  // And from the next lesson's Previous link.
  await clickInPlace(page, page.getByRole('link', { name: 'Servewell' }));
  await page.getByRole('link', { name: /module 2: listening well/i }).click();
  await page.getByRole('link', { name: /previous/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Greeting customers' })).toBeVisible();
  await page.waitForTimeout(1000);
  await expectInPlace(page, middleId);
  expect((await savedProgress(page))?.lessons?.greeting?.lastSection).toBe(middleId);
});

test('a lesson read to the end is marked complete on the course home', async ({ page }) => {
  await page.goto('/lessons/listening');
  await expect(page.getByRole('heading', { level: 1, name: 'Listening well' })).toBeVisible();
  await readToEnd(page);
  await expect(page.getByText('Lesson complete.')).toBeVisible();
  await page.getByRole('link', { name: 'Servewell' }).click();
  const card = page.getByRole('listitem').filter({ hasText: 'Listening well' });
  await expect(card).toContainText('Complete');
  await expect(page.getByText('1 of 3 lessons complete')).toBeVisible();
});

test('progress made in one tab shows in another', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/');
  await second.goto('/');
  await expect(second.getByText('0 of 3 lessons complete')).toBeVisible();
  await first.goto('/lessons/greeting');
  await readToEnd(first);
  await expect(first.getByText('Lesson complete.')).toBeVisible();
  await expect(second.getByText('1 of 3 lessons complete')).toBeVisible();
});

test('a corrupt save is kept aside and the learner is told', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('servewell-progress', '{not json'));
  await page.reload();
  await expect(page.getByText(/could not read your saved progress/i)).toBeVisible();
  const backup = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('servewell-progress:backup:'))
      .map((k) => localStorage.getItem(k)),
  );
  expect(backup).toEqual(['{not json']);
});

test('with storage blocked the course still works and says progress will not be saved', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
  });
  await page.goto('/lessons/greeting');
  await expect(page.getByText(/your progress will not be saved/i)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Greeting customers' })).toBeVisible();
});

test('unknown addresses and lessons get a friendly page inside the course', async ({ page }) => {
  await page.goto('/lessons/nope');
  await expect(page.getByRole('heading', { level: 1, name: /couldn’t find that lesson/i })).toBeVisible();
  await page.goto('/what/is/this');
  await expect(page.getByRole('heading', { level: 1, name: /couldn’t find that page/i })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
});

test('a lesson that fails to load shows an error in its place, not a blank app', async ({ page }) => {
  await page.route(/assets\/02-listening.*\.js$/, (route) => route.abort());
  await page.goto('/lessons/listening');
  await expect(page.getByRole('heading', { level: 1, name: /could not be shown/i })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Servewell' })).toBeVisible();
});

test('keyboard: skip link reaches the content and focus moves to the new page heading', async ({ page }) => {
  await page.goto('/');
  // Tab only once the course has rendered: before that the page has nothing to focus.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await page.getByRole('link', { name: /module 3: following up/i }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Following up' })).toBeFocused();
});

for (const reducedMotion of ['reduce', 'no-preference'] as const) {
  test(`page transitions ${reducedMotion === 'reduce' ? 'are off' : 'run'} with prefers-reduced-motion: ${reducedMotion}`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.getByRole('link', { name: /module 2: listening well/i }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Listening well' })).toBeVisible();
    // The page opened from inside the course fades in (a CSS animation), unless motion is reduced.
    const animation = await page.evaluate(
      () => getComputedStyle(document.querySelector('main')!).animationName,
    );
    expect(animation).toBe(reducedMotion === 'no-preference' ? 'route-enter' : 'none');
    await context.close();
  });
}
