import { formatShortDate, localDate } from '../../domain/assignments/due-dates';
import { LEARNER_STATUS_LABEL } from '../../domain/reports/report-aggregate';
import type { LearnerRow, LearnerStatus } from '../../domain/reports/report-aggregate';
import { TruncatedText } from './truncated-text';

const ICON: Record<LearnerStatus, string> = {
  'not-started': '○',
  'in-progress': '◐',
  complete: '✓',
  overdue: '⚠',
};

export function LearnerStatusBadge({ status }: { status: LearnerStatus }) {
  return (
    <span className={`badge badge-${status}`}>
      <span aria-hidden="true">{ICON[status]}</span> {LEARNER_STATUS_LABEL[status]}
    </span>
  );
}

/** A dash that screen readers read as "none". */
export const None = () => <span aria-label="none">–</span>;

export const scoreText = (row: LearnerRow) =>
  row.finalScore === null ? null : `${Math.round(row.finalScore * 100)}%`;

export const activityText = (row: LearnerRow) =>
  row.lastActivity ? formatShortDate(localDate(new Date(row.lastActivity))) : null;

export function ConflictMark({ row }: { row: LearnerRow }) {
  if (row.conflictWith.length === 0) return null;
  return (
    <span className="conflict-mark">
      {' '}
      <span aria-hidden="true">⚠</span> same {row.employeeId ? 'id' : 'email'} as{' '}
      {row.conflictWith.join(', ')}
    </span>
  );
}

export function DoneCount({ row }: { row: LearnerRow }) {
  return (
    <>
      <span aria-hidden="true">
        {row.done} / {row.total}
      </span>
      <span className="visually-hidden">
        {row.done} of {row.total}
      </span>
    </>
  );
}

/**
 * The data cells of one learner row, shared by the on-screen and the printed table. `width` is the
 * on-screen table's width, so cut-off text is checked again when it changes (0 when printing).
 */
export function LearnerCells({ row, width = 0 }: { row: LearnerRow; width?: number }) {
  const text = (value: string) => (value ? <TruncatedText text={value} width={width} /> : <None />);
  return (
    <>
      <td>
        {row.conflictWith.length > 0 ? (
          <span className="cell-wrap">
            {row.name}
            <ConflictMark row={row} />
          </span>
        ) : (
          <TruncatedText text={row.name} width={width} />
        )}
      </td>
      <td>{text(row.email)}</td>
      <td>{text(row.employeeId)}</td>
      <td>{text(row.group)}</td>
      <td>
        <DoneCount row={row} />
      </td>
      <td>{scoreText(row) ?? <None />}</td>
      <td>
        <LearnerStatusBadge status={row.status} />
      </td>
      <td>{formatShortDate(row.due)}</td>
      <td>{activityText(row) ?? <None />}</td>
    </>
  );
}

export const COLUMNS = [
  { key: 'name', label: 'Name' },
  { key: 'email', label: 'Email' },
  { key: 'employeeId', label: 'Employee ID' },
  { key: 'group', label: 'Group' },
  { key: 'done', label: 'Done' },
  { key: 'finalScore', label: 'Final score' },
  { key: 'status', label: 'Status' },
  { key: 'due', label: 'Due' },
  { key: 'lastActivity', label: 'Last activity' },
] as const;
