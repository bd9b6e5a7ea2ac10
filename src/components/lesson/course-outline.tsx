import { useId, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { useWideScreen } from '../layout/use-wide-screen';
import type { CourseOutline as Outline } from '../../domain/course/outline';
import { STATUS_LABEL } from '../../domain/course/progress';
import './course-outline.css';

/**
 * Every lesson of the course beside the one being read: a tick on each one complete, the current one
 * highlighted, and the final assessment last. Open beside the lesson on wide screens; on phones it folds
 * behind a button, so the lesson comes first.
 */
export function CourseOutline({ outline }: { outline: Outline }) {
  const id = useId();
  const [chosen, setChosen] = useState<boolean | null>(null);
  // Prerendered, the width is unknown: the stylesheet shows or folds the list by width until the script runs.
  const isWide = useWideScreen(null);
  const open = chosen ?? isWide;
  return (
    <nav className={`course-outline${open === null ? ' by-width' : ''}`} aria-labelledby={`${id}-title`}>
      <button
        type="button"
        className="outline-toggle"
        aria-expanded={open ?? undefined}
        aria-controls={`${id}-list`}
        onClick={() => setChosen(!open)}
      >
        <span className="outline-chevron" aria-hidden="true" />
        <span id={`${id}-title`} className="outline-title">
          Course outline
        </span>
        <span className="outline-count">
          {outline.completed} of {outline.total} complete
        </span>
      </button>
      <ol id={`${id}-list`} className="outline-list" hidden={open === false}>
        {outline.items.map((item) => (
          <li
            key={item.slug}
            className={`outline-item status-${item.status}${item.current ? ' is-current' : ''}`}
          >
            <Link to={paths.lesson.to(item.slug)} aria-current={item.current ? 'page' : undefined}>
              <span className="outline-mark" aria-hidden="true">
                {item.status === 'complete' ? '✓' : item.number}
              </span>
              <span className="outline-name">
                <span className="visually-hidden">Module {item.number}:</span> {item.title}{' '}
                <span className="visually-hidden">
                  ({STATUS_LABEL[item.status]}
                  {item.current ? ', you are here' : ''})
                </span>
              </span>
            </Link>
          </li>
        ))}
        <li className={`outline-item outline-final${outline.assessment.passed ? ' status-complete' : ''}`}>
          <Link to={outline.assessment.passed ? paths.certificate.to() : paths.assessment.to()}>
            <span className="outline-mark" aria-hidden="true">
              {outline.assessment.passed ? '✓' : '★'}
            </span>
            <span className="outline-name">
              {outline.assessment.passed ? (
                <>
                  Your certificate
                  <span className="visually-hidden"> (final assessment passed)</span>
                </>
              ) : (
                'Final assessment'
              )}
            </span>
          </Link>
        </li>
      </ol>
    </nav>
  );
}
