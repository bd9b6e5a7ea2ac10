import { scenarios } from '../../../lessons/scenarios/index';
import type { Scenario, TurnNode } from '../../../src/domain/activities/scenario-types';
import { expect, test } from '../fixtures';

const scenario = scenarios['internal-it-help'] as Scenario;
const choiceText = (nodeId: string, choiceId: string) =>
  (scenario.nodes.find((n) => n.id === nodeId) as TurnNode).choices.find((c) => c.id === choiceId)!.text;

const isCoachChunk = (url: string) => /\/assets\/coach-[\w-]+\.js$/.test(url);

test('the language tools stay off the first screen and load for a typed reply', async ({
  page,
  consoleErrors,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requested.filter(isCoachChunk)).toEqual([]);

  await page.goto('/lessons/service-chain');
  const roleplay = page.locator('#internal-it-help');
  await roleplay.getByRole('button', { name: choiceText('it-open', 'it-open-urgent'), exact: true }).click();
  await roleplay
    .getByRole('button', { name: choiceText('it-diagnose', 'it-diagnose-explain'), exact: true })
    .click();
  await roleplay.getByRole('button', { name: 'Write my own reply' }).click();
  await roleplay
    .getByRole('textbox', { name: /Your reply to Grace/ })
    .fill(
      "That must be stressful, sorry. Leave it with me: I'll ring the supplier now and update you every ten minutes.",
    );
  await roleplay.getByRole('button', { name: 'Send reply' }).click();

  await expect(roleplay.getByText('What the coach understood')).toBeVisible();
  await expect(
    roleplay.getByText(/I read your reply as acknowledging how they feel, apologising/),
  ).toBeVisible();
  expect(requested.filter(isCoachChunk)).toHaveLength(1);
  expect(consoleErrors).toEqual([]);
});
