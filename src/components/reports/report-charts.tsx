import type { ReportSummary } from '../../domain/reports/report-aggregate';
import { BarTable } from './bar-table';

const pct = (rate: number) => `${Math.round(rate * 100)}%`;

/** Completion per module and per group, and the spread of final assessment scores. */
export function ReportCharts({
  summary,
  moduleTitle,
  moduleOrder,
}: {
  summary: ReportSummary;
  /** A lesson slug's title; the final assessment has slug null. */
  moduleTitle: (slug: string | null) => string;
  /** Sort position of a module (the course order). */
  moduleOrder: (slug: string | null) => number;
}) {
  const modules = [...summary.modules].sort((a, b) => moduleOrder(a.slug) - moduleOrder(b.slug));
  const most = Math.max(1, ...summary.scoreBands.map((b) => b.count));
  return (
    <section className="report-charts" aria-labelledby="charts-title">
      <h2 id="charts-title">Completion and scores</h2>
      <div className="chart-grid">
        <BarTable
          caption="Completion by module"
          labelHeader="Module"
          valueHeader="Learners complete"
          bars={modules.map((m) => ({
            label: moduleTitle(m.slug),
            fraction: m.rate,
            text: `${m.complete} of ${m.total} (${pct(m.rate)})`,
          }))}
        />
        <BarTable
          caption="Completion by group"
          labelHeader="Group"
          valueHeader="Learners complete"
          bars={summary.groups.map((g) => ({
            label: g.group,
            fraction: g.rate,
            text: `${g.complete} of ${g.total} (${pct(g.rate)})${g.overdue ? `, ${g.overdue} overdue` : ''}`,
          }))}
        />
        <BarTable
          caption={`Final assessment scores (${summary.scored} learner${summary.scored === 1 ? '' : 's'})`}
          labelHeader="Score"
          valueHeader="Learners"
          bars={summary.scoreBands.map((b) => ({
            label: b.label,
            fraction: b.count / most,
            text: String(b.count),
          }))}
        />
      </div>
    </section>
  );
}
