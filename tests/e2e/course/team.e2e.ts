import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { completeLesson as completeEveryActivity } from './journey-helpers';

/** The lesson assigned: a reflection and a knowledge check, and no role-play. */
const LESSON = { slug: 'service-culture', title: 'Service culture as a strategic advantage', number: 6 };

const contentOf = async (download: Download) => readFile((await download.path()) ?? '', 'utf8');

/**
 * Settles every question of a knowledge check the way a hurried learner might: answer something, and
 * when out of attempts, ask for the answer. A question is settled once it is correct, shown or spent.
 */
/** The learner does every activity of the assigned lesson, as a new hire would, and reads to its end. */
async function completeLesson(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: LESSON.title })).toBeVisible();
  await completeEveryActivity(page);
}

test('a trainer assigns a lesson, a learner completes it and sends a record, and HR sees it complete', async ({
  browser,
}) => {
  const group = `Evening cohort ${Date.now().toString(36)}`;

  // Trainer: one lesson, no final assessment.
  const trainer = await browser.newContext();
  const trainerPage = await trainer.newPage();
  await trainerPage.goto('/trainer');
  await trainerPage.getByLabel('Group or cohort name').fill(group);
  await trainerPage.getByRole('button', { name: 'Clear modules' }).click();
  await trainerPage.getByRole('checkbox', { name: `${LESSON.number}. ${LESSON.title}` }).check();
  await trainerPage.getByRole('checkbox', { name: 'Final assessment' }).uncheck();
  await trainerPage.getByRole('button', { name: 'Create assignment link' }).click();
  const ready = trainerPage.getByRole('region', { name: `Ready to share: ${group}` });
  await expect(ready.getByRole('img', { name: /QR code of the assignment link/ })).toBeVisible();
  const link = await ready.getByLabel(`Assignment link for ${group}`).inputValue();
  expect(link).toMatch(/\/assignment#[A-Za-z0-9_-]+\.[0-9a-f]{14}$/);
  await trainer.close();

  // Learner: a different browser profile opens the link.
  const learner = await browser.newContext();
  const page = await learner.newPage();
  await page.goto(link);
  // No trainer name was given: the title names the group alone.
  await expect(page.getByRole('heading', { level: 1, name: `Your assignment for ${group}` })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: LESSON.title })).toBeVisible();
  await page.getByLabel('Your name').fill('Zoë O’Brien');
  await page.getByLabel(/work email/i).fill('zoe@example.com');
  await page.getByRole('button', { name: 'Accept the assignment' }).click();
  await expect(page.getByText('Accepted.')).toBeVisible();

  await page.getByRole('link', { name: 'course home' }).click();
  const assigned = page.getByRole('region', { name: 'Assigned to you' });
  await expect(assigned).toContainText(group);
  await expect(assigned).toContainText('14 days left');
  await assigned.getByRole('link', { name: new RegExp(LESSON.title) }).click();
  await completeLesson(page);

  await page.goto('/assignment');
  const mine = page.getByRole('article', { name: group });
  await expect(mine).toContainText('1 of 1 done');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    mine.getByRole('button', { name: 'Download record file' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe(
    `servewell-record-zoë-obrien-${group.toLowerCase().replace(/ /g, '-')}.json`,
  );
  const recordJson = await contentOf(file);
  await mine.getByRole('button', { name: 'Show a code to copy' }).click();
  const code = await mine.getByLabel('Your record as a code').inputValue();
  expect(code).toMatch(/^SWR\./);
  await learner.close();

  // HR: a third profile imports the file, then the code, and exports CSV.
  const hr = await browser.newContext();
  const reports = await hr.newPage();
  await reports.goto('/reports');
  await expect(reports.getByText(/self-reported/)).toBeVisible();
  await reports.getByLabel('Choose files').setInputFiles({
    name: file.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(recordJson),
  });
  await expect(reports.getByText('Imported 1 item: 1 accepted.')).toBeVisible();
  const row = reports.getByRole('row').filter({ hasText: 'Zoë O’Brien' });
  await expect(row).toContainText(group);
  await expect(row).toContainText('Complete');
  await expect(row).toContainText('1 / 1');

  // The code was made after the file, so it is a newer export; pasting it again changes nothing.
  for (const outcome of ['1 updated', '1 duplicate']) {
    await reports.getByLabel('Or paste record codes').fill(code);
    await reports.getByRole('button', { name: 'Import pasted codes' }).click();
    await expect(reports.getByText(`Imported 1 item: ${outcome}.`)).toBeVisible();
  }

  await reports.reload();
  await expect(reports.getByRole('row').filter({ hasText: 'Zoë O’Brien' })).toContainText('Complete');

  const [csv] = await Promise.all([
    reports.waitForEvent('download'),
    reports.getByRole('button', { name: 'Export CSV of the rows shown' }).click(),
  ]);
  const text = await contentOf(csv);
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const lines = text.slice(1).split('\r\n');
  expect(lines[0]).toMatch(
    new RegExp(
      `^Name,Email,Employee ID,Group,Due date,Status,Completed on,Modules done,Modules assigned,Module: ${LESSON.title},Final assessment,`,
    ),
  );
  expect(lines[1]).toContain(`Zoë O’Brien,zoe@example.com,,${group},`);
  expect(lines[1]).toMatch(/,Complete,\d{4}-\d{2}-\d{2},1,1,Complete,Not assigned,/);
  await hr.close();
});

test('an altered or cut-off assignment link gets a clear page and changes nothing', async ({ page }) => {
  await page.goto('/trainer');
  await page.getByLabel('Group or cohort name').fill('Checks');
  await page.getByRole('button', { name: 'Create assignment link' }).click();
  const link = await page.getByLabel('Assignment link for Checks').first().inputValue();
  const before = await page.evaluate(() => localStorage.getItem('servewell-progress'));
  for (const broken of [
    link.slice(0, -4),
    link.replace(/#(.)/, (_m, c: string) => `#${c === 'e' ? 'f' : 'e'}`),
  ]) {
    await page.goto(broken);
    await expect(
      page.getByRole('heading', { level: 1, name: 'This assignment link cannot be used' }),
    ).toBeVisible();
    await expect(page.getByText('Nothing has been changed in your course or your progress.')).toBeVisible();
  }
  expect(await page.evaluate(() => localStorage.getItem('servewell-progress'))).toBe(before);
});
