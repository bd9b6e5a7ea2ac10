import { STATUS_LABEL } from '../../domain/course/progress';
import type { LessonStatus } from '../../domain/course/progress';

const ICON: Record<LessonStatus, string> = { 'not-started': '○', 'in-progress': '◐', complete: '✓' };

/** Status in words with an icon, never by colour alone. */
export function StatusBadge({ status }: { status: LessonStatus }) {
  return (
    <span className={`badge badge-${status}`}>
      <span className="badge-icon" aria-hidden="true">
        {ICON[status]}
      </span>{' '}
      {STATUS_LABEL[status]}
    </span>
  );
}
