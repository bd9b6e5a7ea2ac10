import { useId, useState } from 'react';
import { importSection } from '../../domain/reports/report-layout';
import type { ImportInput, ImportResult } from '../../domain/reports/records-merge';
import { ImportPanel } from './import-panel';
import { ImportResults } from './import-results';
import { LrsImport } from './lrs-import';

/**
 * Every way in (files, codes, an LRS) and what the last import did, under one disclosure: open while there
 * are no records, folded into "Import more records" once there are. Folded content stays in the page
 * (hidden), so a half-typed paste or LRS address is not lost.
 */
export function ImportSection({
  records,
  disabled,
  modules,
  results,
  onImport,
}: {
  records: number;
  disabled: boolean;
  /** Lesson slugs in course order, for learners an LRS knows without an assignment. */
  modules: string[];
  results: readonly ImportResult[] | null;
  onImport: (inputs: ImportInput[]) => Promise<void>;
}) {
  const id = useId();
  const [choice, setChoice] = useState<boolean | null>(null);
  const { title, open } = importSection(records, choice);
  // Importing is using the section: it stays open after the first records arrive.
  const importing = async (inputs: ImportInput[]) => {
    setChoice(true);
    await onImport(inputs);
  };
  return (
    <section className="import-section no-print" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <button
          type="button"
          className="disclosure-button"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setChoice(!open)}
        >
          <span className="disclosure-icon" aria-hidden="true" />
          {title}
        </button>
      </h2>
      <div id={`${id}-body`} className="import-section-body" hidden={!open}>
        <ImportPanel disabled={disabled} onImport={importing} />
        <LrsImport disabled={disabled} modules={modules} onRecords={importing} />
      </div>
      <ImportResults results={results} />
    </section>
  );
}
