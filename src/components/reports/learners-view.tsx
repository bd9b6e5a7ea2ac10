import type { LearnerRow, SortColumn } from '../../domain/reports/report-aggregate';
import { LearnerCards } from './learner-cards';
import { LearnerTable } from './learner-table';
import type { SortState } from './learner-table';
import { PrintReport } from './print-report';
import { NARROW_SCREEN, useMedia } from './use-media';
import { usePrinting } from './use-printing';

/**
 * The learners of the current view, in the shape that suits the moment: a sortable, windowed table on a
 * wide screen, cards on a narrow one, and every row in a plain table while the page is printed (by the
 * browser's own Print as much as by the Print button).
 */
export function LearnersView({
  rows,
  sort,
  onSort,
  onRemove,
  onKeep,
}: {
  rows: readonly LearnerRow[];
  sort: SortState;
  onSort: (sort: SortState) => void;
  onRemove: (row: LearnerRow) => void;
  onKeep: (row: LearnerRow) => void;
}) {
  const narrow = useMedia(NARROW_SCREEN);
  const printing = usePrinting();
  if (printing)
    return <PrintReport rows={rows} title={`Learners (${rows.length.toLocaleString('en-GB')})`} />;
  const toggle = (column: SortColumn) =>
    onSort({
      column,
      direction: sort.column === column && sort.direction === 'ascending' ? 'descending' : 'ascending',
    });
  return narrow ? (
    <LearnerCards rows={rows} sort={sort} onSortChange={onSort} onRemove={onRemove} onKeep={onKeep} />
  ) : (
    <LearnerTable rows={rows} sort={sort} onSort={toggle} onRemove={onRemove} onKeep={onKeep} />
  );
}
