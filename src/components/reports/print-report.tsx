import type { LearnerRow } from '../../domain/reports/report-aggregate';
import { COLUMNS, LearnerCells } from './learner-cells';

/** Every row of the current view in one plain table, for printing. */
export function PrintReport({ rows, title }: { rows: readonly LearnerRow[]; title: string }) {
  return (
    <table className="print-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c.key} scope="col">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <LearnerCells row={row} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
