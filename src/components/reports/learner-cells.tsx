import { formatShortDate, localDate } from '../../domain/assignments/due-dates';
import { LEARNER_STATUS_LABEL } from '../../domain/reports/report-aggregate';
import type { LearnerRow, LearnerStatus } from '../../domain/reports/report-aggregate';

const ICON: Record<LearnerStatus, string> = {
  'not-started': '○',
  'in-progress': '◐',
  complete: '✓',
  overdue: '⚠',
};

function LearnerStatusBadge({ status }: { status: LearnerStatus }) {
  return (
    <span className={`badge badge-${status}`}>
      <span aria-hidden="true">{ICON[status]}</span> {LEARNER_STATUS_LABEL[status]}
    </span>
  );
}

const scoreText = (row: LearnerRow) =>
  row.finalScore === null ? '–' : `${Math.round(row.finalScore * 100)}%`;

const activityText = (row: LearnerRow) =>
  row.lastActivity ? formatShortDate(localDate(new Date(row.lastActivity))) : '–';

/** The data cells of one learner row, shared by the on-screen and the printed table. */
export function LearnerCells({ row }: { row: LearnerRow }) {
  const contact = [row.email, row.employeeId].filter(Boolean).join(' · ');
  return (
    <>
      <td title={contact || undefined}>
        {row.name}
        {row.conflictWith.length > 0 && (
          <span className="conflict-mark">
            {' '}
            <span aria-hidden="true">⚠</span> same {row.employeeId ? 'id' : 'email'} as{' '}
            {row.conflictWith.join(', ')}
          </span>
        )}
      </td>
      <td>{row.group}</td>
      <td>
        <span aria-hidden="true">
          {row.done} / {row.total}
        </span>
        <span className="visually-hidden">
          {row.done} of {row.total}
        </span>
      </td>
      <td>{row.finalScore === null ? <span aria-label="none">–</span> : scoreText(row)}</td>
      <td>
        <LearnerStatusBadge status={row.status} />
      </td>
      <td>{formatShortDate(row.due)}</td>
      <td>{row.lastActivity ? activityText(row) : <span aria-label="none">–</span>}</td>
    </>
  );
}

export const COLUMNS = [
  { key: 'name', label: 'Name' },
  { key: 'group', label: 'Group' },
  { key: 'done', label: 'Done' },
  { key: 'finalScore', label: 'Final score' },
  { key: 'status', label: 'Status' },
  { key: 'due', label: 'Due' },
  { key: 'lastActivity', label: 'Last activity' },
] as const;
