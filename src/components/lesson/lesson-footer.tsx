import { Link } from 'react-router';
import { paths } from '../../config/paths';
import type { LessonCompletion, Neighbours } from '../../domain/course/progress';

const KIND_LABEL: Partial<Record<string, string>> = {
  quiz: 'the knowledge check',
  reflection: 'the reflection',
  roleplay: 'the role-play',
  definitions: 'the definitions exercise',
};

/**
 * The end of a lesson: whether it is complete, what is left if not, and where to go next. After the last
 * lesson comes the final assessment (`finale`), or the certificate once it is passed.
 */
export function LessonFooter({
  completion,
  nav,
  finale = 'assessment',
}: {
  completion: LessonCompletion;
  nav: Neighbours;
  finale?: 'assessment' | 'certificate';
}) {
  return (
    <footer className="lesson-footer">
      <div className={`completion ${completion.complete ? 'is-complete' : ''}`} role="status">
        {completion.complete ? (
          <p>
            <span aria-hidden="true">✓ </span>
            <strong>Lesson complete.</strong> Your progress is saved.
          </p>
        ) : (
          <>
            <p>
              <strong>To complete this lesson</strong>, read to the end and finish every activity.
            </p>
            {completion.missing.length > 0 && (
              <ul>
                {completion.missing.map((activity) => (
                  <li key={activity.id}>
                    <a href={`#${activity.id}`}>Finish {KIND_LABEL[activity.kind] ?? 'the activity'}</a>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      <nav className="lesson-nav" aria-label="Lessons">
        {nav.previous ? (
          <Link className="lesson-nav-link" to={paths.lesson.to(nav.previous.slug)} rel="prev">
            <span className="lesson-nav-dir">Previous</span> <span>{nav.previous.title}</span>
          </Link>
        ) : (
          <span />
        )}
        {nav.next ? (
          <Link className="lesson-nav-link next" to={paths.lesson.to(nav.next.slug)} rel="next">
            <span className="lesson-nav-dir">Next</span> <span>{nav.next.title}</span>
          </Link>
        ) : finale === 'certificate' ? (
          <Link className="lesson-nav-link next" to={paths.certificate.to()}>
            <span className="lesson-nav-dir">Course passed</span> <span>Your certificate</span>
          </Link>
        ) : (
          <Link className="lesson-nav-link next" to={paths.assessment.to()}>
            <span className="lesson-nav-dir">Last lesson · next</span> <span>The final assessment</span>
          </Link>
        )}
      </nav>
    </footer>
  );
}
