import { useMemo, useRef, useState } from 'react';
import { paths } from '../../config/paths';
import { assessmentBank } from '../../content/assessment-bank';
import { objectives } from 'virtual:lesson-objectives';
import { courseLessons } from '../../content/course';
import { practisedItems } from '../../domain/assessment/review-items';
import {
  attemptSize,
  drawQuestions,
  LESSON_FLOOR,
  QUESTIONS_PER_LESSON,
  recentlySeen,
  scoreAttempt,
  summariseAttempts,
} from '../../domain/assessment/assessment';
import type { BankItem } from '../../domain/assessment/assessment';
import { attemptGate, describeAttemptPolicy } from '../../domain/assessment/attempt-rules';
import { assignedAttemptPolicy, assignedPassMark } from '../../domain/assignments/assigned-pass-mark';
import { scopeOfAttempt } from '../../domain/assignments/assessment-scope';
import type { AssessmentScope } from '../../domain/assignments/assessment-scope';
import { formatPercent } from '../../domain/assessment/certificate';
import type { AssessmentAttempt } from '../../domain/course/progress';
import type { Response } from '../../domain/activities/quiz-types';
import { assessmentAnswerEvents } from '../../domain/assessment/assessment-answers';
import { responseInWords } from '../../components/activities/quiz/quiz-describe';
import { useProgressActions, useProgressData } from '../../state/progress/selectors';
import { AssessmentForm } from '../../components/assessment/assessment-form';
import { AssessmentResult } from '../../components/assessment/assessment-result';
import { AttemptGateNotice } from '../../components/assessment/attempt-gate-notice';
import { lessonTitles as titles } from '../../components/assessment/lesson-titles';

/** The lessons with their objectives, for the topics a result sends the learner back to. */
const resultLessons = courseLessons.map((l) => ({ ...l, objectives: objectives[l.slug] ?? [] }));

const byId = new Map(assessmentBank.map((q) => [q.id, q]));

/** Where each bank question is taught, as a link into the lesson section. */
const teachers = Object.fromEntries(
  assessmentBank.map((q) => {
    const lesson = courseLessons.find((l) => l.slug === q.lesson);
    const section = lesson?.sections.find((s) => s.id === q.section);
    return [
      q.id,
      {
        href: paths.lesson.to(q.lesson, q.section),
        label: `${lesson?.title ?? q.lesson} › ${section?.title ?? 'the lesson'}`,
      },
    ];
  }),
);

/**
 * A new sitting drawn from the lessons in scope only (recording them when an assignment narrowed it). It draws
 * first from questions the learner has not just sat nor met in warm-ups and review sets, so practice does not
 * hand out the assessment in advance (where a lesson has others left).
 */
function newAttempt(
  passMark: number,
  attempts: readonly AssessmentAttempt[],
  scope: AssessmentScope,
  practised: ReadonlySet<string>,
): AssessmentAttempt {
  const slugs = scope.lessons.map((l) => l.slug);
  const questions = drawQuestions(assessmentBank, slugs, Math.random, {
    count: attemptSize(slugs.length),
    avoid: new Set([...recentlySeen(attempts), ...practised]),
  });
  const lessons = scopeOfAttempt(scope);
  return {
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    startedAt: new Date().toISOString(),
    questionIds: questions.map((q) => q.id),
    responses: {},
    passMark,
    ...(lessons ? { lessons } : {}),
  };
}

const questionsOf = (attempt: AssessmentAttempt) =>
  attempt.questionIds.map((id) => byId.get(id)).filter((q): q is BankItem => Boolean(q));

const scored = (attempt: AssessmentAttempt) =>
  scoreAttempt(
    questionsOf(attempt),
    attempt.responses as Record<string, Response>,
    attempt.passMark,
    attempt.id,
  );

/**
 * The open final assessment: its rules and Start, a sitting in progress, or the latest result. It holds the
 * question bank, so it loads only once the assessment is open to the learner.
 */
