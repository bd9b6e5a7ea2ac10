import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { scenarios } from '../../../lessons/scenarios/index';
import { bestPath, startState, step } from '../../../src/domain/activities/scenario-engine';
import type { Action } from '../../../src/domain/activities/scenario-engine';
import type { Scenario } from '../../../src/domain/activities/scenario-types';
import { expect, savedProgress, test } from '../fixtures';

const LESSON = '/lessons/service-chain';

/** Every move's choice text and the customer's line that follows, played through the engine. */
function plan(scenario: Scenario, pick: (state: ReturnType<typeof startState>) => Action) {
  let state = startState(scenario);
  const moves: { text: string; next: string | null }[] = [];
  while (state.node) {
    const result = step(scenario, state, pick(state));
    if (!result.ok) throw new Error(result.error);
    state = result.state;
    moves.push({ text: result.entry.choiceText, next: state.node?.customer ?? null });
  }
  return { moves, ending: state.ending! };
}

/** The choice that hurts most at each turn: the lowest score, then mood and trust. */
function worstChoice(state: ReturnType<typeof startState>): Action {
  const weight = (e: { mood?: number; trust?: number; score?: number } = {}) =>
    (e.score ?? 0) * 10 + (e.mood ?? 0) + (e.trust ?? 0);
  const choices = [...state.node!.choices].sort((a, b) => weight(a.effects) - weight(b.effects));
  return { type: 'choose', choiceId: choices[0]!.id };
}

/** Moves focus with Tab alone until the button with exactly this text has it, then presses Enter. */
async function chooseByKeyboard(page: Page, scope: Locator, text: string) {
  const target = scope.getByRole('button', { name: text, exact: true });
  await expect(target).toBeVisible();
  for (let presses = 0; presses < 400; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the choice "${text}"`);
}

test.use({ reducedMotion: 'reduce' });

test('plays "internal-it-help" to its best ending by keyboard alone', async ({ page, consoleErrors }) => {
  const scenario = scenarios['internal-it-help'] as Scenario;
  const best = bestPath(scenario);
  expect(best.ending?.outcome).toBe('promoter');
  await page.goto(LESSON);
  const rp = page.locator('#internal-it-help');
  await expect(rp.getByRole('heading', { level: 3, name: scenario.title })).toBeVisible();
  const log = rp.getByRole('log', { name: `Conversation with ${scenario.persona.name}` });

  for (const [i, entry] of best.steps.entries()) {
    await chooseByKeyboard(page, rp, entry.choiceText);
    const feedback = log.locator('.rp-feedback').nth(i);
    await expect(feedback).toBeFocused();
    await expect(feedback).toContainText('The best move here');
    await expect(feedback).toContainText(entry.feedback);
  }

  const debrief = rp.getByRole('region', { name: `Debrief: ${best.ending!.title}` });
  await expect(debrief).toContainText('Outcome: Promoter.');
  await expect(debrief).toContainText(`Score: ${best.variables.score} of ${best.variables.score} points.`);
  await expect(debrief).toContainText(best.ending!.debrief);
  await expect(rp.getByRole('meter', { name: /mood/ })).toHaveAttribute('aria-valuetext', /delighted/);

  const saved = await savedProgress(page);
  expect(saved.activities['internal-it-help']).toMatchObject({
    lesson: 'service-chain',
    kind: 'roleplay',
    completed: true,
    score: 1,
  });

  const violations = await new AxeBuilder({ page })
    .include('#internal-it-help')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.violations.map((v) => v.id)).toEqual([]);

  // Play again starts fresh; the role-play stays complete.
  await chooseByKeyboard(page, rp, 'Play again');
  await expect(log).toBeFocused();
  await expect(log.locator('.rp-feedback')).toHaveCount(0);
  expect((await savedProgress(page)).activities['internal-it-help'].completed).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test('a poor run of "billing-error" resumes after a reload and ends with the customer lost', async ({
  page,
  consoleErrors,
}) => {
  const scenario = scenarios['billing-error'] as Scenario;
  const { moves, ending } = plan(scenario, worstChoice);
  expect(ending.outcome).toBe('lost');
  expect(moves.length).toBeGreaterThanOrEqual(3);

  await page.goto(LESSON);
  const rp = page.locator('#billing-error');
  const log = rp.getByRole('log');
  for (const move of moves.slice(0, 2)) {
    await chooseByKeyboard(page, rp, move.text);
    await expect(log.getByText(move.next!, { exact: true })).toBeVisible();
  }

  await page.reload();
  await expect(rp.getByRole('status')).toContainText('Welcome back');
  await expect(log.getByText(moves[1]!.text, { exact: true })).toBeVisible();
  await expect(log.getByText(moves[1]!.next!, { exact: true })).toBeVisible();
  await expect(log.locator('.rp-feedback')).toHaveCount(2);

  for (const move of moves.slice(2)) await chooseByKeyboard(page, rp, move.text);

  const debrief = rp.getByRole('region', { name: `Debrief: ${ending.title}` });
  await expect(debrief).toContainText('Outcome: Customer lost.');
  await expect(debrief).toContainText(ending.debrief);
  await expect(debrief.getByText('The best path', { exact: true })).toBeVisible();
  const saved = (await savedProgress(page)).activities['billing-error'];
  expect(saved.completed).toBe(true);
  expect(saved.score).toBeLessThan(0.5);
  expect(saved.answers.actions).toHaveLength(moves.length);
  expect(consoleErrors).toEqual([]);
});
