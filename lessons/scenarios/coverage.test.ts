import { readLessons } from '../../src/content/lessons-plugin';
import { replyCueProblems } from '../../src/domain/activities/scenario-cues';
import { bestPath } from '../../src/domain/activities/scenario-engine';
import type { Scenario, TurnNode } from '../../src/domain/activities/scenario-types';
import { scenarioStats } from '../../src/domain/activities/scenario-validator';
import { scenarios } from './index';

/**
 * The claims the course makes about its role-plays as a set: every lesson practises a
 * conversation, and the newer scenarios cover channels and kinds of case beyond the
 * company-at-fault, face-to-face conversation, without cues that give the best reply away.
 */
const NEW_IDS = ['chat-queue', 'email-complaint', 'policy-no', 'abusive-guest', 'distressed-caller'];

const newScenarios = NEW_IDS.map((id) => {
  const s = scenarios[id];
  if (!s) throw new Error(`Missing scenario ${id}`);
  return s;
});

const turnsOf = (s: Scenario) => s.nodes.filter((n): n is TurnNode => n.kind === 'turn');
const bestTexts = (s: Scenario) => bestPath(s).steps.map((step) => step.choiceText);

describe('role-play coverage across the course', () => {
  const lessons = readLessons('lessons');

  it.each(lessons.map((l) => [l.slug, l] as const))(
    'lesson %s has at least one role-play',
    (_slug, lesson) => {
      expect(lesson.activities.filter((a) => a.kind === 'roleplay').length).toBeGreaterThanOrEqual(1);
    },
  );

  it('places every scenario in a lesson, and every lesson’s role-play names a scenario that exists', () => {
    const placed = lessons.flatMap((l) => l.activities.filter((a) => a.kind === 'roleplay').map((a) => a.id));
    expect([...placed].sort()).toEqual(Object.keys(scenarios).sort());
  });

  it('each new scenario declares its channel and the kind of case it is', () => {
    for (const s of newScenarios) {
      expect({ id: s.id, channel: s.channel?.kind, caseKind: s.caseKind }).toEqual({
        id: s.id,
        channel: expect.any(String),
        caseKind: expect.any(String),
      });
    }
  });

  it('covers a live chat with a growing queue and typed replies', () => {
    const chats = newScenarios.filter((s) => s.channel?.kind === 'live-chat');
    expect(chats.length).toBeGreaterThanOrEqual(1);
    for (const chat of chats) {
      expect(chat.channel?.queue).toBeGreaterThan(0);
      const queues = turnsOf(chat).flatMap((t) => (t.queue === undefined ? [] : [t.queue]));
      expect(Math.max(...queues)).toBeGreaterThan(chat.channel?.queue ?? 0);
      expect(scenarioStats(chat).freeTextTurns).toBeGreaterThanOrEqual(1);
    }
  });

  it('covers an email complaint answered in writing', () => {
    expect(newScenarios.some((s) => s.channel?.kind === 'email')).toBe(true);
  });

  it('covers a customer who is wrong about the rules and hears a no with an alternative', () => {
    const wrong = newScenarios.filter((s) => s.caseKind === 'customer-wrong');
    expect(wrong.length).toBeGreaterThanOrEqual(1);
    for (const s of wrong) {
      expect(
        bestTexts(s).some((t) => /\bcan[’']t\b/.test(t) && /\b(?:can|could) (?:do|move|swap)\b/i.test(t)),
      ).toBe(true);
    }
  });

  it('covers an abusive customer, where the best path sets a limit and calls a manager', () => {
    const abusive = newScenarios.filter((s) => s.caseKind === 'abusive');
    expect(abusive.length).toBeGreaterThanOrEqual(1);
    for (const s of abusive) {
      const texts = bestTexts(s);
      expect(texts.some((t) => /won[’']t be spoken to/.test(t))).toBe(true);
      expect(texts.some((t) => /\bmanager\b/.test(t))).toBe(true);
    }
  });

  it('covers a vulnerable or distressed customer', () => {
    expect(newScenarios.some((s) => s.caseKind === 'vulnerable')).toBe(true);
  });

  it('sets the new scenarios in different organisations and channels', () => {
    const organisations = newScenarios.map(
      (s) => /\bat (?:the )?([A-Z][\w’']*(?: [A-Z&][\w’']*)*)/.exec(s.role)?.[1],
    );
    expect(organisations).not.toContain(undefined);
    expect(new Set(organisations).size).toBe(NEW_IDS.length);
    expect(new Set(newScenarios.map((s) => s.channel?.kind)).size).toBeGreaterThanOrEqual(3);
  });
});

describe.each(NEW_IDS)('new scenario %s', (id) => {
  const s = scenarios[id] as Scenario;

  it('has at least eight decisions on its best path and at least three endings', () => {
    expect(bestPath(s).steps.length).toBeGreaterThanOrEqual(8);
    expect(s.endings.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps typed-reply turns to one or two', () => {
    const typed = scenarioStats(s).freeTextTurns;
    expect(typed).toBeGreaterThanOrEqual(1);
    expect(typed).toBeLessThanOrEqual(2);
  });

  it('gives no length, apology or position cue to its best reply', () => {
    expect(replyCueProblems(s)).toEqual([]);
  });
});
