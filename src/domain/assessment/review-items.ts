/**
 * Which questions a warm-up or a spaced review set asks, weighted towards what this learner got wrong.
 *
 * Items come from the final-assessment bank (every item names the lesson it tests). What the learner got
 * wrong is read from what they saved: final-assessment answers and earlier warm-ups and review sets (item by
 * item: the latest answer to an item counts), and the lesson knowledge checks (lesson by lesson: the share of
 * questions not right at the first check). The draw is fixed by a seed, so a reload shows the same questions.
 */
import type { ProgressData } from '../course/progress';
import type { QuestionState } from '../activities/quiz-scoring';
import { scoreResponse } from '../activities/quiz-scoring';
import type { Question, Response } from '../activities/quiz-types';
import { isRecord } from '../lib/guards';
import { rngFromSeed, shuffleWith } from '../lib/shuffle';
import type { BankItem } from './assessment';

/** The activity kind and id prefix of a lesson's warm-up. */
export const WARM_UP_KIND = 'warm-up';
export const warmUpId = (lesson: string) => `warm-up-${lesson}`;

/** What the learner's saved answers say about each item and lesson. */
export interface ReviewHistory {
  /** Items whose latest answer was not fully right. */
  missed: ReadonlySet<string>;
  /** Items whose latest answer was right. */
  right: ReadonlySet<string>;
  /** Per lesson, the share (0..1) of its knowledge-check questions not right at the first check. */
  quizMisses: ReadonlyMap<string, number>;
}

/** An item weighs this much more when its latest answer was wrong… */
const MISSED_WEIGHT = 4;
/** …up to this much more when its lesson's knowledge check went badly… */
const LESSON_WEIGHT = 2;
/** …and this much less when its latest answer was right. */
const RIGHT_DISCOUNT = 0.5;

/** The saved state of one question, as the quiz and the review practice save it. */
function questionStates(answers: unknown): Record<string, unknown> {
  return isRecord(answers) && isRecord(answers.questions) ? answers.questions : {};
}

const statusOf = (state: unknown): string | undefined =>
  isRecord(state) && typeof state.status === 'string' ? state.status : undefined;

/** Whether a saved question state was right at the first check (false when it is not answered at all). */
function rightFirstTime(state: unknown): boolean | undefined {
  const status = statusOf(state);
  if (status === undefined || status === 'unanswered') return undefined;
  const attempts = isRecord(state) && typeof state.attempts === 'number' ? state.attempts : 0;
  return status === 'correct' && attempts <= 1;
}

/** Reads what the learner got right and wrong before. `bank` scores final-assessment answers. */
export function reviewHistory(data: ProgressData, bank: readonly BankItem[]): ReviewHistory {
  const byId = new Map(bank.map((item) => [item.id, item]));
  /** Latest outcome per item: [when, right]. */
  const latest = new Map<string, [string, boolean]>();
  const note = (id: string, at: string, right: boolean) => {
    const known = latest.get(id);
    if (!known || at >= known[0]) latest.set(id, [at, right]);
  };

  for (const attempt of data.assessment.attempts) {
    if (!attempt.submittedAt) continue;
    for (const id of attempt.questionIds) {
      const item = byId.get(id);
      const response = attempt.responses[id];
      if (!item) continue;
      let right = false;
      try {
        right = isRecord(response) && scoreResponse(item, response as Response).correct;
      } catch {
        // A saved answer of the wrong shape counts as not right.
      }
      note(id, attempt.submittedAt, right);
    }
  }

  const quizTotals = new Map<string, { missed: number; total: number }>();
  for (const activity of Object.values(data.activities)) {
    const states = questionStates(activity.answers);
    if (activity.kind === WARM_UP_KIND) {
      for (const [id, state] of Object.entries(states)) {
        const right = rightFirstTime(state);
        if (right !== undefined) note(id, activity.updatedAt, right);
      }
    } else if (activity.kind === 'quiz' && activity.lesson) {
      const totals = quizTotals.get(activity.lesson) ?? { missed: 0, total: 0 };
      for (const state of Object.values(states)) {
        const right = rightFirstTime(state);
        if (right === undefined) continue;
        totals.total += 1;
        if (!right) totals.missed += 1;
      }
      quizTotals.set(activity.lesson, totals);
    }
  }

  for (const set of data.review?.sets ?? []) {
    for (const id of set.items) note(id, set.finishedAt, !set.missed.includes(id));
  }

  const missed = new Set<string>();
  const right = new Set<string>();
  for (const [id, [, ok]] of latest) (ok ? right : missed).add(id);
  const quizMisses = new Map(
    [...quizTotals].filter(([, t]) => t.total > 0).map(([lesson, t]) => [lesson, t.missed / t.total]),
  );
  return { missed, right, quizMisses };
}