export function AssessmentSitting({ scope }: { scope: AssessmentScope }) {
  const data = useProgressData();
  const { saveAttempt } = useProgressActions();
  const summary = useMemo(() => summariseAttempts(data.assessment.attempts), [data.assessment.attempts]);
  const passMark = assignedPassMark(data.assignments);
  const policy = assignedAttemptPolicy(data.assignments);
  const gate = attemptGate(policy, data.assessment.attempts, new Date());
  const [justSubmitted, setJustSubmitted] = useState(false);
  /** Time spent on each question of the open attempt in this session, for the LMS's interaction records. */
  const timing = useRef<{ attempt: string; at: number; spent: Record<string, number> } | null>(null);
  const timeAnswer = (attempt: string, question: string) => {
    const now = Date.now();
    const current = timing.current?.attempt === attempt ? timing.current : null;
    if (current) current.spent[question] = (current.spent[question] ?? 0) + (now - current.at);
    timing.current = { attempt, at: now, spent: current?.spent ?? {} };
  };
  const start = () => {
    if (!gate.allowed) return;
    setJustSubmitted(false);
    saveAttempt(newAttempt(passMark, data.assessment.attempts, scope, practisedItems(data)));
  };

  const open = summary.open;
  const latest = summary.latest;
  const count = scope.lessons.length;
  const rules = (
    <ul className="assessment-rules">
      {scope.partial && (
        <li>Your assignment covers {titles(scope.lessons)}: the questions come from those lessons only.</li>
      )}
      <li>
        {attemptSize(count)} questions, {QUESTIONS_PER_LESSON} from each of the {count}{' '}
        {scope.partial ? 'assigned ' : ''}lessons, drawn at random. A new sitting avoids the questions you
        have just seen, and those you met in warm-ups and reviews, where it can.
      </li>
      <li>
        You pass with {formatPercent(passMark)} or more overall and at least{' '}
        {LESSON_FLOOR === 0.5 ? 'half' : formatPercent(LESSON_FLOOR)} of each lesson&apos;s questions. Partly
        right answers earn part of the mark; a question left as first shown earns nothing.
      </li>
      <li>{describeAttemptPolicy(policy)}</li>
      <li>Your answers are saved as you go, so you can come back to finish.</li>
    </ul>
  );
  return open ? (
    <AssessmentForm
      questions={questionsOf(open)}
      attemptId={open.id}
      responses={open.responses as Record<string, Response | undefined>}
      onAnswer={(id, response) => {
        timeAnswer(open.id, id);
        saveAttempt({ ...open, responses: { ...open.responses, [id]: response } });
      }}
      onSubmit={() => {
        const result = scored(open);
        const spent = timing.current?.attempt === open.id ? timing.current.spent : {};
        saveAttempt(
          {
            ...open,
            submittedAt: new Date().toISOString(),
            score: result.score,
            passed: result.passed,
          },
          assessmentAnswerEvents(open.id, result, responseInWords, spent),
        );
        setJustSubmitted(true);
        window.scrollTo({ top: 0, behavior: 'instant' });
      }}
    />
  ) : latest ? (
    <>
      <AssessmentResult
        result={scored(latest)}
        passMark={latest.passMark}
        best={summary.best?.score}
        attempts={data.assessment.attempts.filter((a) => a.submittedAt).length}
        teachers={teachers}
        lessons={resultLessons}
        gate={gate}
        onRetry={start}
        certificateHref={paths.certificate.to()}
        focusOnShow={justSubmitted}
      />
      <section aria-labelledby="rules-title" className="assessment-rules-box">
        <h2 id="rules-title">The rules</h2>
        {rules}
      </section>
    </>
  ) : (
    <section aria-labelledby="intro-title">
      <h2 id="intro-title">How it works</h2>
      {rules}
      {gate.allowed ? (
        <p className="actions">
          <button type="button" className="button primary" onClick={start}>
            Start the assessment
          </button>
        </p>
      ) : (
        <AttemptGateNotice gate={gate} />
      )}
    </section>
  );
}
