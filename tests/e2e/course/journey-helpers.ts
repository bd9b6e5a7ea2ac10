import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { scenarios } from '../../../lessons/scenarios/index';
import { assessmentBank } from '../../../src/content/assessment-bank';
import type { BankQuestion } from '../../../src/content/assessment-bank';
import { readFileSync } from 'node:fs';
import { DEFINITIONS_FILE, parseDefinitionsContent } from '../../../src/content/definitions-schema';
import { buildElements } from '../../../src/domain/activities/definitions-exercise';
import { correctResponse } from '../../../src/domain/activities/quiz-scoring';
import { bestPath } from '../../../src/domain/activities/scenario-engine';
import type { Scenario } from '../../../src/domain/activities/scenario-types';
import type { ProgressData } from '../../../src/domain/course/progress';
import { PROGRESS_KEY, PROGRESS_VERSION } from '../../../src/state/progress/progress-schema';

/** Where the course is shown: the page itself, or the frame an LMS opens it in. */
export type CourseScope = Page | FrameLocator;

/** The activity sections a lesson body can hold, each one a `<section>` with its activity id. */
const ACTIVITY_SELECTOR = 'section.quiz, section.reflection, section.roleplay, section.definitions';

// ---------------------------------------------------------------------------------------------
// Knowledge checks

const SETTLED = /✓ Correct|◎ Answer shown|✗ Out of attempts/;

/** Gives an answer of the right kind, picking the `attempt`-th choice where there is a choice. */
async function giveAnswer(form: Locator, attempt: number) {
  const radios = form.getByRole('radio');
  const checkboxes = form.getByRole('checkbox');
  const selects = form.getByRole('combobox');
  const textbox = form.getByRole('textbox');
  if ((await radios.count()) > 0) {
    await radios.nth(attempt % (await radios.count())).check();
  } else if ((await checkboxes.count()) > 0) {
    const boxes = await checkboxes.count();
    const box = checkboxes.nth(attempt % boxes);
    if (!(await box.isChecked())) await box.check();
  } else if ((await selects.count()) > 0) {
    const count = await selects.count();
    for (let i = 0; i < count; i += 1) {
      const select = selects.nth(i);
      const options = await select.locator('option').count();
      // Skip the "Choose a match…" placeholder; the first try matches by position.
      await select.selectOption({ index: 1 + ((i + attempt) % (options - 1)) });
    }
  } else if ((await textbox.count()) > 0) {
    await textbox.fill(attempt === 0 ? 'I am not sure' : 'Still not sure');
  } else {
    // An ordering question left as first shown is not an answer: move an item down, a different one
    // on each try, so a second try never puts the list back as it was first shown.
    const downs = form.getByRole('button', { name: /down$/i });
    const count = await downs.count();
    if (count > 1) await downs.nth(attempt % (count - 1)).click();
  }
}

/**
 * Settles one knowledge-check question as a learner would without knowing the answer: a first try,
 * a different second try if the first was wrong, then "Show the answer" once out of attempts.
 */
async function settleQuestion(form: Locator, number: number) {
  const status = form.locator('.quiz-question-status');
  const feedback = form.getByRole('status', { name: `Feedback on question ${number}` });
  const retry = form.getByRole('button', { name: 'Try again' });
  const reveal = form.getByRole('button', { name: 'Show the answer' });
  for (let attempt = 0; attempt < 6; attempt += 1) {
    await giveAnswer(form, attempt);
    await form.getByRole('button', { name: 'Check answer' }).click();
    await expect(feedback).toContainText(/Correct|Partly right|Not quite/);
    // Right, another try, or (out of attempts) the answer to show: exactly one way on.
    await expect(
      retry
        .or(reveal)
        .or(status.filter({ hasText: '✓ Correct' }))
        .first(),
    ).toBeVisible();
    if (await retry.isVisible()) {
      await retry.click();
      await expect(form.getByRole('button', { name: 'Check answer' })).toBeVisible();
      continue;
    }
    if (await reveal.isVisible()) {
      await reveal.click();
      await expect(feedback).toContainText('The answer');
    }
    break;
  }
  await expect(status).toHaveText(SETTLED);
}

