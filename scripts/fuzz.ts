/**
 * `npm run fuzz`: 10,000 generated inputs at every trust boundary (saved progress, assignment links,
 * completion records and codes, SCORM suspend data, xAPI launch parameters). Prints, for each, how many
 * were tried, rejected with a reason, accepted, rejected without a reason, accepted although wrong, and
 * crashed. Exits non-zero when any of the last three is not zero.
 */
import { boundaries, tally } from '../tests/fuzz/boundaries';

const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
const seed = Number(process.env.FUZZ_SEED ?? 42);
const rows = boundaries.map((boundary) => tally(boundary, runs, seed));

const header = [
  'boundary',
  'tried',
  'rejected with a reason',
  'accepted',
  'rejected, no reason',
  'wrongly accepted',
  'crashed',
];
const table = [
  header,
  ...rows.map((r) =>
    [r.name, r.tried, r.rejected, r.accepted, r.unexplained, r.wronglyAccepted, r.crashed].map(String),
  ),
];
const widths = header.map((_, i) => Math.max(...table.map((row) => row[i]!.length)));
const line = (row: string[]) =>
  `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
console.log(`fuzz: ${runs.toLocaleString('en-GB')} inputs per boundary, seed ${seed}\n`);
console.log(line(table[0]!));
console.log(
  `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
);
for (const row of table.slice(1)) console.log(line(row));
const crashed = rows.reduce((sum, r) => sum + r.crashed, 0);
const unexplained = rows.reduce((sum, r) => sum + r.unexplained, 0);
const wrong = rows.reduce((sum, r) => sum + r.wronglyAccepted, 0);
console.log(`\ncrashed: ${crashed}, refused without a reason: ${unexplained}, wrongly accepted: ${wrong}`);
for (const r of rows) for (const crash of r.crashes) console.log(`  ${r.name}: ${crash}`);
if (crashed > 0 || unexplained > 0 || wrong > 0) process.exitCode = 1;
