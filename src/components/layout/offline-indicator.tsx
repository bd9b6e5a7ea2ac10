import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

const isOnline = () => navigator.onLine;

/**
 * Says so when the learner has no connection. The course keeps working offline (lessons are cached and
 * progress is saved in the browser), so this reassures rather than warns. The live region is always present
 * so screen readers announce the change.
 */
export function OfflineIndicator() {
  const online = useSyncExternalStore(subscribe, isOnline, () => true);
  return (
    <div role="status" className="offline-indicator">
      {!online && (
        <p className="notice">
          <strong>You’re offline.</strong> Your progress is kept on this device.
        </p>
      )}
    </div>
  );
}
