// The learner's way through the course, as seen in the production build at desktop and phone widths:
// the outline beside each lesson, the reading progress under the header, the end of the course, the
// pages that use a desktop's width, and assigned work on a phone's first screen.
import type { Browser, Page } from '@playwright/test';
import { emptyProgress } from '../../../src/domain/course/progress';
import type { ProgressData } from '../../../src/domain/course/progress';
import { PROGRESS_KEY, PROGRESS_VERSION } from '../../../src/state/progress/progress-schema';
import { expect, test } from '../fixtures';
import { COURSE_SLUGS, completedLesson, seedProgress } from './journey-helpers';

const SLUGS = COURSE_SLUGS;
const AT = '2026-03-04T09:00:00.000Z';

function progress({ complete = [] as string[], passed = false, assigned = false } = {}): ProgressData {
  const data = emptyProgress();
  for (const slug of complete) {
    data.lessons[slug] = completedLesson(AT);
  }
  if (passed) {
    data.assessment.attempts.push({
      id: 'attempt-1',
      startedAt: AT,
      questionIds: [],
      responses: {},
      passMark: 0.8,
      submittedAt: '2026-03-04T09:30:00.000Z',
      score: 0.9,
      passed: true,
    });
  }
  if (assigned) {
    data.assignments['assign-e2e'] = {
      id: 'assign-e2e',
      acceptedAt: AT,
      assignment: {
        v: 1,
        id: 'assign-e2e',
        group: 'Spring starters',
        modules: ['service-chain', 'definitions'],
        assessment: true,
        due: '2099-12-31',
        passMark: 80,
        createdAt: AT,
      },
    };
  }
  return data;
}

/** A fresh browser tab at the given size, holding the given saved progress before the course loads. */
async function tab(browser: Browser, width: number, data: ProgressData | null = null, height = 900) {
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  if (data) await seedProgress(page, data);
  return page;
}

const box = async (page: Page, selector: string) => {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`${selector} is not shown`);
  return found;
};

for (const width of [1280, 390]) {
  test(`at ${width}px the reading progress runs under the header, across the full width`, async ({
    browser,
  }) => {
    const page = await tab(browser, width);
    await page.goto(`/lessons/${SLUGS[0]}`);
    const bar = page.getByRole('progressbar', { name: 'Reading progress' });
    await expect(bar).toBeVisible();
    for (const scrolled of [false, true]) {
      if (scrolled) {
        // Scrolled again until it holds: the lesson's body may still be loading, and the page short.
        await expect
          .poll(() =>
            page.evaluate(() => {
              window.scrollTo({ top: 2500, behavior: 'instant' });
              return window.scrollY;
            }),
          )
          .toBeGreaterThan(1000);
      }
      const barBox = (await bar.boundingBox())!;
      const row = await box(page, '.site-header-inner');
      const header = await box(page, '.site-header');
      expect(barBox.x).toBe(0);
      expect(barBox.width).toBe(width);
      // Below the header's own row (brand, navigation), inside the header's bottom edge.
      expect(barBox.y).toBeGreaterThanOrEqual(row.y + row.height - 0.5);
      expect(barBox.y + barBox.height).toBeLessThanOrEqual(header.y + header.height + 0.5);
      expect(header.y).toBe(0);
    }
    await page.context().close();
  });
}