/** Settles every question of a knowledge check and waits for its score. */
async function finishQuiz(quiz: Locator) {
  await expect(quiz.getByRole('heading', { name: 'Knowledge check' })).toBeVisible();
  const questions = quiz.locator('form.quiz-question');
  const total = await questions.count();
  expect(total, 'the knowledge check has questions').toBeGreaterThan(0);
  for (let i = 0; i < total; i += 1) await settleQuestion(questions.nth(i), i + 1);
  await expect(quiz.getByText(/^Your score:/)).toContainText(`out of ${total}`);
}

// ---------------------------------------------------------------------------------------------
// Reflections

const REFLECTION_TEXT =
  'A broadband engineer once rang me back the same evening, explained plainly what had gone wrong, ' +
  'and checked the next morning that the line still worked. I felt looked after rather than processed, ' +
  'and I have recommended that company to friends ever since because of that one call.';

/** Writes a reflection long enough to count, then moves on so it is saved. */
async function writeReflection(page: Page, reflection: Locator) {
  const box = reflection.getByRole('textbox');
  await box.click();
  await box.fill(REFLECTION_TEXT);
  await expect(reflection.locator('.reflection-count')).toContainText(/enough to count|words?$/);
  const hint = await reflection.locator('.field-hint').textContent();
  if (hint) await expect(reflection.locator('.reflection-count')).toContainText('enough to count');
  await page.keyboard.press('Tab'); // leaving the box saves at once
}

// ---------------------------------------------------------------------------------------------
// Role-plays

/** Plays a role-play to its best ending by clicking the best reply at every turn. */
async function playRolePlay(rolePlay: Locator) {
  const id = await rolePlay.getAttribute('id');
  const scenario = (id && Object.hasOwn(scenarios, id) ? scenarios[id] : undefined) as Scenario | undefined;
  if (!scenario) throw new Error(`No scenario for the role-play "${id ?? ''}"`);
  const best = bestPath(scenario);
  expect(best.complete, `${scenario.id} can be played to an ending`).toBe(true);
  await expect(rolePlay.getByRole('heading', { level: 3, name: scenario.title })).toBeVisible();
  const feedback = rolePlay.locator('.rp-feedback');
  for (const [turn, entry] of best.steps.entries()) {
    await rolePlay.getByRole('button', { name: entry.choiceText, exact: true }).click();
    await expect(feedback).toHaveCount(turn + 1);
  }
  await expect(rolePlay.getByRole('region', { name: `Debrief: ${best.ending!.title}` })).toBeVisible();
}

// ---------------------------------------------------------------------------------------------
// The definitions exercise

const definitionsContent = parseDefinitionsContent(JSON.parse(readFileSync(DEFINITIONS_FILE, 'utf8')));
const DEFINITION_TERMS = definitionsContent.terms;
const COMMON_DEFINITIONS = definitionsContent.critique.definitions;
const CRITIQUE_CHOICES = definitionsContent.critique.choices;
const BUILD_ELEMENTS = buildElements(definitionsContent);

const OWN_WORDS: Record<string, string> = {
  customer: 'Anyone who relies on my work, inside or outside the company.',
  service: 'Helping people get what they need, with care and honesty.',
  delivery: 'Getting it to them quickly and correctly, and supporting them after the sale.',
  excellence: 'Doing more than they expect, every time, for every customer alike.',
};