/** How strongly an item is drawn: 1, more when it or its lesson went wrong before, less when it went right. */
export function itemWeight(item: Pick<BankItem, 'id' | 'lesson'>, history: ReviewHistory): number {
  let weight = 1 + LESSON_WEIGHT * (history.quizMisses.get(item.lesson) ?? 0);
  if (history.missed.has(item.id)) weight += MISSED_WEIGHT;
  else if (history.right.has(item.id)) weight *= RIGHT_DISCOUNT;
  return weight;
}

/**
 * `count` items from `lessons`, drawn with chances in proportion to their weight (itemWeight), fixed by
 * `seed`. Every lesson gets one item before any gets a second (when count allows); the draw is then shown
 * in a shuffled order. Fewer come back when the lessons have fewer items.
 */
export function drawReviewItems(
  bank: readonly BankItem[],
  lessons: readonly string[],
  count: number,
  seed: string,
  history: ReviewHistory,
): BankItem[] {
  const rng = rngFromSeed(seed);
  // Weighted sampling without replacement (Efraimidis–Spirakis): each item's key is u^(1/w); the
  // largest keys win, which draws each item with a chance in proportion to its weight.
  const keyed = bank
    .filter((item) => lessons.includes(item.lesson))
    .map((item) => ({
      item,
      key: Math.pow(Math.max(rng(), Number.MIN_VALUE), 1 / itemWeight(item, history)),
    }))
    .sort((a, b) => b.key - a.key);
  const chosen: BankItem[] = [];
  const covered = new Set<string>();
  // First the best item of each lesson (the lessons whose best keys are highest, when there are more
  // lessons than questions), then the best of the rest.
  for (const { item } of keyed) {
    if (chosen.length >= count) break;
    if (covered.has(item.lesson)) continue;
    covered.add(item.lesson);
    chosen.push(item);
  }
  for (const { item } of keyed) {
    if (chosen.length >= count) break;
    if (!chosen.includes(item)) chosen.push(item);
  }
  return shuffleWith(chosen, rng);
}

/**
 * The items a warm-up or set already asked (saved with its first answer), so it carries on with the same
 * questions; null when none were saved or one is no longer in the bank, and a fresh draw is needed.
 */
export function savedItems(bank: readonly BankItem[], ids: unknown): BankItem[] | null {
  if (!Array.isArray(ids) || ids.length === 0) return null;
  const byId = new Map(bank.map((item) => [item.id, item]));
  const items = ids.map((id) => (typeof id === 'string' ? byId.get(id) : undefined));
  return items.every((item): item is BankItem => item !== undefined) ? items : null;
}

/** A question as practice shows it: one check, then the feedback and the right answer. */
export const asPractice = <Q extends Question>(question: Q): Q => ({ ...question, attempts: 1 });

/** The result of a practice run: the score (0..1) and the items not fully right. */
export function practiceResult(
  items: readonly string[],
  states: Readonly<Record<string, QuestionState | undefined>>,
): { score: number; missed: string[]; right: number } {
  const credit = items.reduce((sum, id) => sum + (states[id]?.credit ?? 0), 0);
  const missed = items.filter((id) => states[id]?.status !== 'correct');
  return {
    score: items.length === 0 ? 0 : credit / items.length,
    missed,
    right: items.length - missed.length,
  };
}

/** The items a learner has met in warm-ups and review sets: the final assessment draws others first. */
export function practisedItems(data: ProgressData): Set<string> {
  const seen = new Set<string>();
  for (const activity of Object.values(data.activities))
    if (activity.kind === WARM_UP_KIND)
      for (const id of Object.keys(questionStates(activity.answers))) seen.add(id);
  for (const set of data.review?.sets ?? []) for (const id of set.items) seen.add(id);
  for (const id of data.review?.open?.items ?? []) seen.add(id);
  return seen;
}
