import { useEffect, useState } from 'react';
import { useNotices } from '../../state/notices-store';

/** A link that saves `text` as a file, for the learner to keep or pass to an administrator. */
function DownloadText({ text, fileName, children }: { text: string; fileName: string; children: string }) {
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [text]);
  if (!href) return null;
  return (
    <a className="button small secondary" href={href} download={fileName}>
      {children}
    </a>
  );
}

/** A saved copy that could not be read: where it was kept, or that it could not be kept (and a download). */
function Recovered() {
  const recovered = useNotices((s) => (s.dismissedRecovery ? undefined : s.recovered));
  const dismiss = useNotices((s) => s.dismissRecovery);
  if (!recovered) return null;
  return (
    <div className="notice" role="status">
      <p>
        <strong>We could not read your saved progress</strong> ({recovered.reason}), so what could not be read
        starts fresh.{' '}
        {recovered.backupKey
          ? `A copy of the old save was kept in this browser under “${recovered.backupKey}”.`
          : 'This browser had no room to keep a copy of the old save: download it now if you want to keep it.'}
      </p>
      <p className="actions">
        {recovered.raw !== undefined && (
          <DownloadText text={recovered.raw} fileName="servewell-old-progress.txt">
            Download the old save
          </DownloadText>
        )}
        <button type="button" className="button small secondary" onClick={dismiss}>
          Dismiss
        </button>
      </p>
    </div>
  );
}

/** The LMS's saved progress could not be read: kept as it is until the learner chooses to start fresh. */
function LmsUnreadable() {
  const held = useNotices((s) => s.lmsUnreadable);
  const startFresh = useNotices((s) => s.startFreshInLms);
  if (!held) return null;
  return (
    <div className="notice warning" role="alert">
      <p>
        <strong>Your learning system’s copy of your progress could not be read</strong> ({held.reason}). It
        has not been changed, and nothing from this session is written over it until you choose.
        {held.backupKey ? ` A copy is also kept in this browser under “${held.backupKey}”.` : ''} Download it
        for your LMS administrator, then start fresh if you want this session to be recorded.
      </p>
      <p className="actions">
        <DownloadText text={held.raw} fileName="servewell-lms-suspend-data.txt">
          Download the saved data
        </DownloadText>
        <button type="button" className="button small" onClick={startFresh}>
          Start fresh and record this session
        </button>
      </p>
    </div>
  );
}

/**
 * Tells the learner plainly when progress cannot be saved, is only kept in this browser, was saved by a
 * newer course, or was set aside because it could not be read. Loaded only when there is something to say
 * (see StorageNotices).
 */
export function NoticeList() {
  const storage = useNotices((s) => s.storage);
  const newer = useNotices((s) => s.newer);
  const lms = useNotices((s) => s.lms);
  return (
    <div className="notices">
      {newer && (
        <div className="notice warning" role="status">
          <strong>Your progress was saved by a newer version of this course.</strong> Open the newer course to
          carry on where you left off. Your saved progress is left as it is: nothing you do here replaces it.
        </div>
      )}
      {storage === 'memory' && !newer && (
        <div className="notice warning" role="status">
          <strong>Your progress will not be saved.</strong> This browser is not letting the course store
          anything (storage is turned off, private, or full). You can keep going: everything is kept until you
          close this tab.
        </div>
      )}
      {lms && (
        <div className="notice" role="status">
          {lms === 'missing'
            ? 'This course could not reach your learning system, so your progress is only kept in this browser.'
            : 'Your learning system is not accepting progress right now, so it is only kept in this browser for the moment. The course keeps trying.'}
        </div>
      )}
      <LmsUnreadable />
      <Recovered />
    </div>
  );
}
