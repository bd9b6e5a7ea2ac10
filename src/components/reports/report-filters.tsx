import { useId } from 'react';
import { LEARNER_STATUS_LABEL } from '../../domain/reports/report-aggregate';
import type { LearnerStatus, RowFilter } from '../../domain/reports/report-aggregate';

/** Search, group and status filters for the learner table. */
export function ReportFilters({
  filter,
  groups,
  onChange,
}: {
  filter: RowFilter;
  groups: string[];
  onChange: (filter: RowFilter) => void;
}) {
  const id = useId();
  return (
    <div className="report-filters" role="search" aria-label="Filter learners">
      <div className="form-field">
        <label htmlFor={`${id}-q`}>Search</label>
        <input
          id={`${id}-q`}
          type="search"
          value={filter.query}
          placeholder="Name, email, id or group"
          onChange={(e) => onChange({ ...filter, query: e.target.value })}
        />
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-group`}>Group</label>
        <select
          id={`${id}-group`}
          value={filter.group}
          onChange={(e) => onChange({ ...filter, group: e.target.value })}
        >
          <option value="">All groups</option>
          {groups.map((g) => (
            <option key={g} value={g}>
              {g}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          value={filter.status}
          onChange={(e) => onChange({ ...filter, status: e.target.value as LearnerStatus | '' })}
        >
          <option value="">Any status</option>
          {(Object.keys(LEARNER_STATUS_LABEL) as LearnerStatus[]).map((s) => (
            <option key={s} value={s}>
              {LEARNER_STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
