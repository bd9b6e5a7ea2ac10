/**
 * The final assessment: when it opens, how questions are drawn, how an attempt is scored and passed,
 * and which attempts count. Pure functions: randomness comes in as an `Rng`, content as arguments.
 */
import type { AssessmentAttempt, LessonOutline, ProgressData } from '../course/progress';
import { lessonStatus } from '../course/progress';
import type { Question, Response } from '../activities/quiz-types';
import { scoreResponse } from '../activities/quiz-scoring';
import { isAnswered, presentationSeed } from '../activities/presentation';
import type { Rng } from '../lib/shuffle';
import { randomSample, shuffleWith } from '../lib/shuffle';

/** Four questions from each lesson: enough that a lucky guess on two cannot carry a lesson. */
export const QUESTIONS_PER_LESSON = 4;
/** A sitting of the whole six-lesson course. */
export const QUESTIONS_PER_ATTEMPT = 24;

/** Questions in a sitting that covers `lessonCount` lessons (an assignment may narrow it to some). */
export const attemptSize = (lessonCount: number): number => QUESTIONS_PER_LESSON * Math.max(1, lessonCount);
export const DEFAULT_PASS_MARK = 0.8;
/** Besides the overall mark, a learner needs at least this share of each lesson's drawn questions. */
export const LESSON_FLOOR = 0.5;
const EPSILON = 1e-9;

/** What an item asks of the learner: to remember, to explain, or to apply the idea to a situation. */
type Demand = 'recall' | 'understanding' | 'application';

/** Where an application item is set, when it is set somewhere the lessons do not go. */
export interface Situation {
  channel: 'phone' | 'chat' | 'email' | 'counter' | 'help-desk' | 'in-person' | 'social';
  industry: string;
}

/**
 * A final-assessment item: a question tagged with the lesson and section that teach it, the lesson
 * objective it assesses (1-based, as listed in the lesson's frontmatter), what it asks of the learner
 * and, for application items, the new situation it is set in.
 */
export type BankItem = Question & {
  lesson: string;
  section: string;
  objective: number;
  demand: Demand;
  situation?: Situation;
};

type WithoutLesson<T> = T extends unknown ? Omit<T, 'lesson'> : never;

/** An item as written in a bank file: the file names the lesson once for all its items. */
type AuthoredItem = WithoutLesson<BankItem>;

/** One bank file in `lessons/assessment/`: the lesson it tests and its items. */
export interface BankFile {
  lesson: string;
  items: AuthoredItem[];
}

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

export interface DrawOptions {
  count?: number;
  /** Items the learner has just seen: drawn only when a lesson has nothing else left. */
  avoid?: ReadonlySet<string>;
}

type Drawable = { id: string; lesson: string } & (
  { kind: 'truefalse'; answer: boolean } | { kind: Exclude<Question['kind'], 'truefalse'> }
);

const tfKey = (q: Drawable): boolean | undefined => (q.kind === 'truefalse' ? q.answer : undefined);

/**
 * Draws `count` questions balanced across lessons: every lesson gets ⌊count / lessons⌋ questions and the
 * rest go one each to randomly chosen lessons; then the whole draw is shuffled. Within a lesson, items
 * not in `avoid` come first. A lesson with too few questions gives all it has and the shortfall is drawn
 * from the others. True/false items are then swapped, lesson by lesson, so the drawn keys are as near
 * half true and half false as the bank allows: answering "false" to every one earns about half of them.
 */
