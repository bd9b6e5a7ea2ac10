import type { Assignment } from '../../../domain/assignments/assignment';
import { dueText, formatDate } from '../../../domain/assignments/due-dates';

export interface ModuleName {
  slug: string;
  title: string;
  /** False when this version of the course has no such lesson. */
  known: boolean;
}

/** What an assignment asks for: modules, final assessment, due date, and the trainer's message. */
export function AssignmentDetails({
  assignment,
  modules,
  today,
}: {
  assignment: Assignment;
  modules: ModuleName[];
  today: string;
}) {
  const late = dueText(assignment.due, today);
  return (
    <div className="assignment-details">
      <dl className="assignment-facts">
        <div>
          <dt>Group</dt>
          <dd>{assignment.group}</dd>
        </div>
        {assignment.trainer && (
          <div>
            <dt>From</dt>
            <dd>{assignment.trainer}</dd>
          </div>
        )}
        <div>
          <dt>Due</dt>
          <dd>
            {formatDate(assignment.due)} ({late})
          </dd>
        </div>
        {assignment.assessment && (
          <div>
            <dt>Pass mark</dt>
            <dd>{assignment.passMark}% in the final assessment</dd>
          </div>
        )}
      </dl>
      <h2 className="assignment-subtitle">What to complete</h2>
      <ol className="assignment-module-list">
        {modules.map((m) => (
          <li key={m.slug}>
            {m.title}
            {!m.known && <span className="muted"> (this version of the course has no such module)</span>}
          </li>
        ))}
        {assignment.assessment && <li>Final assessment</li>}
      </ol>
      {assignment.message && (
        <figure className="trainer-message">
          <blockquote>
            <p>{assignment.message}</p>
          </blockquote>
          <figcaption>Message from {assignment.trainer ?? 'your trainer'}</figcaption>
        </figure>
      )}
    </div>
  );
}
