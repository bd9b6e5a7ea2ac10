import type { ReportSummary } from '../../domain/reports/report-aggregate';

const pct = (value: number) => `${Math.round(value * 100)}%`;

/** The headline figures for the current view. */
export function SummaryCards({ summary }: { summary: ReportSummary }) {
  const cards = [
    {
      label: 'Learners',
      value: summary.learners.toLocaleString('en-GB'),
      detail: `${summary.rows.toLocaleString('en-GB')} assignment records`,
    },
    {
      label: 'Complete',
      value: pct(summary.completionRate),
      detail: `${summary.counts.complete.toLocaleString('en-GB')} of ${summary.rows.toLocaleString('en-GB')}`,
    },
    {
      label: 'In progress',
      value: summary.counts['in-progress'].toLocaleString('en-GB'),
      detail: `${summary.counts['not-started'].toLocaleString('en-GB')} not started`,
    },
    {
      label: 'Overdue',
      value: summary.counts.overdue.toLocaleString('en-GB'),
      detail: 'past the due date, not complete',
      tone: summary.counts.overdue > 0 ? 'warn' : '',
    },
    {
      label: 'Average final score',
      value: summary.averageScore === null ? '–' : pct(summary.averageScore),
      detail: summary.scored === 0 ? 'no assessments yet' : `${summary.passed} of ${summary.scored} passed`,
    },
  ];
  return (
    <ul className="summary-cards" aria-label="Summary">
      {cards.map((card) => (
        <li key={card.label} className={`summary-card${card.tone ? ` tone-${card.tone}` : ''}`}>
          <span className="summary-label">{card.label}</span>
          <span className="summary-value">{card.value}</span>
          <span className="summary-detail">{card.detail}</span>
        </li>
      ))}
    </ul>
  );
}
