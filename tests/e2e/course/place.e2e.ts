import { expect, savedProgress, test } from '../fixtures';

// A real lesson, with role-plays and a quiz that appear after the text: the page grows after the first paint.
const LESSON = 'service-chain';

test('a reloaded lesson with activities stays at the section being read', async ({ page, consoleErrors }) => {
  await page.goto(`/lessons/${LESSON}`);
  const headings = page.locator('.prose h2[id]');
  await expect(headings.last()).toBeVisible();
  const count = await headings.count();
  const target = headings.nth(count - 2);
  const id = (await target.getAttribute('id')) ?? '';
  // Activities still loading can push the section down after a scroll, so scroll again until the place holds.
  await expect
    .poll(async () => {
      await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.mouse.wheel(0, 40);
      return (await savedProgress(page))?.lessons?.[LESSON]?.lastSection;
    })
    .toBe(id);

  await page.reload();
  await page.waitForTimeout(2000);
  await expect(page.locator(`#${id}`)).toBeInViewport();
  expect((await savedProgress(page))?.lessons?.[LESSON]?.lastSection).toBe(id);
  expect(consoleErrors).toEqual([]);
});
