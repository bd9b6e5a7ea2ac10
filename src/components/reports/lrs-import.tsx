import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { isDueDate } from '../../domain/assignments/assignment-codec';
import { recordsFromStatements } from '../../domain/reports/lrs-records';
import { recordToJson } from '../../domain/reports/record-codec';
import { COURSE_IRI } from '../../domain/lms/xapi-statements';
import {
  forgetLrsConnection,
  readSavedLrsConnection,
  saveLrsConnection,
} from '../../tracking/lrs-connection';
import { LoadingLine } from '../ui/loading-line';

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; read: number }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

function describeError(error: unknown): string {
  const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
  if (status === null)
    return 'No answer from the LRS. Check the address and your connection, and that the LRS accepts requests from this site (CORS).';
  if (status === 401 || status === 403) return 'The LRS did not accept the key and secret.';
  if (status === 404)
    return 'Nothing answers at that address: check the xAPI endpoint (it often ends in /xAPI/).';
  return error instanceof Error ? error.message : 'The results could not be loaded.';
}

/**
 * Loads a group's results from a Learning Record Store and hands them to the Reports page as completion
 * records, so they join the same table as records learners sent. The key and secret are kept only when
 * HR ticks "remember".
 */
export function LrsImport({
  modules,
  disabled = false,
  onRecords,
}: {
  /** Lesson slugs in course order: what learners without an assignment link are measured against. */
  modules: string[];
  disabled?: boolean;
  /** Receives each learner's record as record JSON, ready for the page's usual import. */
  onRecords: (inputs: { source: string; text: string }[]) => Promise<void>;
}) {
  const id = useId();
  const [endpoint, setEndpoint] = useState('');
  const [key, setKey] = useState('');
  const [secret, setSecret] = useState('');
  const [remember, setRemember] = useState(false);
  // The connection this browser remembers fills in once the page is live: the prerendered page knows none.
  useEffect(() => {
    const saved = readSavedLrsConnection();
    if (!saved) return;
    setEndpoint(saved.endpoint);
    setKey(saved.key);
    setSecret(saved.secret);
    setRemember(true);
  }, []);
  const [group, setGroup] = useState('');
  const [due, setDue] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [open, setOpen] = useState(false);

  const load = async (event: FormEvent) => {
    event.preventDefault();
    if (!group.trim())
      return setPhase({ kind: 'error', message: 'Give the group these learners belong to.' });
    if (!isDueDate(due))
      return setPhase({
        kind: 'error',
        message: 'Give the due date these learners work to (a real date, no later than 2100).',
      });
    setPhase({ kind: 'busy', read: 0 });
    try {
      const { basicAuth, createLrsClient, normaliseEndpoint } = await import('../../tracking/lrs-client');
      const address = normaliseEndpoint(endpoint);
      if (!address) throw new Error('The endpoint must be a web address starting with https://');
      const client = createLrsClient({ endpoint: address, auth: basicAuth(key.trim(), secret) });
      const statements = await client.getStatements(
        { activity: COURSE_IRI, relatedActivities: true, limit: 500 },
        { onPage: (read) => setPhase({ kind: 'busy', read }) },
      );
      if (remember) saveLrsConnection({ endpoint: address, key: key.trim(), secret });
      else forgetLrsConnection();
      const { records, skipped } = recordsFromStatements(statements, { modules, group, due });
      if (records.length === 0) {
        setPhase({ kind: 'done', message: 'The LRS has no results for this course yet.' });
        return;
      }
      await onRecords(
        records.map((record) => ({ source: `LRS: ${record.learner.name}`, text: recordToJson(record) })),
      );
      const note =
        skipped > 0
          ? ` ${skipped} statement${skipped === 1 ? ' was' : 's were'} not about this course or not readable.`
          : '';
      setPhase({
        kind: 'done',
        message: `Read ${statements.length.toLocaleString('en-GB')} statement${statements.length === 1 ? '' : 's'}: results for ${records.length} learner${records.length === 1 ? '' : 's'}.${note}`,
      });
    } catch (error) {
      setPhase({ kind: 'error', message: describeError(error) });
    }
  };

  const off = disabled || phase.kind === 'busy';
  return (
    <section className="import-panel lrs-import" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <button
          type="button"
          className="disclosure-button"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen((o) => !o)}
        >
          <span className="disclosure-icon" aria-hidden="true" />
          Load results from a Learning Record Store
        </button>
      </h3>
      <p className="form-hint">
        If your learners launch the course with xAPI, read their statements straight from the LRS.
      </p>
      <div id={`${id}-body`} hidden={!open}>
        <form onSubmit={(e) => void load(e)} noValidate>
          <div className="form-field">
            <label htmlFor={`${id}-endpoint`}>LRS endpoint</label>
            <input
              id={`${id}-endpoint`}
              type="url"
              required
              value={endpoint}
              onChange={(e) => setEndpoint(e.target.value)}
              placeholder="https://lrs.example.org/data/xAPI/"
            />
          </div>
          <div className="form-row">
            <div className="form-field">
              <label htmlFor={`${id}-key`}>LRS key</label>
              <input
                id={`${id}-key`}
                autoComplete="off"
                spellCheck={false}
                value={key}
                onChange={(e) => setKey(e.target.value)}
              />
            </div>
            <div className="form-field">
              <label htmlFor={`${id}-secret`}>LRS secret</label>
              <input
                id={`${id}-secret`}
                type="password"
                autoComplete="off"
                value={secret}
                onChange={(e) => setSecret(e.target.value)}
              />
            </div>
          </div>
          <div className="form-row">
            <div className="form-field">
              <label htmlFor={`${id}-group`}>Group of these learners</label>
              <input
                id={`${id}-group`}
                required
                maxLength={80}
                value={group}
                onChange={(e) => setGroup(e.target.value)}
                aria-describedby={`${id}-for-whom`}
              />
            </div>
            <div className="form-field">
              <label htmlFor={`${id}-due`}>Their due date</label>
              <input
                id={`${id}-due`}
                type="date"
                required
                value={due}
                onChange={(e) => setDue(e.target.value)}
                aria-describedby={`${id}-for-whom`}
              />
            </div>
          </div>
          <p className="form-hint" id={`${id}-for-whom`}>
            Group and due date apply to learners who did not start from an assignment link; the others keep
            their assignment’s.
          </p>
          <label className="check">
            <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
            Remember the endpoint, key and secret on this device
          </label>
          <p className="form-hint">
            Leave this unticked on a shared computer: nothing is kept unless you tick it.
          </p>
          <button type="submit" className="button" disabled={off}>
            Load results
          </button>
        </form>
      </div>
      {phase.kind === 'busy' && (
        <LoadingLine>
          Reading statements from the LRS…
          {phase.read > 0 && ` ${phase.read.toLocaleString('en-GB')} read so far.`}
        </LoadingLine>
      )}
      {phase.kind === 'done' && <p role="status">{phase.message}</p>}
      {phase.kind === 'error' && (
        <p className="form-error" role="alert">
          {phase.message}
        </p>
      )}
    </section>
  );
}
