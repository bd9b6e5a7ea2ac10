import { expect, savedProgress, test } from '../fixtures';
import type { Page } from '@playwright/test';

/** The order the learner sees on the activities page: the quiz's options, items and descriptions, and the role-play's replies. */
async function shownOrder(page: Page) {
  // The live activities, in this learner's order (the prerendered HTML before them has the build's).
  const quiz = page.locator('[data-live] #showcase-quiz');
  const replies = page.locator('[data-live] #showcase-roleplay .rp-choice');
  // Brought near the screen, each comes alive.
  await page.locator('#showcase-roleplay').scrollIntoViewIfNeeded();
  await page.locator('#showcase-quiz').scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('radio').first()).toBeVisible();
  await expect(replies.first()).toBeVisible();
  return {
    quiz: (await quiz.innerText()).split('\n').filter((line) => line.trim() !== ''),
    replies: await replies.allInnerTexts(),
  };
}

test('a new learner who reloads before answering anything sees options and replies in the same order', async ({
  page,
  consoleErrors,
}) => {
  await page.goto('/activities');
  const before = await shownOrder(page);
  await page.reload();
  expect(await shownOrder(page)).toEqual(before);
  await page.reload();
  expect(await shownOrder(page)).toEqual(before);

  // Nothing answered, no lesson opened: the shuffle seed was saved all the same.
  const saved = await savedProgress(page);
  expect(saved?.seed).toEqual(expect.any(String));
  expect(saved?.activities).toEqual({});
  expect(consoleErrors).toEqual([]);
});
