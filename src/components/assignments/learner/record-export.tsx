import { useState } from 'react';
import { CopyField } from './copy-field';
import { downloadText } from './download-file';

/** "Send my completion record": a JSON file to attach, or a code to paste into chat or email. */
export function RecordExport({
  group,
  makeRecord,
}: {
  group: string;
  /** Builds the record now, so it holds the latest progress. */
  makeRecord: () => { fileName: string; json: string; code: string };
}) {
  const [code, setCode] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const download = () => {
    const record = makeRecord();
    downloadText(record.fileName, record.json);
    setStatus(`Downloaded ${record.fileName}. Attach it to an email to your trainer or HR.`);
  };
  return (
    <section className="record-export" aria-label={`Send my completion record for ${group}`}>
      <h3>Send my completion record</h3>
      <p>
        Your record lists what you have completed, your scores, attempts and time spent. It goes only where
        you send it.
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={download}>
          Download record file
        </button>
        <button type="button" className="button secondary" onClick={() => setCode(makeRecord().code)}>
          {code ? 'Refresh the code' : 'Show a code to copy'}
        </button>
      </div>
      <p role="status" className="copy-status">
        {status}
      </p>
      {code && (
        <CopyField
          label="Your record as a code"
          hint="Paste it into a chat message or email to your trainer or HR."
          value={code}
          multiline
          buttonLabel="Copy code"
        />
      )}
    </section>
  );
}
