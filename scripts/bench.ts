// Times importing and aggregating generated completion records, as the Reports page does, and prints the
// heap used. Usage: npm run bench [-- <count>]   (default 10,000; target: under one second on 2 cores)
import { performance } from 'node:perf_hooks';
import { toCsv } from '../src/domain/reports/csv';
import { importTexts } from '../src/domain/reports/records-merge';
import type { StoredRecord } from '../src/domain/reports/records-merge';
import { buildRows, filterRows, groupsOf, sortRows, summarise } from '../src/domain/reports/report-aggregate';
import { reportCsvRows } from '../src/domain/reports/report-csv';
import { generateRecordFiles } from '../tests/fixtures/completion-records';

const count = Number(process.argv[2] ?? 10_000);
const TARGET_MS = 1000;
const now = new Date('2026-03-10T12:00:00.000Z');
const today = '2026-03-10';
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;

function time<T>(work: () => T): [T, number] {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
}

// Warm up on a few records, as a page that has already loaded its code would be.
const warm = importTexts(new Map(), generateRecordFiles(200, 1), now);
summarise(buildRows(warm.records.values(), today));

const files = generateRecordFiles(count);
const bytes = files.reduce((sum, f) => sum + f.text.length, 0);
const heapBefore = process.memoryUsage().heapUsed;

const [batch, importMs] = time(() => importTexts(new Map<string, StoredRecord>(), files, now));
const [view, aggregateMs] = time(() => {
  const rows = buildRows(batch.records.values(), today);
  groupsOf(rows);
  const shown = sortRows(filterRows(rows, { query: '', group: '', status: '' }), 'name', 'ascending');
  return { rows: shown, summary: summarise(shown) };
});
const [, againMs] = time(() => importTexts(batch.records, files, now));
const [, resortMs] = time(() => sortRows(view.rows, 'lastActivity', 'descending'));
const [, searchMs] = time(() => summarise(filterRows(view.rows, { query: 'silva', group: '', status: '' })));
const [csv, csvMs] = time(() => toCsv(reportCsvRows(view.rows), { bom: true }));
const heapAfter = process.memoryUsage().heapUsed;

const accepted = batch.results.filter((r) => r.outcome === 'accepted' || r.outcome === 'updated').length;
const total = importMs + aggregateMs;
console.log(
  `Servewell reports benchmark: ${count.toLocaleString('en-GB')} generated records (${mb(bytes)} of JSON)`,
);
console.log(
  `  ${ms(importMs)}  import (parse, verify checksums, validate, merge): ${accepted.toLocaleString('en-GB')} kept`,
);
console.log(
  `  ${ms(aggregateMs)}  aggregate (rows, filter, sort, summary): ${view.rows.length.toLocaleString('en-GB')} rows, ${view.summary.groups.length} groups`,
);
console.log(
  `  ${ms(total)}  import + aggregate (target under ${TARGET_MS} ms): ${total < TARGET_MS ? 'within target' : 'OVER TARGET'}`,
);
console.log(`  ${ms(againMs)}  importing the same records again (all duplicates)`);
console.log(`  ${ms(resortMs)}  re-sorting by last activity`);
console.log(`  ${ms(searchMs)}  searching and summarising`);
console.log(`  ${ms(csvMs)}  CSV export (${mb(csv.length)})`);
console.log(`  heap used: ${mb(heapAfter)} (${mb(heapAfter - heapBefore)} more than before importing)`);
