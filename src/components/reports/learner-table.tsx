import { useEffect, useRef, useState } from 'react';
import type { LearnerRow, SortColumn, SortDirection } from '../../domain/reports/report-aggregate';
import { COLUMNS, LearnerCells } from './learner-cells';
import { RowActions } from './row-actions';

/** Fixed row height (px): the windowing maths depends on it, and the stylesheet sets the same. */
const ROW_HEIGHT = 48;
const OVERSCAN = 8;
/** Used before layout is known (and in tests, where nothing has a size). */
const FALLBACK_VIEWPORT = 480;

export interface SortState {
  column: SortColumn;
  direction: SortDirection;
}

/**
 * The learners as a real table, windowed: only the rows in view (plus a few either side) are in the
 * page, between two spacer rows, so 10,000 learners scroll smoothly. The scroll area is focusable so
 * keyboard users can scroll it; aria-rowcount and aria-rowindex give screen readers the full picture.
 */
export function LearnerTable({
  rows,
  sort,
  onSort,
  onRemove,
  onKeep,
}: {
  rows: readonly LearnerRow[];
  sort: SortState;
  onSort: (column: SortColumn) => void;
  onRemove: (row: LearnerRow) => void;
  /** Keeps this row's record where it conflicts with others (same id or email, another name). */
  onKeep: (row: LearnerRow) => void;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const [width, setWidth] = useState(0);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => {
      setViewport(element.clientHeight || FALLBACK_VIEWPORT);
      setWidth(element.clientWidth);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A new filter or sort starts from the top.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [rows]);

  const first = Math.max(0, Math.floor((scrollTop - ROW_HEIGHT) / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  const visible = rows.slice(first, last);

  return (
    <div
      className="learner-table-scroll"
      ref={scroller}
      tabIndex={0}
      role="region"
      aria-label="Learners table (scrolls)"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <table className="learner-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">
          Learners: {rows.length} row{rows.length === 1 ? '' : 's'}. Column headers sort the table.
        </caption>
        <colgroup>
          <col className="col-name" />
          <col className="col-email" />
          <col className="col-id" />
          <col className="col-group" />
          <col className="col-done" />
          <col className="col-score" />
          <col className="col-status" />
          <col className="col-due" />
          <col className="col-activity" />
          <col className="col-actions" />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((column) => {
              const active = sort.column === column.key;
              return (
                <th key={column.key} scope="col" aria-sort={active ? sort.direction : undefined}>
                  <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                    {column.label}
                    <span className="sort-icon" aria-hidden="true">
                      {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {first > 0 && <tr aria-hidden="true" className="spacer" style={{ height: first * ROW_HEIGHT }} />}
          {visible.map((row, i) => (
            <tr key={row.key} aria-rowindex={first + i + 2}>
              <LearnerCells row={row} width={width} />
              <td className="row-actions">
                <RowActions row={row} onRemove={onRemove} onKeep={onKeep} />
              </td>
            </tr>
          ))}
          {last < rows.length && (
            <tr aria-hidden="true" className="spacer" style={{ height: (rows.length - last) * ROW_HEIGHT }} />
          )}
          {rows.length === 0 && (
            <tr>
              <td colSpan={COLUMNS.length + 1} className="muted empty-row">
                No learners match.
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
