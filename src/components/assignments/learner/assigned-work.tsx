import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { AssignmentPlan } from '../../../domain/assignments/assignments';
import { formatDate } from '../../../domain/assignments/due-dates';
import { StatusBadge } from '../../ui/status-badge';
import './assigned-work.css';
import './assignment.css';

function DueLine({ plan }: { plan: AssignmentPlan }) {
  const late = plan.due.kind === 'overdue' && !plan.complete;
  return (
    <p className={`due-line${late ? ' is-overdue' : ''}`}>
      <span aria-hidden="true">{late ? '⚠ ' : ''}</span>
      Due {formatDate(plan.assignment.due)} · <strong>{plan.complete ? 'Done' : plan.dueText}</strong>
    </p>
  );
}

/** The course home's list of assigned work: each assignment's modules first, with its due date. */
export function AssignedWork({ plans }: { plans: AssignmentPlan[] }) {
  if (plans.length === 0) return null;
  return (
    <section className="assigned-work" aria-labelledby="assigned-title">
      <h2 id="assigned-title">Assigned to you</h2>
      <ul className="assignment-cards">
        {plans.map((plan) => (
          <li key={plan.assignment.id} className="assignment-card">
            <h3>{plan.assignment.group}</h3>
            <DueLine plan={plan} />
            <p className="assignment-count">
              {plan.done} of {plan.total} done
            </p>
            <ol className="assigned-modules" aria-label={`Assigned to ${plan.assignment.group}`}>
              {plan.modules.map((module) => (
                <li key={module.slug}>
                  {module.number === null ? (
                    <span>{module.title} (not in this version of the course)</span>
                  ) : (
                    <Link to={paths.lesson.to(module.slug)}>
                      <span className="visually-hidden">Module {module.number}:</span> {module.title}
                    </Link>
                  )}
                  <StatusBadge status={module.status} />
                </li>
              ))}
              {plan.assessment && (
                <li>
                  <Link to={paths.assessment.to()}>Final assessment</Link>
                  <StatusBadge status={plan.assessment.status} />
                </li>
              )}
            </ol>
          </li>
        ))}
      </ul>
      <p>
        <Link to={paths.assignment.to()}>Send my completion record</Link>
      </p>
    </section>
  );
}
