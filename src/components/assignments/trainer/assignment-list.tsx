import { useState } from 'react';
import type { Assignment } from '../../../domain/assignments/assignment';
import { formatDate } from '../../../domain/assignments/due-dates';
import { ShareAssignment } from './share-assignment';

export interface ListedAssignment {
  assignment: Assignment;
  retiredAt?: string;
  url: string;
}

function Item({
  item,
  onRetire,
  onRestore,
}: {
  item: ListedAssignment;
  onRetire: (id: string) => void;
  onRestore: (id: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const { assignment } = item;
  const what = [
    `${assignment.modules.length} module${assignment.modules.length === 1 ? '' : 's'}`,
    assignment.assessment ? `final assessment (pass mark ${assignment.passMark}%)` : '',
  ].filter(Boolean);
  const panel = `share-${assignment.id}`;
  return (
    <li className="created-assignment">
      <h3>{assignment.group}</h3>
      <p className="muted">
        Due {formatDate(assignment.due)} · {what.join(' and ')} · made{' '}
        {formatDate(assignment.createdAt.slice(0, 10))}
      </p>
      <div className="actions compact">
        {!item.retiredAt && (
          <button
            type="button"
            className="button small secondary"
            aria-expanded={open}
            aria-controls={panel}
            onClick={() => setOpen(!open)}
            aria-label={`${open ? 'Hide link' : 'Show link and QR code'} for ${assignment.group}`}
          >
            {open ? 'Hide link' : 'Show link and QR code'}
          </button>
        )}
        {item.retiredAt ? (
          <button
            type="button"
            className="button small secondary"
            aria-label={`Restore ${assignment.group}`}
            onClick={() => onRestore(assignment.id)}
          >
            Restore
          </button>
        ) : (
          <button
            type="button"
            className="button small secondary"
            aria-label={`Retire ${assignment.group}`}
            onClick={() => onRetire(assignment.id)}
          >
            Retire
          </button>
        )}
      </div>
      {open && !item.retiredAt && (
        <div id={panel}>
          <ShareAssignment assignment={assignment} url={item.url} />
        </div>
      )}
    </li>
  );
}

/** Assignments made on this device: share again, retire (hide from the list), or restore. */
export function AssignmentList({
  items,
  onRetire,
  onRestore,
}: {
  items: ListedAssignment[];
  onRetire: (id: string) => void;
  onRestore: (id: string) => void;
}) {
  const active = items.filter((i) => !i.retiredAt);
  const retired = items.filter((i) => i.retiredAt);
  return (
    <section className="assignment-list" aria-labelledby="created-title">
      <h2 id="created-title">Assignments made on this device</h2>
      {active.length === 0 ? (
        <p className="muted">None yet. Assignments you create appear here so you can share them again.</p>
      ) : (
        <ul className="created-list">
          {active.map((item) => (
            <Item key={item.assignment.id} item={item} onRetire={onRetire} onRestore={onRestore} />
          ))}
        </ul>
      )}
      {retired.length > 0 && (
        <details className="retired">
          <summary>Retired assignments ({retired.length})</summary>
          <p className="muted">Retiring only hides an assignment here; links already sent keep working.</p>
          <ul className="created-list">
            {retired.map((item) => (
              <Item key={item.assignment.id} item={item} onRetire={onRetire} onRestore={onRestore} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
