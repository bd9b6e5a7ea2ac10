/**
 * The final assessment: when it opens, how questions are drawn, how an attempt is scored,
 * and which attempts count. Pure functions; the page draws with Math.random, tests with a seed.
 */
import type { AssessmentAttempt, LessonOutline, ProgressData } from '../course/progress';
import { lessonStatus } from '../course/progress';
import type { Question, Response } from '../activities/quiz-types';
import { scoreResponse } from '../activities/quiz-scoring';
import type { Rng } from '../lib/shuffle';
import { randomSample, shuffleWith } from '../lib/shuffle';

export const QUESTIONS_PER_ATTEMPT = 15;
export const DEFAULT_PASS_MARK = 0.8;
const EPSILON = 1e-9;

export type BankItem = Question & { lesson: string; section: string };

export interface AssessmentAvailability {
  open: boolean;
  /** Lessons still to complete, in course order. */
  remaining: LessonOutline[];
}

/** The assessment opens once every lesson (or every assigned lesson, when given) is complete. */
export function assessmentAvailability(lessons: LessonOutline[], data: ProgressData): AssessmentAvailability {
  const remaining = [...lessons]
    .sort((a, b) => a.order - b.order)
    .filter((l) => lessonStatus(l, data) !== 'complete');
  return { open: remaining.length === 0, remaining };
}

/**
 * Draws `count` questions balanced across lessons: every lesson gets ⌊count / lessons⌋ questions and
 * the rest go one each to randomly chosen lessons; then the whole draw is shuffled.
 * A lesson with too few questions gives all it has and the shortfall is drawn from the others.
 */
export function drawQuestions<T extends { id: string; lesson: string }>(
  bank: readonly T[],
  lessonSlugs: readonly string[],
  rng: Rng,
  count = QUESTIONS_PER_ATTEMPT,
): T[] {
  const pools = new Map(
    lessonSlugs.map((slug) => [
      slug,
      shuffleWith(
        bank.filter((q) => q.lesson === slug),
        rng,
      ),
    ]),
  );
  const active = lessonSlugs.filter((slug) => (pools.get(slug)?.length ?? 0) > 0);
  if (active.length === 0) return [];
  const quota = new Map(active.map((slug) => [slug, Math.floor(count / active.length)]));
  for (const slug of randomSample(active, count % active.length, rng))
    quota.set(slug, (quota.get(slug) ?? 0) + 1);

  const drawn: T[] = [];
  let shortfall = 0;
  for (const slug of active) {
    const pool = pools.get(slug) ?? [];
    const want = quota.get(slug) ?? 0;
    drawn.push(...pool.splice(0, want));
    shortfall += Math.max(0, want - drawn.filter((q) => q.lesson === slug).length);
  }
  const leftovers = shuffleWith([...pools.values()].flat(), rng);
  drawn.push(...leftovers.slice(0, shortfall));
  return shuffleWith(drawn, rng);
}

export interface QuestionResult {
  question: BankItem;
  response?: Response;
  correct: boolean;
  credit: number;
}

export interface AttemptResult {
  /** 0..1 */
  score: number;
  points: number;
  total: number;
  passed: boolean;
  results: QuestionResult[];
}

/** True when `score` reaches `passMark`: 0.8 passes at 80%, 79.9% does not. */
export function isPass(score: number, passMark: number): boolean {
  return score + EPSILON >= passMark;
}

/** Scores a submitted attempt. Unanswered questions earn nothing; partial credit counts. */
export function scoreAttempt(
  questions: readonly BankItem[],
  responses: Readonly<Record<string, Response | undefined>>,
  passMark = DEFAULT_PASS_MARK,
): AttemptResult {
  const results = questions.map((question): QuestionResult => {
    const response = responses[question.id];
    if (!response || response.kind !== question.kind) return { question, correct: false, credit: 0 };
    const scored = scoreResponse(question, response);
    return { question, response, correct: scored.correct, credit: scored.credit };
  });
  const points = results.reduce((sum, r) => sum + r.credit, 0);
  const total = questions.length;
  const score = total === 0 ? 0 : points / total;
  return { score, points, total, passed: total > 0 && isPass(score, passMark), results };
}

export interface AttemptSummary {
  best?: AssessmentAttempt;
  latest?: AssessmentAttempt;
  passed: boolean;
  /** The attempt that is open (started, not submitted), if any. */
  open?: AssessmentAttempt;
}

/** Best and latest submitted attempts; best is the highest score, the earliest on a tie. */
export function summariseAttempts(attempts: readonly AssessmentAttempt[]): AttemptSummary {
  const submitted = attempts.filter((a) => a.submittedAt && typeof a.score === 'number');
  const byTime = [...submitted].sort((a, b) => ((a.submittedAt ?? '') < (b.submittedAt ?? '') ? -1 : 1));
  const best = byTime.reduce<AssessmentAttempt | undefined>(
    (top, a) => (!top || (a.score ?? 0) > (top.score ?? 0) ? a : top),
    undefined,
  );
  const latest = byTime[byTime.length - 1];
  const open = attempts.find((a) => !a.submittedAt);
  const summary: AttemptSummary = { passed: submitted.some((a) => a.passed) };
  if (best) summary.best = best;
  if (latest) summary.latest = latest;
  if (open) summary.open = open;
  return summary;
}

export { passingAttempt } from './results';
