import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { AssignmentPlan } from '../../../domain/assignments/assignments';
import { formatDate } from '../../../domain/assignments/due-dates';
import { StatusBadge } from '../../ui/status-badge';
import { RecordExport } from './record-export';

/** One accepted assignment on the learner's assignments page: progress, due date, and sending the record. */
export function AcceptedAssignment({
  plan,
  makeRecord,
}: {
  plan: AssignmentPlan;
  makeRecord: () => { fileName: string; json: string; code: string };
}) {
  const { assignment } = plan;
  const late = plan.due.kind === 'overdue' && !plan.complete;
  return (
    <article className="accepted-assignment" aria-labelledby={`assignment-${assignment.id}`}>
      <h2 id={`assignment-${assignment.id}`}>{assignment.group}</h2>
      <p className={`due-line${late ? ' is-overdue' : ''}`}>
        <span aria-hidden="true">{late ? '⚠ ' : ''}</span>
        Due {formatDate(assignment.due)} · <strong>{plan.complete ? 'Done' : plan.dueText}</strong> ·{' '}
        {plan.done} of {plan.total} done
      </p>
      <ol className="assigned-modules" aria-label={`Assigned to ${assignment.group}`}>
        {plan.modules.map((module) => (
          <li key={module.slug}>
            {module.number === null ? (
              <span>{module.title} (not in this version of the course)</span>
            ) : (
              <Link to={paths.lesson.to(module.slug)}>{module.title}</Link>
            )}
            <StatusBadge status={module.status} />
          </li>
        ))}
        {plan.assessment && (
          <li>
            <Link to={paths.assessment.to()}>Final assessment</Link>
            <span className="muted">pass mark {assignment.passMark}%</span>
            <StatusBadge status={plan.assessment.status} />
          </li>
        )}
      </ol>
      <RecordExport group={assignment.group} makeRecord={makeRecord} />
    </article>
  );
}
