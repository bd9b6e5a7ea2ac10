import { readdirSync } from 'node:fs';
import { expect, test } from '../fixtures';

const slugs = readdirSync('lessons')
  .filter((f) => /^\d\d-.+\.mdx$/.test(f))
  .map((f) => f.replace(/^\d\d-/, '').replace(/\.mdx$/, ''))
  .sort();

/** Pages in a PDF that Chromium printed: one "/Type /Page" dictionary per page. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

test.describe('job aid cards', () => {
  for (const slug of slugs) {
    test(`${slug}: the card prints on one A4 page and passes axe`, async ({ page, axe, consoleErrors }) => {
      await page.goto(`/lessons/${slug}/card`);
      await expect(page.getByRole('heading', { level: 2, name: 'Phrases to avoid' })).toBeVisible();
      expect(await axe(page)).toEqual([]);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pageCount(pdf)).toBe(1);
      expect(consoleErrors).toEqual([]);
    });
  }
});

test('the trainer guide prints in portrait and passes axe', async ({ page, axe }) => {
  await page.goto('/trainer/guide');
  await expect(page.getByRole('heading', { level: 1, name: 'Trainer guide' })).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pageCount(pdf)).toBeGreaterThan(1);
});

test('a diagram is explored by keyboard in a real browser, and the lesson passes axe', async ({
  page,
  axe,
}) => {
  await page.goto('/lessons/service-environment');
  const figure = page.getByRole('figure', { name: /five components of a service environment/i });
  await expect(figure).toBeVisible();
  const button = figure.getByRole('button', { name: 'Deliverables' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(figure.getByText(/a repair, a report, a meal/i)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  expect(await axe(page)).toEqual([]);
});
