import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { answerAssessment, completeLesson, pdfPageCount, pdfPageSizes } from './journey-helpers';

const LESSONS = 6;
const LEARNER = 'Amira Okafor';
const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };

/** With SCREENSHOTS=1 the journey is also photographed, at desktop and phone widths, for review. */
const SCREENS = process.env.SCREENSHOTS === '1';
const screensDir = fileURLToPath(new URL('../../../artifacts/screens/', import.meta.url));

async function shoot(page: Page, name: string) {
  if (!SCREENS) return;
  mkdirSync(screensDir, { recursive: true });
  // From the top, once any smooth scrolling has stopped, so the sticky header sits where it belongs.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const tick = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 5) resolve();
          else requestAnimationFrame(tick);
        };
        tick();
      }),
  );
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  await page.screenshot({ path: path.join(screensDir, `journey-${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.screenshot({ path: path.join(screensDir, `journey-${name}-phone.png`), fullPage: true });
  await page.setViewportSize(DESKTOP);
}

/** The page count pdfinfo reports, or null where pdfinfo is not installed. */
function pdfinfoPages(file: string): number | null {
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = /^Pages:\s+(\d+)/m.exec(info)?.[1];
    return pages === undefined ? null : Number(pages);
  } catch {
    return null;
  }
}

test.use({ viewport: DESKTOP });

test('goes through the whole course as a new hire would (all six lessons completed, final assessment passed) and prints the certificate page to PDF without error', async ({
  page,
  consoleErrors,
}, testInfo) => {
  test.setTimeout(240_000);

  // The home page: nothing done yet.
  await page.goto('/');
  const progress = page.locator('.course-progress strong');
  await expect(progress).toHaveText(`0 of ${LESSONS} lessons complete`);
  await page.getByRole('link', { name: /^Start the course/ }).click();

  // Six lessons, one after the other, each finished before following its Next link.
  const titles: string[] = [];
  for (let module = 1; module <= LESSONS; module += 1) {
    await expect(page).toHaveURL(/\/lessons\/[a-z-]+/);
    await expect(page.locator('.lesson-header .eyebrow')).toContainText(`Module ${module} ·`);
    const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    titles.push(title);

    const done = await completeLesson(page);
    expect(done.quiz, `${title} has a knowledge check`).toBeGreaterThanOrEqual(1);
    await shoot(page, `lesson-${module}`);

    const lessons = page.getByRole('navigation', { name: 'Lessons' });
    await lessons.getByRole('link', { name: module < LESSONS ? /^Next / : /The final assessment$/ }).click();
  }
  expect(new Set(titles).size).toBe(LESSONS);

  // The last lesson leads on to the final assessment, open now that every lesson is complete.
  await expect(page).toHaveURL(/\/assessment$/);
  await expect(page.getByRole('progressbar', { name: 'Course progress' })).toHaveAttribute(
    'aria-valuetext',
    `${LESSONS} of ${LESSONS} lessons complete`,
  );

  // The final assessment, every question answered correctly through its controls.
  await expect(page.getByRole('heading', { level: 1, name: 'Final assessment' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the assessment' }).click();
  const answered = await answerAssessment(page);
  expect(new Set(answered).size).toBe(answered.length);
  await page.getByRole('button', { name: 'Submit my answers' }).click();

  const result = page.getByRole('heading', { level: 2, name: /^Passed: / });
  await expect(result).toHaveText(/Passed: 100%$/);
  await expect(page.locator('.result-banner')).toContainText(
    `${answered.length} of ${answered.length} marks.`,
  );
  await expect(page.locator('.assessment-review > li')).toHaveCount(answered.length);
  await shoot(page, 'assessment-review');

  // The certificate: a name, then the certificate with that name and a verification code.
  await page.getByRole('link', { name: 'Get your certificate' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Whose name goes on the certificate?' }),
  ).toBeVisible();
  await page.getByLabel('Your name, as it should appear on the certificate').fill(LEARNER);
  await page.getByRole('button', { name: 'Save name' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Well done, ${LEARNER}` })).toBeVisible();
  const certificate = page.getByRole('group', { name: 'Certificate of completion' });
  await expect(certificate.locator('.certificate-name')).toHaveText(LEARNER);
  await expect(certificate).toContainText('passed its final assessment with a score of 100%');
  await expect(certificate.locator('.certificate-modules li')).toHaveText(titles);
  await expect(certificate.locator('.certificate-code')).toHaveText(
    /^SW-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}$/,
  );
  await shoot(page, 'certificate');

  // Print: the page chrome goes, the certificate stays, and it fits one landscape A4 page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print or save as PDF' })).toBeHidden();
  await expect(certificate).toBeVisible();
  await expect(certificate.locator('.certificate-name')).toBeVisible();

  const pdf = path.join(testInfo.project.outputDir, 'certificate.pdf');
  await page.pdf({ path: pdf, format: 'A4', landscape: true, printBackground: true });
  expect(existsSync(pdf)).toBe(true);
  expect(statSync(pdf).size).toBeGreaterThan(5_000);
  const bytes = readFileSync(pdf);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfPageCount(bytes)).toBe(1);
  // A4 landscape: about 842 × 595 points.
  const [size] = pdfPageSizes(bytes);
  expect(size?.width).toBeCloseTo(842, -1);
  expect(size?.height).toBeCloseTo(595, -1);
  const fromPdfinfo = pdfinfoPages(pdf);
  if (fromPdfinfo !== null) expect(fromPdfinfo).toBe(1);

  expect(consoleErrors).toEqual([]);
});
