import type { LearnerRow } from '../../domain/reports/report-aggregate';

/** Keep (where the row conflicts with another) and Remove, for one learner. */
export function RowActions({
  row,
  onRemove,
  onKeep,
}: {
  row: LearnerRow;
  onRemove: (row: LearnerRow) => void;
  onKeep: (row: LearnerRow) => void;
}) {
  return (
    <>
      {row.conflictWith.length > 0 && (
        <button
          type="button"
          className="button small"
          aria-label={`Keep ${row.name}, not ${row.conflictWith.join(' or ')}`}
          onClick={() => onKeep(row)}
        >
          Keep this
        </button>
      )}
      <button
        type="button"
        className="button small secondary"
        aria-label={`Remove ${row.name}`}
        onClick={() => onRemove(row)}
      >
        Remove
      </button>
    </>
  );
}
