import type { Page } from '@playwright/test';
import { sealRecord } from '../../../src/domain/reports/record-codec';
import type { CompletionRecord } from '../../../src/domain/reports/record-codec';
import { expect, test } from '../fixtures';
import { pdfText } from './pdf-text';

const LONG_GROUP = 'Customer service team, Leeds and Bradford evening cohort (March)';

/** A record as a learner would send it, for lessons of the real course. */
function record(
  name: string,
  group: string,
  done: boolean,
  contact: { email?: string; employeeId?: string },
) {
  const at = '2026-03-02T09:00:00.000Z';
  const value: CompletionRecord = {
    course: 'servewell',
    exportedAt: '2026-03-05T09:00:00.000Z',
    learner: { name, ...contact },
    assignment: {
      id: `assign-${name.length}`,
      group,
      due: '2099-12-31',
      passMark: 80,
      modules: ['what-is-customer-service', 'service-chain'],
      assessment: true,
    },
    modules: [
      {
        slug: 'what-is-customer-service',
        status: 'complete',
        timeSpentMs: 600_000,
        attempts: 1,
        completedAt: at,
      },
      {
        slug: 'service-chain',
        status: done ? 'complete' : 'in-progress',
        timeSpentMs: 300_000,
        attempts: 1,
        ...(done ? { completedAt: at } : {}),
      },
    ],
    ...(done ? { assessment: { attempts: 1, bestScore: 0.9, passed: true, lastSubmittedAt: at } } : {}),
    lastActivityAt: at,
  };
  return {
    name: `${name}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(sealRecord(value))),
  };
}

const LEARNERS = [
  record('Zoë O’Brien', 'Leeds', true, { email: 'zoe.obrien@example.com', employeeId: 'E1001' }),
  record('Ana Silva', LONG_GROUP, false, { email: 'ana.silva@example.com', employeeId: 'E1002' }),
  record('Mei Chen', 'York', false, { employeeId: 'E1003' }),
];

/** HR imports the learners' files, as on the Reports page, and reloads: the records are now saved. */
async function seedReports(page: Page) {
  await page.goto('/reports');
  await page.getByLabel('Choose files').setInputFiles(LEARNERS);
  await expect(page.getByText('Imported 3 items: 3 accepted.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
}

test('the browser’s own Print includes the learner table, without the in-page button', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await seedReports(page);
  // page.pdf prints as Ctrl+P does: nothing on the page is pressed first.
  // Cells wrap over lines, so the text is compared with its spacing made single.
  const text = pdfText(await page.pdf({ format: 'A4', landscape: true })).replace(/\s+/g, ' ');
  expect(text).toContain('Learners (3)');
  for (const name of ['Zoë O’Brien', 'Ana Silva', 'Mei Chen']) expect(text).toContain(name);
  expect(text).toContain('zoe.obrien@example.com');
  // The page keeps working afterwards: the screen table is back.
  await expect(page.getByRole('table', { name: /^Learners: 3 rows/ })).toBeVisible();

  // A print style applied without a print event (print emulation) shows the same table.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('table', { name: 'Learners (3)' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('table', { name: /^Learners: 3 rows/ })).toBeVisible();
});

test('with records saved, data comes first and importing folds away; panels do not touch', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await seedReports(page);
  const overview = page.getByRole('heading', { level: 2, name: 'Overview' });
  const toggle = page.getByRole('button', { name: 'Import more records' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('Choose files')).toBeHidden();
  const [overviewBox, toggleBox] = [await overview.boundingBox(), await toggle.boundingBox()];
  expect(overviewBox!.y).toBeLessThan(toggleBox!.y);
  const viewport = page.viewportSize()!;
  expect(overviewBox!.y).toBeLessThan(viewport.height);

  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const lrs = page.getByRole('button', { name: 'Load results from a Learning Record Store' });
  await expect(lrs).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByLabel('LRS endpoint')).toBeHidden();
  const panels = await page
    .locator('.import-section-body > .import-panel')
    .evaluateAll((list) =>
      list.map((p) => p.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })),
    );
  expect(panels).toHaveLength(2);
  expect(panels[1]!.top - panels[0]!.bottom, 'space between the import panels').toBeGreaterThanOrEqual(16);
  await lrs.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('LRS endpoint')).toBeVisible();
});

test('on a desktop, email and employee id are columns and a cut-off group name shows whole on focus', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await seedReports(page);
  const table = page.getByRole('table', { name: /^Learners:/ });
  await expect(table.getByRole('columnheader', { name: 'Email' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Employee ID' })).toBeVisible();
  await expect(table.getByRole('cell', { name: 'ana.silva@example.com' })).toBeVisible();
  await expect(table.getByRole('cell', { name: 'E1002' })).toBeVisible();

  const group = table.getByText(LONG_GROUP);
  await expect(group).toHaveAttribute('title', LONG_GROUP);
  const cut = await group.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(cut, 'the long group name is cut off in its column').toBe(true);
  // Keyboard only: Tab from the Learners table's scroll area until the group name has focus.
  await page.getByRole('region', { name: 'Learners table (scrolls)' }).focus();
  for (let i = 0; i < 30 && !(await group.evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  await expect(group).toBeFocused();
  const whole = await group.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
  expect(whole, 'focused, the whole group name shows').toBe(true);
  const outline = await group.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline, 'focus is visible').not.toBe('none');
  await page
    .getByRole('region', { name: 'Learners table (scrolls)' })
    .screenshot({ path: test.info().outputPath('reports-1280-group-focused.png') });
});

test('on a phone, every learner is a card with every field, and nothing scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await seedReports(page);
  await expect(page.getByRole('table', { name: /^Learners:/ })).toHaveCount(0);
  const card = page.getByRole('article', { name: 'Ana Silva' });
  await expect(card.getByRole('heading', { level: 3, name: 'Ana Silva' })).toBeVisible();
  for (const text of [LONG_GROUP, 'ana.silva@example.com', 'E1002', 'In progress', '31 Dec 2099', '1 / 3']) {
    await expect(card.getByText(text, { exact: false }).first()).toBeVisible();
  }
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
});

test('Reports with records: axe finds nothing, light and dark, desktop and phone; screenshots', async ({
  browser,
  axe,
}, testInfo) => {
  test.slow();
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1280, 390]) {
      const context = await browser.newContext({
        colorScheme: scheme,
        reducedMotion: 'reduce',
        viewport: { width, height: width > 800 ? 900 : 844 },
      });
      const page = await context.newPage();
      await seedReports(page);
      await page.waitForLoadState('networkidle');
      expect(await axe(page), `${scheme} ${width} folded`).toEqual([]);
      await page.screenshot({ path: testInfo.outputPath(`reports-${width}-${scheme}.png`), fullPage: true });
      await page.getByRole('button', { name: 'Import more records' }).click();
      await page.getByRole('button', { name: 'Load results from a Learning Record Store' }).click();
      expect(await axe(page), `${scheme} ${width} import open`).toEqual([]);
      await page.screenshot({
        path: testInfo.outputPath(`reports-${width}-${scheme}-import.png`),
        fullPage: true,
      });
      await context.close();
    }
  }
});