/** Works through all four steps of the definitions exercise. */
async function doDefinitionsExercise(exercise: Locator) {
  const heading = exercise.locator('h3.defs-heading');
  const next = exercise.getByRole('button', { name: /^Next:/ });

  // Step 1: the four words in the learner's own words.
  await expect(heading).toHaveText(/^Step 1 of 4/);
  for (const term of DEFINITION_TERMS) {
    await exercise.getByRole('textbox', { name: term.label, exact: true }).fill(OWN_WORDS[term.id] ?? '');
  }
  await expect(exercise.locator('.defs-locked')).toHaveCount(0);
  await next.click();

  // Step 2: tick the gaps of each of the seven common definitions and check each one.
  await expect(heading).toHaveText(/^Step 2 of 4/);
  for (const [index, definition] of COMMON_DEFINITIONS.entries()) {
    await expect(exercise.getByRole('heading', { name: `Definition ${index + 1} of 7` })).toBeVisible();
    const gaps = exercise.getByRole('group', { name: /What does this definition leave out/ });
    const labels = CRITIQUE_CHOICES.filter((c) => definition.misses.includes(c.id)).map((c) => c.label);
    for (const label of labels.length > 0 ? labels : [CRITIQUE_CHOICES[0]?.label ?? '']) {
      await gaps.getByRole('checkbox', { name: label, exact: true }).check();
    }
    await exercise.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(exercise.getByRole('button', { name: 'Checked', exact: true })).toBeVisible();
    await expect(exercise.locator('.defs-pager-count')).toHaveText(`${index + 1} of 7 checked`);
    if (index < COMMON_DEFINITIONS.length - 1) {
      await exercise.getByRole('button', { name: 'Next definition' }).click();
    }
  }
  await next.click();

  // Step 3: build the complete definition from the eight right elements, none of the traps.
  await expect(heading).toHaveText(/^Step 3 of 4/);
  const elements = exercise.getByRole('group', { name: 'Choose the elements of a complete definition' });
  const right = BUILD_ELEMENTS.filter((e) => !e.distractor);
  expect(right).toHaveLength(8);
  for (const element of right) {
    await elements.getByRole('checkbox', { name: element.label, exact: true }).check();
  }
  await exercise.getByRole('button', { name: 'Check my definition' }).click();
  await expect(exercise.getByText('✓ Complete: all eight elements, and no traps.')).toBeVisible();
  await next.click();

  // Step 4: compare the learner's words with the key ideas.
  await expect(heading).toHaveText(/^Step 4 of 4/);
  await exercise.getByRole('button', { name: 'Check my words' }).click();
  await expect(exercise.getByText(/^Your words cover \d of 8 key ideas/)).toBeVisible();
  await expect(exercise.getByText('Exercise complete.')).toBeVisible();
}

// ---------------------------------------------------------------------------------------------
// Lessons

/**
 * Does every activity of the open lesson, in the order they appear, reads to the end and checks the
 * lesson is complete. Returns the number of activities done, by kind.
 */
export async function completeLesson(page: Page, scope: CourseScope = page) {
  const body = scope.locator('article.lesson-body');
  await expect(body.locator('.prose')).toBeVisible();
  const activities = body.locator(ACTIVITY_SELECTOR);
  const count = await activities.count();
  const done: Record<string, number> = {};
  for (let i = 0; i < count; i += 1) {
    const activity = activities.nth(i);
    await activity.scrollIntoViewIfNeeded();
    const kind = await activity.evaluate((el) =>
      ['quiz', 'reflection', 'roleplay', 'definitions'].find((k) => el.classList.contains(k)),
    );
    if (kind === 'quiz') await finishQuiz(activity);
    else if (kind === 'reflection') await writeReflection(page, activity);
    else if (kind === 'roleplay') await playRolePlay(activity);
    else if (kind === 'definitions') await doDefinitionsExercise(activity);
    done[kind ?? 'other'] = (done[kind ?? 'other'] ?? 0) + 1;
  }
  const footer = scope.getByRole('navigation', { name: 'Lessons' });
  await footer.scrollIntoViewIfNeeded();
  await expect(scope.locator('.lesson-footer').getByRole('status')).toContainText('Lesson complete.');
  return done;
}

// ---------------------------------------------------------------------------------------------
// The final assessment

const bankByPrompt = new Map<string, BankQuestion>(assessmentBank.map((q) => [q.prompt, q]));

/** The bank question whose prompt is shown in this assessment item. */
async function bankQuestionIn(item: Locator): Promise<BankQuestion> {
  const prompt = (await item.locator('.question-prompt').textContent())?.trim() ?? '';
  const question = bankByPrompt.get(prompt);
  if (!question) throw new Error(`No bank question has the prompt "${prompt}"`);
  return question;
}

/** Puts the items of an ordering question into the order given, with the Move up buttons. */
async function putInOrder(item: Locator, wanted: string[]) {
  const list = item.locator('.ordering-list');
  const shown = async () =>
    (await list.getByRole('listitem').allTextContents()).map((t) => wanted.find((w) => t.includes(w)));
  for (const [target, text] of wanted.entries()) {
    for (let guard = 0; guard < wanted.length && (await shown()).indexOf(text) > target; guard += 1) {
      const before = (await shown()).indexOf(text);
      await item.getByRole('button', { name: `Move “${text}” up` }).click();
      await expect.poll(async () => (await shown()).indexOf(text)).toBe(before - 1);
    }
  }
  expect(await shown()).toEqual(wanted);
}

