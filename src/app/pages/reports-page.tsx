import { Suspense, useMemo, useRef, useState } from 'react';
import { courseLessons } from '../../content/course';
import { toCsv } from '../../domain/reports/csv';
import { reportCsvRows } from '../../domain/reports/report-csv';
import { clearAllQuestion, countOf, viewCountText } from '../../domain/reports/report-wording';
import { localDate } from '../../domain/assignments/due-dates';
import type { ImportResult } from '../../domain/reports/records-merge';
import { buildRows, filterRows, groupsOf, sortRows, summarise } from '../../domain/reports/report-aggregate';
import type { LearnerRow, RowFilter } from '../../domain/reports/report-aggregate';
import { downloadText } from '../../components/assignments/learner/download-file';
import { PageHeading } from '../../components/layout/page-heading';
import { ImportSection } from '../../components/reports/import-section';
import type { SortState } from '../../components/reports/learner-table';
import { SelfReportedNote } from '../../components/reports/self-reported-note';
import { lazyFrom, loadOnce } from '../../components/load-once';
import { useImportedRecords } from '../../state/reports/imported-records-store';
import '../../components/reports/reports.css';
import { LoadingLine } from '../../components/ui/loading-line';

const views = loadOnce(() => import('../../components/reports/report-views'));
const ConfirmBar = lazyFrom(views, (m) => m.ConfirmBar);
const LearnersView = lazyFrom(views, (m) => m.LearnersView);
const ReportCharts = lazyFrom(views, (m) => m.ReportCharts);
const ReportFilters = lazyFrom(views, (m) => m.ReportFilters);
const SummaryCards = lazyFrom(views, (m) => m.SummaryCards);

type Confirming = { kind: 'clear' } | { kind: 'learner'; learnerKey: string; name: string } | null;

const csvCourse = courseLessons.map((l) => ({ slug: l.slug, title: l.title }));
const moduleTitle = (slug: string | null) =>
  slug === null ? 'Final assessment' : (courseLessons.find((l) => l.slug === slug)?.title ?? slug);
const moduleOrder = (slug: string | null) => {
  const index = slug === null ? -1 : courseLessons.findIndex((l) => l.slug === slug);
  return slug === null ? Number.MAX_SAFE_INTEGER : index < 0 ? Number.MAX_SAFE_INTEGER - 1 : index;
};

