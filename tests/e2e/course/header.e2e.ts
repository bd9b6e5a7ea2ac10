// The sticky header never covers what it points to: on a phone it takes one row, and whatever a learner is
// taken to ("Continue", the lesson's contents, an in-page link, the assessment's answered count) shows
// below it, in light and dark.
import type { Browser, Locator, Page } from '@playwright/test';
import { emptyProgress } from '../../../src/domain/course/progress';
import type { ProgressData } from '../../../src/domain/course/progress';
import { PROGRESS_KEY, PROGRESS_VERSION } from '../../../src/state/progress/progress-schema';
import { expect, test } from '../fixtures';
import { COURSE_SLUGS, completedLesson, seedProgress } from './journey-helpers';

const SLUGS = COURSE_SLUGS;
const AT = '2026-03-04T09:00:00.000Z';

function progress({ complete = [] as string[], reading = null as [string, string] | null } = {}) {
  const data: ProgressData = emptyProgress();
  for (const slug of complete) data.lessons[slug] = completedLesson(AT);
  if (reading) {
    const [slug, section] = reading;
    data.lessons[slug] = {
      startedAt: AT,
      timeSpentMs: 60_000,
      reachedEnd: false,
      lastSection: section,
      updatedAt: AT,
    };
    data.lastLesson = { slug, at: AT };
  }
  return data;
}

async function phone(browser: Browser, data: ProgressData | null, colorScheme: 'light' | 'dark' = 'light') {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme });
  const page = await context.newPage();
  if (data) await seedProgress(page, data);
  return page;
}

/** The sticky header's bottom edge, in viewport pixels. */
async function headerBottom(page: Page) {
  const header = await page.locator('.site-header').boundingBox();
  if (!header) throw new Error('no header');
  return header.y + header.height;
}

/** Waits until the target has settled below the header, then checks it is fully below it and on screen. */
async function expectBelowHeader(page: Page, target: Locator) {
  await expect
    .poll(async () => {
      const box = await target.boundingBox();
      return box ? Math.round(box.y - (await headerBottom(page))) : -999;
    })
    .toBeGreaterThanOrEqual(0);
  const box = (await target.boundingBox())!;
  expect(box.y).toBeLessThan(844 / 2);
}

test('on a 390 px phone the header takes one row, with every entry and the progress in it', async ({
  browser,
}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await phone(browser, null, colorScheme);
    await page.goto('/');
    const header = (await page.locator('.site-header').boundingBox())!;
    const brand = (await page.getByRole('link', { name: 'Servewell' }).boundingBox())!;
    const lessons = (await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Lessons' })
      .boundingBox())!;
    const bar = (await page
      .getByRole('banner')
      .getByRole('progressbar', { name: 'Course progress' })
      .boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(60);
    // One row: the brand, the entries and the progress share a line.
    expect(Math.abs(lessons.y + lessons.height / 2 - (brand.y + brand.height / 2))).toBeLessThan(4);
    expect(Math.abs(bar.y + bar.height / 2 - (brand.y + brand.height / 2))).toBeLessThan(4);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    expect(
      await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--header-height'),
      ),
    ).toBe(`${Math.ceil(header.height)}px`);
    await page.context().close();
  }
});

test('"Continue" opens the saved section below the header on a phone', async ({ browser, consoleErrors }) => {
  const page = await phone(browser, progress({ reading: [SLUGS[2]!, 'every-role-is-a-link'] }));
  await page.goto('/');
  await page.getByRole('link', { name: /^Continue/ }).click();
  await expect(page).toHaveURL(/#every-role-is-a-link$/);
  await expectBelowHeader(page, page.locator('#every-role-is-a-link'));
  expect(consoleErrors).toEqual([]);
  await page.context().close();
});

test('the lesson contents and in-page links scroll their section below the header on a phone', async ({
  browser,
}) => {
  const page = await phone(browser, null);
  await page.goto(`/lessons/${SLUGS[3]}`);
  const toc = page.getByRole('navigation', { name: 'In this lesson' });
  // Keyboard only: open the contents and follow a link.
  await toc.getByText('In this lesson').focus();
  await page.keyboard.press('Enter');
  const link = toc.getByRole('link', { name: 'Building a complete definition' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#building-a-complete-definition$/);
  await expectBelowHeader(page, page.locator('#building-a-complete-definition'));

  // An address with a section in it, opened as a link from elsewhere would open it.
  await page.goto(`/lessons/${SLUGS[4]}#owning-your-mistakes`);
  await expectBelowHeader(page, page.locator('#owning-your-mistakes'));

  // A plain in-page link within the lesson (the skip link to the content is one).
  await page.evaluate(() => window.scrollTo({ top: 3000, behavior: 'instant' }));
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = '#what-excellence-looks-like';
    a.textContent = 'Back to excellence';
    a.id = 'probe-link';
    document.querySelector('.prose')?.append(a);
  });
  await page.locator('#probe-link').focus();
  await page.keyboard.press('Enter');
  await expectBelowHeader(page, page.locator('#what-excellence-looks-like'));
  await page.context().close();
});

test('the assessment’s answered count stays below the header while the learner scrolls, light and dark', async ({
  browser,
  axe,
}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await phone(browser, progress({ complete: SLUGS }), colorScheme);
    await page.goto('/assessment');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    const count = page.getByText(/^Answered \d+ of \d+\./);
    await expect(count).toBeVisible();
    // Checked at the top: scrolled, the sticky count lies over questions, which axe reads as small targets.
    expect(await axe(page), `${colorScheme} assessment at 390 px`).toEqual([]);
    await page.evaluate(() => window.scrollTo({ top: 4000, behavior: 'instant' }));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
    const box = (await count.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual((await headerBottom(page)) - 0.5);
    expect(box.y).toBeLessThan(200);
    await page.context().close();
  }
});

test('a question reached from the unanswered list shows below the header and the answered count', async ({
  browser,
}) => {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 844 } });
    const page = await context.newPage();
    const saved = JSON.stringify({ state: progress({ complete: SLUGS }), version: PROGRESS_VERSION });
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      PROGRESS_KEY,
      saved,
    ] as const);
    await page.goto('/assessment');
    await page.getByRole('button', { name: 'Start the assessment' }).click();
    await page.getByRole('button', { name: 'Submit my answers' }).click();
    const link = page.getByRole('alert').getByRole('link', { name: 'Question 12' });
    await link.focus();
    await page.keyboard.press('Enter');
    const question = page.locator('.assessment-question').nth(11);
    const count = page.getByText(/^Answered \d+ of \d+\./);
    await expect
      .poll(async () => {
        const q = (await question.boundingBox())!;
        const c = (await count.boundingBox())!;
        return Math.round(q.y - (c.y + c.height));
      })
      .toBeGreaterThanOrEqual(0);
    expect((await question.boundingBox())!.y).toBeLessThan(844 / 2);
    expect((await count.boundingBox())!.y).toBeGreaterThanOrEqual((await headerBottom(page)) - 0.5);
    await context.close();
  }
});
