import { countOutcomes } from '../../domain/reports/records-merge';
import type { ImportOutcome, ImportResult } from '../../domain/reports/records-merge';

const LABEL: Record<ImportOutcome, string> = {
  accepted: 'Accepted',
  updated: 'Updated',
  conflict: 'Kept, name differs',
  duplicate: 'Duplicate',
  older: 'Older, not used',
  rejected: 'Rejected',
};
const ICON: Record<ImportOutcome, string> = {
  accepted: '✓',
  updated: '↻',
  conflict: '⚠',
  duplicate: '=',
  older: '–',
  rejected: '✕',
};
const SHOWN = 300;

function summaryText(results: readonly ImportResult[]): string {
  const counts = countOutcomes(results);
  const parts = (Object.keys(LABEL) as ImportOutcome[])
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${LABEL[k].toLowerCase()}`);
  return `Imported ${results.length} item${results.length === 1 ? '' : 's'}: ${parts.join(', ')}.`;
}

function ResultList({ results }: { results: readonly ImportResult[] }) {
  return (
    <ul className="import-results-list">
      {results.slice(0, SHOWN).map((r, i) => (
        <li key={i} className={`result-${r.outcome}`}>
          <span className="result-label">
            <span aria-hidden="true">{ICON[r.outcome]} </span>
            {LABEL[r.outcome]}
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
  return (
    <div className="import-results">
      <p role="status" className="import-summary">
        {results ? summaryText(results) : ''}
      </p>
      {rejected.length > 0 && (
        <>
          <h3>Not imported</h3>
          <ResultList results={rejected} />
        </>
      )}
      {others.length > 0 && (
        <details open={others.length <= 10}>
          <summary>
            Details of the {others.length} other item{others.length === 1 ? '' : 's'}
          </summary>
          <ResultList results={others} />
        </details>
      )}
    </div>
  );
}
