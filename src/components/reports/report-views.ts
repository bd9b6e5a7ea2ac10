/**
 * What Reports shows once there are records: one chunk, loaded when the saved or imported records are there,
 * so an empty Reports page (and HR's first visit) loads only the import.
 */
export { ConfirmBar } from './confirm-bar';
export { LearnersView } from './learners-view';
export { ReportCharts } from './report-charts';
export { ReportFilters } from './report-filters';
export { SummaryCards } from './summary-cards';
