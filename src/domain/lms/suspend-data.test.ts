import { at, worstCaseProgress as worstCase } from '../../../tests/unit/scorm-worst-case';
import { emptyProgress, mergeProgress } from '../course/progress';
import type { ProgressData } from '../course/progress';
import {
  decodeSuspendData,
  encodeSuspendData,
  SCORM12_SUSPEND_BUDGET,
  SCORM12_SUSPEND_LIMIT,
  SCORM2004_SUSPEND_BUDGET,
  SCORM2004_SUSPEND_LIMIT,
} from './suspend-data';

function decoded(text: string): ProgressData {
  const result = decodeSuspendData(text);
  if (result.kind !== 'ok') throw new Error(`expected progress, got ${result.kind}`);
  return result.data;
}

const floorToSecond = (iso: string) => new Date(Math.floor(Date.parse(iso) / 1000) * 1000).toISOString();

describe('suspend data codec', () => {
  it('round-trips small progress as plain JSON, losing nothing that resume needs', () => {
    const data = emptyProgress();
    data.lessons['service-chain'] = {
      startedAt: '2026-03-02T09:00:00.000Z',
      timeSpentMs: 65_000,
      lastSection: 'who-serves-whom',
      reachedEnd: false,
      updatedAt: '2026-03-02T09:05:00.000Z',
    };
    data.activities['l3-check'] = {
      lesson: 'service-chain',
      kind: 'quiz',
      attempts: 1,
      answers: { 'l3-q1': { response: { kind: 'truefalse', value: true } } },
      completed: true,
      score: 1,
      updatedAt: '2026-03-02T09:04:00.000Z',
    };
    data.lastLesson = { slug: 'service-chain', at: '2026-03-02T09:05:00.000Z' };
    const { text, losses, fits } = encodeSuspendData(data, { maxLength: SCORM12_SUSPEND_BUDGET });
    expect(fits).toBe(true);
    expect(losses).toEqual([]);
    expect(text.startsWith('{')).toBe(true);
    expect(decoded(text)).toEqual(data);
  });

  it('keeps timestamps to the second and never later than they were', () => {
    const data = emptyProgress();
    data.lessons.a = { timeSpentMs: 1_999, reachedEnd: true, updatedAt: '2026-03-02T09:00:00.999Z' };
    data.lastLesson = { slug: 'a', at: '2026-03-02T08:00:00.400Z' };
    const back = decoded(encodeSuspendData(data, { maxLength: 4096 }).text);
    expect(back.lessons.a).toEqual({
      timeSpentMs: 1_000,
      reachedEnd: true,
      updatedAt: '2026-03-02T09:00:00.000Z',
    });
    expect(back.lastLesson).toEqual({ slug: 'a', at: '2026-03-02T08:00:00.000Z' });
  });

  it('writes only plain ASCII, even for learners who write in other scripts', () => {
    const data = emptyProgress();
    data.activities.r = {
      lesson: 'x',
      kind: 'reflection',
      attempts: 1,
      answers: { text: 'Ça va très bien — 謝謝 😊' },
      completed: true,
      updatedAt: '2026-03-02T09:00:00.000Z',
    };
    const { text } = encodeSuspendData(data, { maxLength: 4096 });
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    expect(decoded(text).activities.r?.answers).toEqual({ text: 'Ça va très bien — 謝謝 😊' });
  });

  it('fits the whole finished course into SCORM 1.2’s 4,096 characters, keeping everything resume needs', () => {
    const data = worstCase();
    expect(JSON.stringify(data).length).toBeGreaterThan(SCORM2004_SUSPEND_LIMIT / 4);
    const { text, losses, fits } = encodeSuspendData(data, { maxLength: SCORM12_SUSPEND_BUDGET });
    expect(fits).toBe(true);
    expect(text.length).toBeLessThan(SCORM12_SUSPEND_LIMIT);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);

    const back = decoded(text);
    // Every lesson, its completion, section and times survive.
    for (const [slug, lesson] of Object.entries(data.lessons)) {
      expect(back.lessons[slug]).toEqual({
        ...lesson,
        startedAt: floorToSecond(lesson.startedAt!),
        completedAt: floorToSecond(lesson.completedAt!),
        updatedAt: floorToSecond(lesson.updatedAt),
        timeSpentMs: Math.floor(lesson.timeSpentMs / 1000) * 1000,
      });
    }
    // Every activity keeps its completion and score.
    for (const [id, activity] of Object.entries(data.activities)) {
      expect(back.activities[id]).toMatchObject({
        lesson: activity.lesson,
        kind: activity.kind,
        completed: true,
        attempts: activity.attempts,
        ...(activity.score !== undefined ? { score: activity.score } : {}),
      });
    }
    // Every attempt keeps its score and result; the best and the latest keep their answers too.
    expect(back.assessment.attempts.map((a) => [a.id, a.score, a.passed])).toEqual(
      data.assessment.attempts.map((a) => [a.id, a.score, a.passed]),
    );
    const best = back.assessment.attempts.find((a) => a.id === 'attempt-10')!;
    expect(best.questionIds).toHaveLength(15);
    expect(Object.keys(best.responses)).toHaveLength(15);
    expect(back.lastLesson?.slug).toBe('service-culture');
    expect(back.profile.name).toBe('Amelia Okafor-Lindqvist');
    expect(back.assignments['asg-1']?.assignment).toEqual(data.assignments['asg-1']?.assignment);

    // Quiz answers, role-play choices and the exercise's choices are kept whole.
    expect(back.activities['l1-check']?.answers).toEqual(data.activities['l1-check']?.answers);
    const roleplay = back.activities['roleplay-2']?.answers as {
      actions: { type: string; choiceId?: string }[];
    };
    expect(roleplay.actions).toHaveLength(10);
    expect(roleplay.actions[0]).toEqual({ type: 'choose', choiceId: 'turn-0-choice-2' });

    // Spaced review keeps what its schedule needs: every set's lessons, time and score, and the set under way.
    expect(back.review?.sets.map((r) => [r.id, r.lessons, r.score, r.finishedAt])).toEqual(
      data.review!.sets.map((r) => [r.id, r.lessons, r.score, floorToSecond(r.finishedAt)]),
    );
    expect(back.review?.open).toEqual({
      ...data.review!.open,
      startedAt: floorToSecond(data.review!.open!.startedAt),
    });

    // What did not fit is said, and written answers are shortened, not dropped.
    expect(losses.length).toBeGreaterThan(0);
    const reflection = (back.activities['l1-reflection']?.answers as { text: string }).text;
    const original = (data.activities['l1-reflection']?.answers as { text: string }).text;
    // With every warm-up and all eighteen review sets also kept, long texts keep well over a hundred characters.
    expect(reflection.length).toBeGreaterThanOrEqual(120);
    expect(original.startsWith(reflection.slice(0, -1))).toBe(true);
  });

  it('keeps everything of the finished course within SCORM 2004’s 64,000 characters', () => {
    const data = worstCase();
    const { text, losses, fits } = encodeSuspendData(data, { maxLength: SCORM2004_SUSPEND_BUDGET });
    expect(fits).toBe(true);
    expect(text.length).toBeLessThan(SCORM2004_SUSPEND_LIMIT);
    expect(losses).toEqual([]);
    const back = decoded(text);
    expect(back.activities['l4-reflection']?.answers).toEqual(data.activities['l4-reflection']?.answers);
    expect(back.assessment.attempts[0]?.responses).toEqual(data.assessment.attempts[0]?.responses);
  });

  it('gives up the least important data first as the room shrinks', () => {
    const data = worstCase();
    // The smallest room is a third of SCORM 1.2's: what every lesson, activity, key attempt and review set needs.
    const sizes = [6000, 3000, 2000, 1400].map((maxLength) => encodeSuspendData(data, { maxLength }));
    for (const result of sizes) expect(result.fits).toBe(true);
    const smallest = decoded(sizes[3]!.text);
    // At the smallest, completion and scores remain even though answers are gone; of the assessment, the
    // best and the latest attempts remain (what resume needs), the earlier ones go.
    expect(Object.values(smallest.lessons).every((l) => l.completedAt && l.reachedEnd)).toBe(true);
    expect(Object.values(smallest.activities).every((a) => a.completed)).toBe(true);
    const scores = data.assessment.attempts.map((a) => a.score!);
    expect(smallest.assessment.attempts.map((a) => a.score)).toEqual([Math.max(...scores)]);
    expect(smallest.assessment.attempts[0]?.id).toBe(data.assessment.attempts.at(-1)?.id);
    expect(sizes[3]!.losses.join(' ')).toMatch(/9 earlier assessment attempts.*activities/);
    // With room to spare, every attempt's score is kept and only earlier answers go.
    expect(decoded(sizes[0]!.text).assessment.attempts.map((a) => a.score)).toEqual(scores);
  });

  it('says so when even the smallest form does not fit', () => {
    const result = encodeSuspendData(worstCase(), { maxLength: 100 });
    expect(result.fits).toBe(false);
    expect(result.losses.length).toBeGreaterThan(0);
  });

  it('merges back into the full browser copy without losing the full answers', () => {
    const data = worstCase();
    const lms = decoded(encodeSuspendData(data, { maxLength: SCORM12_SUSPEND_BUDGET }).text);
    // The browser's copy was changed after the LMS copy was written, so its full answers win.
    const later = structuredClone(data);
    for (const activity of Object.values(later.activities)) activity.updatedAt = at(500);
    const merged = mergeProgress(lms, later);
    expect(merged.activities['l1-reflection']?.answers).toEqual(data.activities['l1-reflection']?.answers);
  });

  it('rejects what it did not write, with a reason', () => {
    expect(decodeSuspendData('')).toEqual({ kind: 'empty' });
    expect(decodeSuspendData('bookmark=12|slide=4')).toMatchObject({ kind: 'corrupt' });
    expect(decodeSuspendData('z!!!')).toMatchObject({ kind: 'corrupt' });
    expect(decodeSuspendData('zAAAA')).toMatchObject({ kind: 'corrupt' });
    expect(decodeSuspendData('{"v":9,"e":0}')).toEqual({
      kind: 'corrupt',
      reason: 'it was saved by a newer version of the course (format 9)',
    });
    expect(decodeSuspendData('{"v":"x","e":0}')).toEqual({
      kind: 'corrupt',
      reason: 'unknown suspend data format x',
    });
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    expect(decodeSuspendData(`{"v":1,"e":0,"l":{},"a":{"x":["l","q",1,1,0,null,${deep}]},"t":[]}`)).toEqual({
      kind: 'corrupt',
      reason: 'the saved progress nests deeper than any the course writes',
    });
    expect(decodeSuspendData('{"v":1,"e":0,"l":{"a":[null,null,"x",0,0]},"a":{},"t":[]}')).toEqual({
      kind: 'corrupt',
      reason: 'time spent is not a number',
    });
    expect(decodeSuspendData('{"v":1,')).toMatchObject({ kind: 'corrupt' });
  });
});

describe('suspend data: the shuffle seed', () => {
  it('keeps the learner’s seed, so options keep their order on another computer', () => {
    const data = { ...emptyProgress(), seed: 'k3j2h1g0f9' };
    const { text } = encodeSuspendData(data, { maxLength: SCORM12_SUSPEND_BUDGET });
    const back = decodeSuspendData(text);
    expect(back.kind === 'ok' && back.data.seed).toBe('k3j2h1g0f9');
  });
});
