import { expect, savedProgress, test } from '../fixtures';
import { answerReviewQuestions } from './journey-helpers';

// As the routes' axe check does: with motion reduced, axe never measures a page mid-fade (and the review works so).
test.use({ reducedMotion: 'reduce' });

/** Day 0 of the learner's calendar: lessons 1–3 were completed then. */
const DAY0 = new Date('2026-03-02T09:00:00.000Z');
const DAY = 86_400_000;
const at = (days: number) => new Date(DAY0.getTime() + days * DAY);
const FIRST_THREE = ['what-is-customer-service', 'service-environment', 'service-chain'];

/** Saved progress with lessons 1–3 complete on day 0, as the course stores it. */
function savedAtDay0() {
  const stamp = DAY0.toISOString();
  const lessons = Object.fromEntries(
    FIRST_THREE.map((slug) => [
      slug,
      { startedAt: stamp, completedAt: stamp, timeSpentMs: 600_000, reachedEnd: true, updatedAt: stamp },
    ]),
  );
  const state = {
    lessons,
    activities: {},
    profile: {},
    assessment: { attempts: [] },
    assignments: {},
    seed: 'e2e-review',
  };
  return JSON.stringify({ state, version: 3 });
}

test('spaced review falls due at 2 and 7 days, one set at a time, done on its page and in place', async ({
  page,
  axe,
  consoleErrors,
}) => {
  await page.clock.install({ time: at(0) });
  await page.goto('/');
  await page.evaluate((saved) => localStorage.setItem('servewell-progress', saved), savedAtDay0());

  // Day 1: nothing due yet; home says when.
  await page.clock.setSystemTime(at(1));
  await page.reload();
  await expect(page.getByText('Next spaced review: lessons 1–3, in about 1 day.')).toBeVisible();

  // Day 2: one set for all three lessons. Done on its own page.
  await page.clock.setSystemTime(at(2));
  await page.reload();
  const card = page.getByRole('region', { name: 'Review: 5 questions from lessons 1–3, about 4 minutes' });
  await expect(card).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await card.getByRole('link', { name: 'Open it on its own page' }).click();
  await expect(page).toHaveURL(/\/review$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Review' })).toBeVisible();
  const set = page.locator('.review-set');
  // A reload in the middle keeps the questions and the answers given.
  const first = await set.locator('.question-prompt').allTextContents();
  expect(first).toHaveLength(5);
  expect(await answerReviewQuestions(set)).toBe(5);
  await page.reload();
  await expect(set.locator('.question-prompt')).toHaveText(first);
  await expect(set.locator('.quiz-question-status')).toHaveCount(5);
  expect(await axe(page)).toEqual([]);
  await page.getByRole('button', { name: 'Finish the review' }).click();
  const result = page.getByRole('status').filter({ hasText: '5 of 5 right.' });
  await expect(result).toBeFocused();
  await expect(result).toContainText('Your next review, of lessons 1–3, is due in about 5 days.');
  const afterFirst = await savedProgress(page);
  expect(afterFirst.review.sets).toHaveLength(1);
  expect(afterFirst.review.sets[0]).toMatchObject({ id: 'review-1', lessons: FIRST_THREE, score: 1 });

  // Back home the same day: nothing due, the next set named.
  await page.goto('/');
  await expect(page.getByText('Next spaced review: lessons 1–3, in about 5 days.')).toBeVisible();
  await expect(page.getByRole('region', { name: /^Review:/ })).toHaveCount(0);

  // Day 7 (a couple of hours in: the first set was finished a little after day 2 began, and the next waits
  // five full days after it): the second set, done in place on home, started by keyboard.
  await page.clock.setSystemTime(at(7.1));
  await page.reload();
  const second = page.getByRole('region', { name: 'Review: 5 questions from lessons 1–3, about 4 minutes' });
  await second.getByRole('button', { name: 'Start the review here' }).focus();
  await page.keyboard.press('Enter');
  await expect(second.getByRole('heading', { level: 2 })).toBeFocused();
  await answerReviewQuestions(second);
  await second.getByRole('button', { name: 'Finish the review' }).click();
  await expect(second.getByRole('status').filter({ hasText: '5 of 5 right.' })).toContainText(
    'Your next review, of lessons 1–3, is due in about 23 days.',
  );
  expect(await axe(page)).toEqual([]);
  const afterSecond = await savedProgress(page);
  expect(afterSecond.review.sets.map((s: { id: string }) => s.id)).toEqual(['review-1', 'review-2']);
  expect(consoleErrors).toEqual([]);
});

test('a learner away for a week finds one review set, and lesson 4 opens with a warm-up', async ({
  page,
  axe,
}) => {
  await page.clock.install({ time: at(0) });
  await page.goto('/');
  await page.evaluate((saved) => localStorage.setItem('servewell-progress', saved), savedAtDay0());
  await page.clock.setSystemTime(at(9));
  await page.reload();
  await expect(page.getByRole('region', { name: /^Review:/ })).toHaveCount(1);

  await page.goto('/lessons/definitions');
  const warmUp = page.getByRole('region', { name: 'Warm-up' });
  await expect(warmUp).toContainText('3 questions from lessons 1–3, about 2 minutes');
  await expect(warmUp.locator('.review-from').first()).toHaveText(/From lesson [123]/);
  expect(await axe(page)).toEqual([]);
  await answerReviewQuestions(warmUp);
  await warmUp.getByRole('button', { name: 'Finish the warm-up' }).click();
  await expect(warmUp.getByRole('status').filter({ hasText: '3 of 3 right.' })).toBeFocused();
  const saved = await savedProgress(page);
  expect(saved.activities['warm-up-definitions']).toMatchObject({
    kind: 'warm-up',
    completed: true,
    score: 1,
  });
});
