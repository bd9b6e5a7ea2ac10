import { Link } from 'react-router';
import { paths } from '../../config/paths';
import type { LessonStatus } from '../../domain/course/progress';
import { StatusBadge } from '../ui/status-badge';

interface ModuleSummary {
  slug: string;
  title: string;
  summary: string;
  minutes: number;
}

export function ModuleCard({
  lesson,
  number,
  status,
}: {
  lesson: ModuleSummary;
  number: number;
  status: LessonStatus;
}) {
  return (
    <li className={`module-card status-${status}`}>
      <span className="module-number" aria-hidden="true">
        {number}
      </span>
      <div className="module-body">
        <h3>
          <Link to={paths.lesson.to(lesson.slug)}>
            <span className="visually-hidden">Module {number}:</span> {lesson.title}
          </Link>
        </h3>
        <p>{lesson.summary}</p>
        <p className="module-meta">
          <StatusBadge status={status} />
          <span>{lesson.minutes} min</span>
        </p>
      </div>
    </li>
  );
}
