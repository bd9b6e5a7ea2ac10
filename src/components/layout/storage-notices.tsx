import { useNotices } from '../../state/notices-store';

/** Tells the learner plainly when progress cannot be saved, or when an unreadable save was set aside. */
export function StorageNotices() {
  const storage = useNotices((s) => s.storage);
  const recovered = useNotices((s) => (s.dismissedRecovery ? undefined : s.recovered));
  const dismiss = useNotices((s) => s.dismissRecovery);
  if (storage === 'saved' && !recovered) return null;
  return (
    <div className="notices">
      {storage === 'memory' && (
        <div className="notice warning" role="status">
          <strong>Your progress will not be saved.</strong> This browser is not letting the course store
          anything (storage is turned off, private, or full). You can keep going: everything is kept until you
          close this tab.
        </div>
      )}
      {recovered && (
        <div className="notice" role="status">
          <p>
            <strong>We could not read your saved progress</strong> ({recovered.reason}), so the course has
            started fresh. A copy of the old save was kept in this browser under “{recovered.backupKey}”.
          </p>
          <button type="button" className="button small secondary" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