test('the course outline sits beside a lesson on a desktop and folds away on a phone, keyboard-operable', async ({
  browser,
}) => {
  const desktop = await tab(browser, 1280, progress({ complete: [SLUGS[0]!] }));
  await desktop.goto(`/lessons/${SLUGS[1]}`);
  const outline = desktop.getByRole('navigation', { name: 'Course outline' });
  await expect(outline.getByRole('button', { name: /Course outline/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(outline.locator('a[aria-current="page"]')).toHaveAccessibleName(
    /Module 2: The service environment/,
  );
  const side = (await outline.boundingBox())!;
  const title = (await desktop.getByRole('heading', { level: 1 }).boundingBox())!;
  expect(side.x + side.width).toBeLessThan(title.x);
  expect(side.y).toBeLessThan(title.y + title.height);
  await expect(
    desktop.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lessons' }),
  ).toHaveAttribute('aria-current', 'page');
  await desktop.context().close();

  const phone = await tab(browser, 390, progress({ complete: [SLUGS[0]!] }));
  await phone.goto(`/lessons/${SLUGS[1]}`);
  const folded = phone.getByRole('navigation', { name: 'Course outline' });
  const toggle = folded.getByRole('button', { name: /Course outline/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(folded.getByRole('link', { name: /The service chain/ })).toBeHidden();
  await toggle.focus();
  await phone.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await phone.keyboard.press('Tab');
  await expect(
    folded.getByRole('link', { name: /Module 1: What is customer service\? \(Complete\)/ }),
  ).toBeFocused();
  await phone.context().close();
});

test('after passing, home celebrates, the header offers the certificate and the last lesson leads to it', async ({
  browser,
}) => {
  const page = await tab(browser, 1280, progress({ complete: SLUGS, passed: true }));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'You passed the course' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Certificate' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Whose name goes on the certificate?' }),
  ).toBeVisible();
  await page.goto(`/lessons/${SLUGS[5]}`);
  const footer = page.getByRole('navigation', { name: 'Lessons' });
  await footer.scrollIntoViewIfNeeded();
  await expect(footer.getByRole('link', { name: /your certificate/i })).toHaveAttribute(
    'href',
    '/certificate',
  );
  await page.context().close();
});

test('on a desktop, the assessment, certificate form and not-found pages are centred columns', async ({
  browser,
}) => {
  const page = await tab(browser, 1280, progress({ complete: SLUGS, passed: true }));
  for (const path of ['/assessment', '/certificate', '/no-such-page']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const column = await box(page, 'main .page');
    const middle = column.x + column.width / 2;
    expect(Math.abs(middle - 640), `${path} is centred`).toBeLessThan(24);
  }
  await page.context().close();
});

test('on a desktop, the trainer page uses its width: how assigning works sits beside the form', async ({
  browser,
}) => {
  const page = await tab(browser, 1280);
  await page.goto('/trainer');
  const form = (await page.getByRole('form', { name: 'New assignment' }).boundingBox())!;
  const how = (await page.getByRole('region', { name: 'How assigning works' }).boundingBox())!;
  expect(how.x).toBeGreaterThan(form.x + form.width);
  expect(how.y).toBeLessThan(form.y + 100);
  await page.context().close();
});

test('on a phone, a learner with assigned work sees it on the first screen of home', async ({ browser }) => {
  const page = await tab(browser, 390, progress({ assigned: true }), 844);
  await page.goto('/');
  const assigned = page.getByRole('region', { name: 'Assigned to you' });
  await expect(assigned.getByRole('heading', { name: 'Spring starters' })).toBeInViewport();
  await expect(assigned.getByRole('link', { name: /The service chain/ })).toBeInViewport();
  await page.context().close();
});

test('trainer and HR pages are reached from the footer, without the learner’s progress', async ({
  browser,
}) => {
  const page = await tab(browser, 1280);
  await page.goto('/');
  const main = page.getByRole('navigation', { name: 'Main' });
  await expect(main.getByRole('link')).toHaveText(['Lessons', 'Assessment']);
  await page
    .getByRole('navigation', { name: 'For trainers and HR' })
    .getByRole('link', { name: 'Assign the course' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Assign the course' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Course progress' })).toHaveCount(0);
  await page.context().close();
});

test('the trainer form asks for a pass mark only with the final assessment', async ({ browser }) => {
  const page = await tab(browser, 1280);
  await page.goto('/trainer');
  await expect(page.getByLabel('Pass mark (%)')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Final assessment' }).uncheck();
  await expect(page.getByLabel('Pass mark (%)')).toHaveCount(0);
  await page.context().close();
});

test('the new states pass axe-core, light and dark: the pass celebrated, the outline open on a phone', async ({
  browser,
  axe,
}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      colorScheme,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    const saved = JSON.stringify({
      state: progress({ complete: SLUGS.slice(0, 5), passed: true, assigned: true }),
      version: PROGRESS_VERSION,
    });
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      PROGRESS_KEY,
      saved,
    ] as const);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 2, name: 'You passed the course' })).toBeVisible();
    expect(await axe(page), `${colorScheme} home, passed`).toEqual([]);
    await page.goto(`/lessons/${SLUGS[5]}`);
    await page.getByRole('button', { name: /Course outline/ }).click();
    await expect(page.getByRole('link', { name: /Your certificate/ }).first()).toBeVisible();
    expect(await axe(page), `${colorScheme} lesson, outline open`).toEqual([]);
    await context.close();
  }
});
