import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { assessmentBank } from '../../content/assessment-bank';
import { courseLessons } from '../../content/course';
import {
  assessmentAvailability,
  drawQuestions,
  scoreAttempt,
  summariseAttempts,
} from '../../domain/assessment/assessment';
import type { BankItem } from '../../domain/assessment/assessment';
import { assessmentAnswerEvents } from '../../domain/assessment/assessment-answers';
import { assignedPassMark } from '../../domain/assignments/assigned-pass-mark';
import { formatPercent } from '../../domain/assessment/certificate';
import type { AssessmentAttempt } from '../../domain/course/progress';
import type { Response } from '../../domain/activities/quiz-types';
import { initialResponse } from '../../components/activities/quiz/question-input';
import { responseInWords } from '../../components/activities/quiz/quiz-describe';
import { AssessmentForm } from '../../components/assessment/assessment-form';
import { AssessmentResult } from '../../components/assessment/assessment-result';
import { PageHeading } from '../../components/layout/page-heading';
import { useProgressActions, useProgressData } from '../../state/progress/selectors';

const byId = new Map(assessmentBank.map((q) => [q.id, q as BankItem]));

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

function newAttempt(passMark: number): AssessmentAttempt {
  const questions = drawQuestions(
    assessmentBank,
    courseLessons.map((l) => l.slug),
    Math.random,
  );
  const responses: Record<string, unknown> = {};
  for (const q of questions) {
    const start = initialResponse(q);
    if (start) responses[q.id] = start;
  }
  return {
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    startedAt: new Date().toISOString(),
    questionIds: questions.map((q) => q.id),
    responses,
    passMark,
  };
}

const questionsOf = (attempt: AssessmentAttempt) =>
  attempt.questionIds.map((id) => byId.get(id)).filter((q): q is BankItem => Boolean(q));

export function AssessmentPage() {
  const data = useProgressData();
  const { saveAttempt } = useProgressActions();
  const availability = useMemo(() => assessmentAvailability(courseLessons, data), [data]);
  const summary = useMemo(() => summariseAttempts(data.assessment.attempts), [data.assessment.attempts]);
  const passMark = assignedPassMark(data.assignments);
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
    setJustSubmitted(false);
    saveAttempt(newAttempt(passMark));
  };

  if (!availability.open) {
    return (
      <section className="page narrow" aria-labelledby="page-title">
        <p className="eyebrow">Final assessment</p>
        <PageHeading>The assessment opens when every lesson is complete</PageHeading>
        <p>
          You have {availability.remaining.length}{' '}
          {availability.remaining.length === 1 ? 'lesson' : 'lessons'} left:
        </p>
        <ul className="remaining-list">
          {availability.remaining.map((lesson) => (
            <li key={lesson.slug}>
              <Link to={paths.lesson.to(lesson.slug)}>{lesson.title}</Link>
            </li>
          ))}
        </ul>
      </section>
    );
  }

  const open = summary.open;
  const latest = summary.latest;
  return (
    <div className="page narrow assessment-page">
      <p className="eyebrow">Final assessment</p>
      <PageHeading>Final assessment</PageHeading>
      {open ? (
        <AssessmentForm
          questions={questionsOf(open)}
          responses={open.responses as Record<string, Response | undefined>}
          onAnswer={(id, response) => {
            timeAnswer(open.id, id);
            saveAttempt({ ...open, responses: { ...open.responses, [id]: response } });
          }}
          onSubmit={() => {
            const result = scoreAttempt(
              questionsOf(open),
              open.responses as Record<string, Response>,
              open.passMark,
            );
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
        <AssessmentResult
          result={scoreAttempt(
            questionsOf(latest),
            latest.responses as Record<string, Response>,
            latest.passMark,
          )}
          passMark={latest.passMark}
          best={summary.best?.score}
          attempts={data.assessment.attempts.filter((a) => a.submittedAt).length}
          teachers={teachers}
          onRetry={start}
          certificateHref={paths.certificate.to()}
          focusOnShow={justSubmitted}
        />
      ) : (
        <section aria-labelledby="intro-title">
          <h2 id="intro-title">How it works</h2>
          <ul>
            <li>15 questions drawn at random from all six lessons, a new set each time.</li>
            <li>
              You pass with {formatPercent(passMark)} or more. Partly right answers earn part of the mark.
            </li>
            <li>Take it as often as you like: your best and latest scores are kept.</li>
            <li>Your answers are saved as you go, so you can come back to finish.</li>
          </ul>
          <p className="actions">
            <button type="button" className="button primary" onClick={start}>
              Start the assessment
            </button>
          </p>
        </section>
      )}
    </div>
  );
}
