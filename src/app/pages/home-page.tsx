import { lazy, Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { COURSE_TITLE, courseLessons } from '../../content/course';
import { courseProgress, lessonStatus, resumeTarget } from '../../domain/course/progress';
import { courseEnd } from '../../domain/course/outline';
import { reviewOn } from '../../domain/assignments/assignment';
import { assignmentPlans } from '../../domain/assignments/assignments';
import { localDate } from '../../domain/assignments/due-dates';
import { AssignedWork } from '../../components/assignments/learner/assigned-work';
import { CoursePassed } from '../../components/certificate/course-passed';
import { PageHeading } from '../../components/layout/page-heading';
import { ModuleCard } from '../../components/layout/module-card';
import { ProgressBar } from '../../components/ui/progress-bar';
import { useProgressData } from '../../state/progress/selectors';

/** Spaced review, with its questions: a chunk of its own, loaded only when there is a review to show. */
const DueReviewOnHome = lazy(() =>
  import('../../content/review-entry').then((m) => ({ default: m.DueReviewOnHome })),
);

export function HomePage() {
  const data = useProgressData();
  const progress = useMemo(() => courseProgress(courseLessons, data), [data]);
  const resume = useMemo(() => resumeTarget(courseLessons, data), [data]);
  const resumeLesson = courseLessons.find((l) => l.slug === resume?.slug);
  const resumeSection = resumeLesson?.sections.find((s) => s.id === resume?.section);
  const end = useMemo(() => courseEnd(courseLessons, data), [data]);
  const assigned = useMemo(() => assignmentPlans(data, courseLessons, localDate(new Date())), [data]);
  // Spaced review (what is due, when the next set comes) loads in its own chunk, once a lesson is complete.
  const review = useMemo(
    () => reviewOn(data.assignments) && courseLessons.some((l) => data.lessons[l.slug]?.completedAt),
    [data],
  );

  return (
    <div className="page home">
      <section className="hero" aria-labelledby="page-title">
        <p className="eyebrow">Customer service course</p>
        <PageHeading>{COURSE_TITLE}</PageHeading>
        <p className="lead">
          Six short modules on treating every customer, inside and outside the company, so they come back.
          Read, answer, practise real conversations, and earn your certificate.
        </p>
        <div className="course-progress">
          <ProgressBar
            value={progress.fraction}
            label="Course progress"
            valueText={`${progress.completed} of ${progress.total} lessons complete`}
            className="large"
          />
          <p>
            <strong>
              {progress.completed} of {progress.total} lessons complete
            </strong>
            {progress.minutesLeft > 0 && <> · about {progress.minutesLeft} minutes left</>}
          </p>
        </div>
        {end.stage === 'passed' ? (
          <CoursePassed score={end.score} passedOn={end.passedOn} />
        ) : resume && resumeLesson ? (
          <Link className="button primary large" to={paths.lesson.to(resume.slug, resume.section)}>
            {resume.fresh ? 'Start the course' : 'Continue'}
            <span className="button-detail">
              {resumeLesson.title}
              {resumeSection ? ` · ${resumeSection.title}` : ''}
            </span>
          </Link>
        ) : (
          <div className="done-message">
            <p>Every lesson is complete. Well done.</p>
            <Link className="button primary large" to={paths.assessment.to()}>
              Take the final assessment
            </Link>
          </div>
        )}
      </section>

      {review && (
        <Suspense fallback={null}>
          <DueReviewOnHome />
        </Suspense>
      )}

      <AssignedWork plans={assigned} />

      <section aria-labelledby="modules-title">
        <h2 id="modules-title">Modules</h2>
        <ol className="module-list" aria-labelledby="modules-title">
          {courseLessons.map((lesson, index) => (
            <ModuleCard
              key={lesson.slug}
              lesson={lesson}
              number={index + 1}
              status={lessonStatus(lesson, data)}
            />
          ))}
        </ol>
      </section>
    </div>
  );
}