/** Enters the right answer to one assessment question through its controls. */
async function answerCorrectly(item: Locator, question: BankQuestion) {
  const answer = correctResponse(question);
  switch (answer.kind) {
    case 'single': {
      if (question.kind !== 'single') break;
      const text = question.options.find((o) => o.id === answer.optionId)?.text ?? '';
      await item.getByRole('radio', { name: text, exact: true }).check();
      break;
    }
    case 'multiple': {
      if (question.kind !== 'multiple') break;
      for (const option of question.options) {
        const box = item.getByRole('checkbox', { name: option.text, exact: true });
        await box.setChecked(answer.optionIds.includes(option.id));
      }
      break;
    }
    case 'truefalse':
      await item.getByRole('radio', { name: answer.value ? 'True' : 'False', exact: true }).check();
      break;
    case 'ordering': {
      if (question.kind !== 'ordering') break;
      const texts = answer.itemIds.map((id) => question.items.find((i) => i.id === id)?.text ?? id);
      await putInOrder(item, texts);
      break;
    }
    case 'matching': {
      if (question.kind !== 'matching') break;
      for (const pair of question.pairs) {
        const right = question.pairs.find((p) => p.id === answer.matches[pair.id])?.right ?? '';
        await item.getByRole('combobox', { name: pair.left, exact: true }).selectOption({ label: right });
      }
      break;
    }
    case 'short':
      await item.getByRole('textbox').fill(answer.text);
      break;
  }
}

/** Answers every drawn question correctly; returns the ids of the questions answered, in order. */
export async function answerAssessment(page: CourseScope) {
  const items = page.locator('li.assessment-question');
  const total = await items.count();
  expect(total, 'the assessment draws questions').toBeGreaterThan(0);
  const ids: string[] = [];
  for (let i = 0; i < total; i += 1) {
    const item = items.nth(i);
    const question = await bankQuestionIn(item);
    await answerCorrectly(item, question);
    ids.push(question.id);
  }
  // Ordering questions count as answered from the start, so the count is checked once, at the end.
  await expect(page.locator('.assessment-count')).toHaveText(
    `Answered ${total} of ${total}. Your answers are saved as you go.`,
  );
  return ids;
}

// ---------------------------------------------------------------------------------------------
// The printed certificate

/** The number of pages in a PDF, counted from its page objects. */
export function pdfPageCount(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** Width and height, in points, of every media box in a PDF. */
export function pdfPageSizes(bytes: Buffer): { width: number; height: number }[] {
  const boxes = bytes
    .toString('latin1')
    .matchAll(/\/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]/g);
  return [...boxes].map(([, x0, y0, x1, y1]) => ({
    width: Number(x1) - Number(x0),
    height: Number(y1) - Number(y0),
  }));
}

// ---------------------------------------------------------------------------------------------
// Spaced review

/** Answers every question of a warm-up or review set correctly, checking each; returns how many. */
export async function answerReviewQuestions(scope: Locator) {
  const forms = scope.locator('form.quiz-question');
  const total = await forms.count();
  expect(total, 'the review asks questions').toBeGreaterThan(0);
  for (let i = 0; i < total; i += 1) {
    const form = forms.nth(i);
    await answerCorrectly(form, await bankQuestionIn(form));
    await form.getByRole('button', { name: 'Check answer' }).click();
    await expect(form.locator('.quiz-question-status')).toHaveText(/Correct/);
  }
  return total;
}

/** The course's lessons, in order, as the e2e tests seed them. */
export const COURSE_SLUGS = [
  'what-is-customer-service',
  'service-environment',
  'service-chain',
  'definitions',
  'exceeding-expectations',
  'service-culture',
];

/** A lesson completed at `at`, as saved progress holds it. */
export const completedLesson = (at: string) => ({
  startedAt: at,
  completedAt: at,
  timeSpentMs: 60_000,
  reachedEnd: true,
  updatedAt: at,
});

/** Puts `data` in the browser's saved progress before the course loads in `page`. */
export async function seedProgress(page: Page, data: ProgressData) {
  const saved = JSON.stringify({ state: data, version: PROGRESS_VERSION });
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [
    PROGRESS_KEY,
    saved,
  ] as const);
}
