import { useId, useState } from 'react';
import { formatShortDate } from '../../domain/assignments/due-dates';
import type { LearnerRow, SortColumn, SortDirection } from '../../domain/reports/report-aggregate';
import { CARD_PAGE, showMoreText } from '../../domain/reports/report-layout';
import { countOf } from '../../domain/reports/report-wording';
import {
  COLUMNS,
  ConflictMark,
  DoneCount,
  LearnerStatusBadge,
  None,
  activityText,
  scoreText,
} from './learner-cells';
import type { SortState } from './learner-table';
import { RowActions } from './row-actions';

/** One learner as a card: the name as its heading, then every field of the table's row, labelled. */
function LearnerCard({
  row,
  headingId,
  onRemove,
  onKeep,
}: {
  row: LearnerRow;
  headingId: string;
  onRemove: (row: LearnerRow) => void;
  onKeep: (row: LearnerRow) => void;
}) {
  const fields: [string, React.ReactNode][] = [
    ['Status', <LearnerStatusBadge status={row.status} />],
    ['Done', <DoneCount row={row} />],
    ['Group', row.group || <None />],
    ['Due', formatShortDate(row.due)],
    ['Final score', scoreText(row) ?? <None />],
    ['Last activity', activityText(row) ?? <None />],
    ['Employee ID', row.employeeId || <None />],
    ['Email', row.email || <None />],
  ];
  return (
    <article className="learner-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {row.name}
        <ConflictMark row={row} />
      </h3>
      <dl>
        {fields.map(([label, value]) => (
          <div key={label} className={`card-field card-${label.toLowerCase().replace(/\s+/g, '-')}`}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="card-actions">
        <RowActions row={row} onRemove={onRemove} onKeep={onKeep} />
      </div>
    </article>
  );
}

/**
 * The learners on a narrow screen: a list of cards that shows every field without sideways scrolling,
 * a page at a time, with the table's sorting as two menus.
 */
export function LearnerCards({
  rows,
  sort,
  onSortChange,
  onRemove,
  onKeep,
}: {
  rows: readonly LearnerRow[];
  sort: SortState;
  onSortChange: (sort: SortState) => void;
  onRemove: (row: LearnerRow) => void;
  onKeep: (row: LearnerRow) => void;
}) {
  const id = useId();
  const [page, setPage] = useState({ rows, shown: CARD_PAGE });
  // A new filter or sort starts again from the first page.
  if (page.rows !== rows) setPage({ rows, shown: CARD_PAGE });
  const shown = page.rows === rows ? page.shown : CARD_PAGE;
  const more = showMoreText(shown, rows.length);
  return (
    <div className="learner-cards">
      <div className="card-sort">
        <div className="form-field">
          <label htmlFor={`${id}-by`}>Sort by</label>
          <select
            id={`${id}-by`}
            value={sort.column}
            onChange={(e) => onSortChange({ ...sort, column: e.target.value as SortColumn })}
          >
            {COLUMNS.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-order`}>Order</label>
          <select
            id={`${id}-order`}
            value={sort.direction}
            onChange={(e) => onSortChange({ ...sort, direction: e.target.value as SortDirection })}
          >
            <option value="ascending">Ascending</option>
            <option value="descending">Descending</option>
          </select>
        </div>
      </div>
      {rows.length === 0 ? (
        <p className="muted">No learners match.</p>
      ) : (
        <ul className="learner-card-list" aria-label={`Learners: ${countOf(rows.length, 'card')}`}>
          {rows.slice(0, shown).map((row, i) => (
            <li key={row.key}>
              <LearnerCard row={row} headingId={`${id}-${i}`} onRemove={onRemove} onKeep={onKeep} />
            </li>
          ))}
        </ul>
      )}
      {more && (
        <button
          type="button"
          className="button secondary show-more"
          onClick={() => setPage({ rows, shown: shown + CARD_PAGE })}
        >
          {more}
        </button>
      )}
    </div>
  );
}