export function drawQuestions<T extends Drawable>(
  bank: readonly T[],
  lessonSlugs: readonly string[],
  rng: Rng,
  options: DrawOptions | number = {},
): T[] {
  const { count = QUESTIONS_PER_ATTEMPT, avoid = new Set<string>() } =
    typeof options === 'number' ? { count: options } : options;
  const fresh = (items: T[]) => [
    ...items.filter((q) => !avoid.has(q.id)),
    ...items.filter((q) => avoid.has(q.id)),
  ];
  const pools = new Map(
    lessonSlugs.map((slug) => [
      slug,
      fresh(
        shuffleWith(
          bank.filter((q) => q.lesson === slug),
          rng,
        ),
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
    const taken = pool.splice(0, want);
    drawn.push(...taken);
    shortfall += want - taken.length;
  }
  const leftovers = fresh(shuffleWith([...pools.values()].flat(), rng));
  drawn.push(...leftovers.splice(0, shortfall));
  balanceTrueFalse(drawn, pools, avoid);
  return shuffleWith(drawn, rng);
}

/** Swaps drawn true/false items for undrawn ones of the same lesson until the keys are balanced. */
function balanceTrueFalse<T extends Drawable>(
  drawn: T[],
  pools: Map<string, T[]>,
  avoid: ReadonlySet<string>,
): void {
  for (;;) {
    const trues = drawn.filter((q) => tfKey(q) === true).length;
    const falses = drawn.filter((q) => tfKey(q) === false).length;
    if (Math.abs(trues - falses) <= 1) return;
    const heavy = trues > falses;
    let swapped = false;
    for (let i = 0; i < drawn.length && !swapped; i += 1) {
      const out = drawn[i] as T;
      if (tfKey(out) !== heavy) continue;
      const pool = pools.get(out.lesson) ?? [];
      const candidates = pool
        .map((q, index) => ({ q, index }))
        .filter(({ q }) => tfKey(q) === !heavy)
        .sort((a, b) => Number(avoid.has(a.q.id)) - Number(avoid.has(b.q.id)));
      const swap = candidates[0];
      if (!swap) continue;
      drawn[i] = swap.q;
      pool.splice(swap.index, 1, out);
      swapped = true;
    }
    if (!swapped) return;
  }
}

/** The seed that fixes how one question of an attempt is shown, and so which order counts as untouched. */
export const attemptQuestionSeed = (attemptId: string, questionId: string): string =>
  presentationSeed(attemptId, questionId);

interface QuestionResult {
  question: BankItem;
  response?: Response;
  answered: boolean;
  correct: boolean;
  credit: number;
}

interface LessonResult {
  lesson: string;
  points: number;
  total: number;
  /** points / total, 0..1 */
  score: number;
  /** At least LESSON_FLOOR of this lesson's drawn questions. */
  reached: boolean;
}

export interface AttemptResult {
  /** 0..1 */
  score: number;
  points: number;
  total: number;
  /** The overall mark reached the pass mark. */
  overall: boolean;
  /** Every lesson reached LESSON_FLOOR. */
  everyLesson: boolean;
  passed: boolean;
  byLesson: LessonResult[];
  results: QuestionResult[];
}

/** True when `score` reaches `passMark`: 0.8 passes at 80%, 79.9% does not. */
export function isPass(score: number, passMark: number): boolean {
  return score + EPSILON >= passMark;
}

/**
 * Scores a submitted attempt. A question not answered (an ordering still as first shown, a matching with
 * a blank, nothing chosen) earns nothing; partial credit counts. The attempt passes when the overall
 * score reaches `passMark` and every lesson reaches LESSON_FLOOR of its drawn questions. `attemptId`
 * fixes the shown order that counts as untouched; without it every complete response counts.
 */
export function scoreAttempt(
  questions: readonly BankItem[],
  responses: Readonly<Record<string, Response | undefined>>,
  passMark = DEFAULT_PASS_MARK,
  attemptId?: string,
): AttemptResult {
  const results = questions.map((question): QuestionResult => {
    const response = responses[question.id];
    const seed = attemptId === undefined ? undefined : attemptQuestionSeed(attemptId, question.id);
    if (!response || !isAnswered(question, response, seed))
      return { question, ...(response ? { response } : {}), answered: false, correct: false, credit: 0 };
    const scored = scoreResponse(question, response);
    return { question, response, answered: true, correct: scored.correct, credit: scored.credit };
  });
  const points = results.reduce((sum, r) => sum + r.credit, 0);
  const total = questions.length;
  const score = total === 0 ? 0 : points / total;
  const lessons = [...new Set(questions.map((q) => q.lesson))];
  const byLesson = lessons.map((lesson): LessonResult => {
    const mine = results.filter((r) => r.question.lesson === lesson);
    const lessonPoints = mine.reduce((sum, r) => sum + r.credit, 0);
    const lessonScore = mine.length === 0 ? 0 : lessonPoints / mine.length;
    return {
      lesson,
      points: lessonPoints,
      total: mine.length,
      score: lessonScore,
      reached: isPass(lessonScore, LESSON_FLOOR),
    };
  });
  const overall = total > 0 && isPass(score, passMark);
  const everyLesson = byLesson.every((l) => l.reached);
  return { score, points, total, overall, everyLesson, passed: overall && everyLesson, byLesson, results };
}

export interface ReviewTopic {
  lesson: string;
  /** Objectives (1-based) with a question not fully right, in order. */
  objectives: number[];
  /** Sections that teach them, in the order first met. */
  sections: string[];
  /** The lesson fell below LESSON_FLOOR. */
  belowFloor: boolean;
}

/**
 * What to go back over after an attempt that did not pass: for each lesson with a question not fully
 * right, the objectives and sections behind those questions, in course order. It names no answers.
 */
export function reviewTopics(result: AttemptResult, lessonOrder: readonly string[]): ReviewTopic[] {
  const rank = (slug: string) => {
    const i = lessonOrder.indexOf(slug);
    return i < 0 ? lessonOrder.length : i;
  };
  const topics = new Map<string, ReviewTopic>();
  for (const r of result.results) {
    if (r.correct) continue;
    const { lesson, objective, section } = r.question;
    const topic = topics.get(lesson) ?? {
      lesson,
      objectives: [],
      sections: [],
      belowFloor: result.byLesson.find((l) => l.lesson === lesson)?.reached === false,
    };
    if (!topic.objectives.includes(objective)) topic.objectives.push(objective);
    if (!topic.sections.includes(section)) topic.sections.push(section);
    topics.set(lesson, topic);
  }
  return [...topics.values()]
    .map((t) => ({ ...t, objectives: [...t.objectives].sort((a, b) => a - b) }))
    .sort((a, b) => rank(a.lesson) - rank(b.lesson));
}

/** The question ids of the latest submitted attempt: the ones a new attempt avoids where it can. */
export function recentlySeen(attempts: readonly AssessmentAttempt[]): Set<string> {
  const submitted = attempts.filter((a) => a.submittedAt);
  const latest = submitted.reduce<AssessmentAttempt | undefined>(
    (last, a) => (!last || (a.submittedAt ?? '') > (last.submittedAt ?? '') ? a : last),
    undefined,
  );
  return new Set(latest?.questionIds ?? []);
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
