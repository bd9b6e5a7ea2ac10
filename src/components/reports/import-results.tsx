import {
  IMPORT_OUTCOME_LABEL,
  importDetailsHeading,
  importSummaryText,
} from '../../domain/reports/report-wording';
import type { ImportOutcome, ImportResult } from '../../domain/reports/records-merge';

const ICON: Record<ImportOutcome, string> = {
  accepted: '✓',
  updated: '↻',
  conflict: '⚠',
  duplicate: '=',
  older: '–',
  rejected: '✕',
};
const SHOWN = 300;

function ResultList({ results }: { results: readonly ImportResult[] }) {
  return (
    <ul className="import-results-list">
      {results.slice(0, SHOWN).map((r, i) => (
        <li key={i} className={`result-${r.outcome}`}>
          <span className="result-label">
            <span aria-hidden="true">{ICON[r.outcome]} </span>
            {IMPORT_OUTCOME_LABEL[r.outcome]}
          </span>{' '}
          <span className="result-source">{r.source}</span>: {r.message}
        </li>
      ))}
      {results.length > SHOWN && <li>…and {results.length - SHOWN} more.</li>}
    </ul>
  );
}

/** What happened to each imported item; the summary is announced, the details are there to read. */
export function ImportResults({ results }: { results: readonly ImportResult[] | null }) {
  const rejected = results?.filter((r) => r.outcome === 'rejected') ?? [];
  const others = results?.filter((r) => r.outcome !== 'rejected') ?? [];
  const detailsHeading = importDetailsHeading({ rejected: rejected.length, others: others.length });
  return (
    <div className="import-results">
      <p role="status" className="import-summary">
        {results ? importSummaryText(results) : ''}
      </p>
      {rejected.length > 0 && (
        <>
          <h3>Not imported</h3>
          <ResultList results={rejected} />
        </>
      )}
      {detailsHeading && (
        <details open={others.length <= 10}>
          <summary>{detailsHeading}</summary>
          <ResultList results={others} />
        </details>
      )}
    </div>
  );
}
