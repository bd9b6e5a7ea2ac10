import { expect, savedProgress, test } from '../fixtures';
import type { Locator, Page } from '@playwright/test';

/** Presses Tab until the keyboard focus is inside `selector`, as a keyboard user would reach it. */
async function tabInto(page: Page, selector: string) {
  for (let presses = 0; presses < 400; presses += 1) {
    await page.keyboard.press('Tab');
    const inside = await page.evaluate((s) => Boolean(document.activeElement?.closest(s)), selector);
    if (inside) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Presses Tab until `target` has the focus. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 50; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the target');
}

/** Moves through a focused radio group with the arrow keys until `name` is chosen (options are shuffled). */
async function arrowTo(page: Page, group: Locator, name: string) {
  const target = group.getByRole('radio', { name, exact: true });
  for (let presses = 0; presses < 10 && !(await target.isChecked()); presses += 1)
    await page.keyboard.press('ArrowDown');
  await expect(target).toBeChecked();
}

/** Chooses an option of the focused select with the arrow keys, counting down from the placeholder. */
async function chooseByArrows(page: Page, select: Locator, text: string) {
  await expect(select).toBeFocused();
  const options = await select.locator('option').allTextContents();
  const index = options.indexOf(text);
  expect(index, `${text} is one of the options`).toBeGreaterThan(0);
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
  await expect(select.locator('option:checked')).toHaveText(text);
}

test('a learner answers a lesson quiz by keyboard alone and finds the result after a reload', async ({
  page,
  axe,
  consoleErrors,
}) => {
  await page.goto('/lessons/service-chain');
  await expect(page.getByRole('heading', { level: 1, name: 'The service chain' })).toBeVisible();
  const quiz = page.locator('#l3-check');
  await expect(quiz.getByRole('heading', { name: 'Knowledge check' })).toBeVisible();

  await tabInto(page, '#l3-check');

  // 1. True or false: Space chooses the focused radio, Enter checks.
  await expect(quiz.getByRole('radio', { name: 'True' }).first()).toBeFocused();
  await page.keyboard.press('Space');
  await expect(quiz.getByRole('radio', { name: 'True' }).first()).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(quiz.getByRole('button', { name: 'Check answer' }).first()).toBeFocused();
  await page.keyboard.press('Enter');
  const feedback1 = quiz.getByRole('status', { name: 'Feedback on question 1' });
  await expect(feedback1).toContainText('✓ Correct');
  await expect(feedback1).toBeFocused();

  // 2. Matching: one select per department.
  const matches: [string, string][] = [
    ['Purchasing', 'Chooses the suppliers whose parts end up in the product'],
    ['Accounting', 'Sends the invoices customers have to read and pay'],
    ['Warehouse', 'Packs the orders customers open at home'],
    ['IT', 'Keeps the order system running for the sales team'],
  ];
  for (const [term, description] of matches) {
    await page.keyboard.press('Tab');
    await chooseByArrows(page, quiz.getByRole('combobox', { name: term, exact: true }), description);
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(quiz.getByRole('status', { name: 'Feedback on question 2' })).toContainText('4 of 4 matched');

  // 3. Single choice, wrong first: Try again takes focus, then back to the chosen option.
  // Options are shown in an order shuffled for this learner, so the arrow keys look for them by name.
  await page.keyboard.press('Tab');
  const group3 = quiz.getByRole('group', { name: /A parcel arrives late/ });
  await expect(group3.getByRole('radio').first()).toBeFocused();
  await arrowTo(page, group3, 'The warehouse team made a labelling error');
  const warehouse = quiz.getByRole('radio', { name: 'The warehouse team made a labelling error' });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  const feedback3 = quiz.getByRole('status', { name: 'Feedback on question 3' });
  await expect(feedback3).toContainText('✗ Not quite');
  await expect(feedback3).toContainText('You have one more attempt.');
  await expect(quiz.getByRole('button', { name: 'Try again' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(warehouse).toBeFocused();
  await arrowTo(page, group3, 'This company got my order wrong');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(feedback3).toContainText('✓ Correct');

  // 4. Select all that apply: the marking rule opens from the keyboard, then Tab visits each box in the
  // order shown, Space ticks the right ones.
  const right = ['Accurate billing', 'After-sale support', 'Responsiveness to complaints'];
  const group4 = quiz.getByRole('group', { name: /Which of these do customers now expect/ });
  await expect(group4).toHaveAccessibleDescription('Wrong picks take marks away.');
  await page.keyboard.press('Tab');
  const howMarked = group4.getByText('How is this marked?');
  await expect(howMarked).toBeFocused();
  await expect(group4.getByText(/never goes below zero/)).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(group4.getByText(/never goes below zero/)).toBeVisible();
  const boxes = group4.getByRole('checkbox');
  for (let i = 0; i < (await boxes.count()); i += 1) {
    await page.keyboard.press('Tab');
    const box = boxes.nth(i);
    await expect(box).toBeFocused();
    const label = (await box.evaluate((el) => el.closest('label')?.textContent ?? '')).trim();
    if (right.includes(label)) await page.keyboard.press('Space');
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(quiz.getByRole('status', { name: 'Feedback on question 4' })).toContainText('✓ Correct');

  // 5. Short text: Enter in the box checks the answer; case does not matter.
  await page.keyboard.press('Tab');
  await expect(quiz.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('Perception');
  await page.keyboard.press('Enter');
  await expect(quiz.getByRole('status', { name: 'Feedback on question 5' })).toContainText('✓ Correct');

  // 6. An application item: arrow keys move through the options until the right one is chosen.
  await page.keyboard.press('Tab');
  const informed = quiz.getByRole('radio', {
    name: 'Customers judge how it felt, and one kept them informed',
  });
  for (let guard = 0; guard < 4 && !(await informed.isChecked()); guard += 1)
    await page.keyboard.press('ArrowDown');
  await expect(informed).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(quiz.getByRole('status', { name: 'Feedback on question 6' })).toContainText('✓ Correct');

  // 7. True or false, keyed false: arrow keys move the choice within the radio group.
  await page.keyboard.press('Tab');
  await expect(quiz.getByRole('radio', { name: 'True' }).last()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(quiz.getByRole('radio', { name: 'False' }).last()).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(quiz.getByRole('status', { name: 'Feedback on question 7' })).toContainText('✓ Correct');

  await expect(quiz.getByText(/Your score:/)).toHaveText('Your score: 7 out of 7 (100%)');
  await expect(quiz.getByText(/Mastery reached/)).toBeVisible();
  expect(await axe(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axe(page)).toEqual([]);
  const saved = await savedProgress(page);
  expect(saved.activities['l3-check']).toMatchObject({ lesson: 'service-chain', completed: true, score: 1 });

  await page.reload();
  await expect(quiz.getByText(/Your score:/)).toHaveText('Your score: 7 out of 7 (100%)');
  await expect(quiz.getByRole('radio', { name: /This company got my order wrong/ })).toBeChecked();
  await expect(quiz.getByRole('textbox')).toHaveValue('Perception');
  await expect(quiz.getByRole('button', { name: 'Try the quiz again' })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('an ordering question can be put right with the keyboard, focus following the moved item', async ({
  page,
}) => {
  await page.goto('/lessons/exceeding-expectations');
  const quiz = page.locator('#l5-check');
  await expect(quiz.getByRole('heading', { name: 'Knowledge check' })).toBeVisible();
  const list = quiz.locator('.ordering-list');
  const wanted = [
    'Acknowledge the mistake honestly',
    'Apologise sincerely',
    'Put it right and confirm the fix',
    'Learn how to prevent it next time',
  ];
  const shown = async () =>
    (await list.getByRole('listitem').allTextContents()).map((t) => wanted.find((w) => t.includes(w)));

  await tabInto(page, '#l5-check .ordering-list');
  for (const [target, text] of wanted.entries()) {
    while ((await shown()).indexOf(text) > target) {
      // Move focus to this item's Up button with Tab / Shift+Tab, then press it.
      const up = quiz.getByRole('button', { name: `Move “${text}” up` });
      for (
        let guard = 0;
        guard < 20 && !(await up.evaluate((b) => b === document.activeElement));
        guard += 1
      ) {
        const before = await up.evaluate((b) =>
          Boolean(
            b.compareDocumentPosition(document.activeElement as Node) & Node.DOCUMENT_POSITION_FOLLOWING,
          ),
        );
        await page.keyboard.press(before ? 'Shift+Tab' : 'Tab');
      }
      await page.keyboard.press('Enter');
      // The moved item keeps the focus (its Down button once it reaches the top).
      await expect(
        quiz
          .getByRole('button', { name: new RegExp(`^Move “${text}” (up|down)$`) })
          .and(page.locator(':focus')),
      ).toHaveCount(1);
    }
  }
  expect(await shown()).toEqual(wanted);
  // The ordering question is the fifth in the quiz; its Check answer button is the fifth.
  await tabTo(page, quiz.getByRole('button', { name: 'Check answer' }).nth(4));
  await page.keyboard.press('Enter');
  await expect(quiz.getByRole('status', { name: 'Feedback on question 5' })).toContainText(
    '4 of 4 in the right place',
  );
});