export function ReportsPage() {
  const store = useImportedRecords();
  const ready = store.phase === 'ready';
  const [results, setResults] = useState<ImportResult[] | null>(null);
  const [filter, setFilter] = useState<RowFilter>({ query: '', group: '', status: '' });
  const [sort, setSort] = useState<SortState>({ column: 'name', direction: 'ascending' });
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [notice, setNotice] = useState('');
  const learnersHeading = useRef<HTMLHeadingElement>(null);
  const today = localDate(new Date());

  const allRows = useMemo(() => buildRows(store.records.values(), today), [store.records, today]);
  const groups = useMemo(() => groupsOf(allRows), [allRows]);
  const view = useMemo(
    () => sortRows(filterRows(allRows, filter), sort.column, sort.direction),
    [allRows, filter, sort],
  );
  const summary = useMemo(() => summarise(view), [view]);

  const exportCsv = () => {
    const csv = toCsv(reportCsvRows(view, csvCourse), { bom: true });
    downloadText(`servewell-report-${today}.csv`, csv, 'text/csv');
    setNotice(`Exported ${countOf(view.length, 'row')} as CSV.`);
  };

  const closeConfirm = () => {
    setConfirming(null);
    requestAnimationFrame(() => learnersHeading.current?.focus());
  };

  const confirm = async () => {
    if (!confirming) return;
    if (confirming.kind === 'clear') {
      await store.clearAll();
      setNotice('All imported records were removed from this browser.');
    } else {
      await store.removeLearner(confirming.learnerKey);
      setNotice(`Removed the records of ${confirming.name}.`);
    }
    closeConfirm();
  };

  const keep = async (row: LearnerRow) => {
    await store.resolveConflict(row.key);
    setNotice(
      `Kept ${row.name}; removed the record${row.conflictWith.length === 1 ? '' : 's'} of ${row.conflictWith.join(', ')}.`,
    );
  };

  const askRemove = (row: LearnerRow) =>
    setConfirming({ kind: 'learner', learnerKey: row.learnerKey, name: row.name });

  return (
    <div className="page reports-page">
      <p className="eyebrow">For HR</p>
      <PageHeading>Reports</PageHeading>
      <SelfReportedNote />
      {store.stalled ? (
        <div className="notice warning" role="alert">
          <p>
            This browser’s storage did not answer, so saved records could not be loaded. Records you import
            now last only until you close this tab. Close other Reports tabs and reload to try again.
          </p>
        </div>
      ) : (
        store.storage === 'memory' && (
          <div className="notice warning">
            <p>This browser will not keep imported records: they last until you close the tab.</p>
          </div>
        )
      )}
      {store.unreadable > 0 && (
        <div className="notice warning">
          <p>
            {store.unreadable} saved record{store.unreadable === 1 ? '' : 's'} could not be read and{' '}
            {store.unreadable === 1 ? 'was' : 'were'} left aside.
          </p>
        </div>
      )}
      {store.saveError && (
        <div className="notice warning" role="alert">
          <p>The latest change could not be saved in this browser; it will be lost on reload.</p>
        </div>
      )}
      {!ready || allRows.length === 0 ? (
        // Both lines hold the same place, so the page does not move when the saved records turn out to be none.
        <div className="records-status">
          <LoadingLine data-shown={!ready} aria-hidden={ready}>
            Loading saved records…
          </LoadingLine>
          <p className="empty-report" data-shown={ready} aria-hidden={!ready}>
            No records yet. Import the files or codes your learners sent you.
          </p>
        </div>
      ) : (
        <Suspense fallback={<LoadingLine>Loading the report…</LoadingLine>}>
          <section aria-labelledby="overview-title" className="overview-section">
            <h2 id="overview-title">Overview</h2>
            <div className="no-print">
              <ReportFilters filter={filter} groups={groups} onChange={setFilter} />
            </div>
            <p className="view-count" role="status">
              {viewCountText(view.length, allRows.length)}
            </p>
            <SummaryCards summary={summary} />
          </section>
          <section aria-labelledby="learners-title" className="learners-section">
            <h2 id="learners-title" ref={learnersHeading} tabIndex={-1}>
              Learners
            </h2>
            <div className="actions no-print">
              <button
                type="button"
                className="button secondary"
                aria-label="Export CSV of the rows shown"
                onClick={exportCsv}
              >
                Export CSV
              </button>
              <button type="button" className="button secondary" onClick={() => window.print()}>
                Print
              </button>
              <button
                type="button"
                className="button secondary danger-outline"
                onClick={() => setConfirming({ kind: 'clear' })}
              >
                Clear all records
              </button>
            </div>
            {confirming && (
              <ConfirmBar
                message={
                  confirming.kind === 'clear'
                    ? clearAllQuestion(allRows.length)
                    : `Remove every record of ${confirming.name} from this browser? This cannot be undone.`
                }
                confirmLabel={
                  confirming.kind === 'clear' ? 'Yes, clear all' : `Yes, remove ${confirming.name}`
                }
                onConfirm={() => void confirm()}
                onCancel={closeConfirm}
              />
            )}
            <LearnersView
              rows={view}
              sort={sort}
              onSort={setSort}
              onRemove={askRemove}
              onKeep={(row) => void keep(row)}
            />
          </section>
          <ReportCharts summary={summary} moduleTitle={moduleTitle} moduleOrder={moduleOrder} />
        </Suspense>
      )}
      <ImportSection
        records={allRows.length}
        disabled={!ready}
        modules={courseLessons.map((l) => l.slug)}
        results={results}
        onImport={async (inputs) => setResults(await store.importTexts(inputs))}
      />
      <p className="visually-hidden" role="status">
        {notice}
      </p>
    </div>
  );
}
