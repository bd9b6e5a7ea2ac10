import { Suspense, useMemo } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { courseLessons } from '../../content/course';
import { assessmentAvailability } from '../../domain/assessment/assessment';
import { assessmentScope } from '../../domain/assignments/assessment-scope';
import { lazyComponent, loadOnce } from '../../components/load-once';
import { lessonTitles as titles } from '../../components/assessment/lesson-titles';
import { PageHeading } from '../../components/layout/page-heading';
import { useProgressData } from '../../state/progress/selectors';
import '../../components/assessment/assessment.css';
import { LoadingLine } from '../../components/ui/loading-line';

/** The sitting and its question bank load once the assessment is open. */
const loadSitting = loadOnce(() => import('./assessment-sitting').then((m) => m.AssessmentSitting));
const AssessmentSitting = lazyComponent(loadSitting);

export function AssessmentPage() {
  const data = useProgressData();
  const scope = useMemo(() => assessmentScope(data.assignments, courseLessons), [data.assignments]);
  const availability = useMemo(() => assessmentAvailability(scope.lessons, data), [scope, data]);

  if (!availability.open) {
    return (
      <section className="page narrow" aria-labelledby="page-title">
        <p className="eyebrow">Final assessment</p>
        <PageHeading>
          {scope.partial
            ? 'The assessment opens when your assigned lessons are complete'
            : 'The assessment opens when every lesson is complete'}
        </PageHeading>
        {scope.partial && (
          <p>Your assignment covers {titles(scope.lessons)}, so the assessment asks about those only.</p>
        )}
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
  return (
    <div className="page narrow assessment-page">
      <p className="eyebrow">Final assessment</p>
      <PageHeading>Final assessment</PageHeading>
      <Suspense fallback={<LoadingLine>Loading the assessment…</LoadingLine>}>
        <AssessmentSitting scope={scope} />
      </Suspense>
    </div>
  );
}
