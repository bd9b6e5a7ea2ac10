import { useNotices } from '../../state/notices-store';

/**
 * One calm line (or a few) when the course cannot deliver the learner's records to their organisation's
 * Learning Record Store: offline or unreachable, the address or credentials rejected, records set aside, or
 * records of another course link waiting in this browser. The live region is always present so screen
 * readers announce a change; it is empty when all is well.
 */
export function TrackingStatus() {
  const lines = useNotices((s) => s.tracking);
  return (
    <div role="status" className="notices tracking-status" aria-label="Progress reporting">
      {lines.map((line) => (
        <p key={line.id} className={line.id === 'rejected' ? 'notice warning' : 'notice'}>
          {line.text}
        </p>
      ))}
    </div>
  );
}
