/**
 * Every trust boundary of the course, as a property-testing target: where outside text or data comes in
 * (saved progress, assignment links, completion records and codes, SCORM suspend data, xAPI launch
 * parameters), an arbitrary of hostile and unlucky inputs (mostly damaged real ones, some noise), and a
 * check that reads the input the way the course does and says whether it was accepted or why not.
 *
 * Used by `tests/unit/trust-boundaries.test.ts` (a few hundred cases each, in `npm test`) and by
 * `scripts/fuzz.ts` (10,000 each, `npm run fuzz`).
 */
import fc from 'fast-check';
import type { Arbitrary } from 'fast-check';
import { ASSIGNMENT_VERSION } from '../../src/domain/assignments/assignment';
import type { Assignment } from '../../src/domain/assignments/assignment';
import { decodeAssignment, encodeAssignment } from '../../src/domain/assignments/assignment-codec';
import { COURSE_ID } from '../../src/domain/course/course-id';
import { hasVisibleText } from '../../src/domain/lib/clean-text';
import { canonicalJson, hashString, toBase64Url } from '../../src/domain/lib/hash';
import {
  decodeSuspendData,
  encodeSuspendData,
  SCORM12_SUSPEND_BUDGET,
} from '../../src/domain/lms/suspend-data';
import { readLaunchQuery } from '../../src/domain/lms/xapi-launch';
import {
  readRecordText,
  recordChecksum,
  recordToCode,
  recordToJson,
} from '../../src/domain/reports/record-codec';
import { migrateProgress, PROGRESS_VERSION } from '../../src/state/progress/progress-schema';
import { sampleNow, sampleProgress, sampleRecord } from '../fixtures/completion-records';

/**
 * What a boundary made of one input. A rejection must say why, in words. An acceptance may name a rule
 * the accepted value breaks (`wrong`): the boundary let through something it should have refused.
 */
type Verdict = { ok: true; wrong?: string } | { ok: false; reason: string };

export interface Boundary<T = unknown> {
  name: string;
  inputs: Arbitrary<T>;
  read: (input: T) => Verdict;
}

// ---------------------------------------------------------------------------------------------------
// Damage: what happens to real data on its way (cut short, a character changed, a field edited)

/** A string with one change: a character replaced, inserted or removed, or the end cut off. */
function damagedText(source: Arbitrary<string>): Arbitrary<string> {
  const alphabet = 'AZaz09-_.%#{}[]":,\\ \n\u0000\u202e\u{1F600}é';
  return fc
    .tuple(
      source,
      fc.constantFrom('replace', 'insert', 'remove', 'cut'),
      fc.nat(),
      fc.constantFrom(...alphabet),
    )
    .map(([text, how, at, ch]) => {
      const i = text.length === 0 ? 0 : at % text.length;
      if (how === 'replace') return text.slice(0, i) + ch + text.slice(i + 1);
      if (how === 'insert') return text.slice(0, i) + ch + text.slice(i);
      if (how === 'remove') return text.slice(0, i) + text.slice(i + 1);
      return text.slice(0, i);
    });
}

/** The places in a JSON value, as paths. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

/** A JSON value with one place replaced by any JSON value, removed, or given a field it did not have. */
function editedJson(source: Arbitrary<unknown>): Arbitrary<unknown> {
  const hostile = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom('__proto__', 'constructor', '', ' ', '\u200b', -1, 1e308, Number.MAX_SAFE_INTEGER, null),
  );
  const how = fc.constantFrom('replace', 'remove', 'add');
  return fc.tuple(source, fc.nat(), hostile, how).map(([value, pick, replacement, edit]) => {
    const copy = JSON.parse(JSON.stringify(value)) as unknown;
    const all = paths(copy);
    const path = all[pick % all.length] ?? [];
    if (edit === 'add') {
      let target = copy as Record<string, unknown>;
      for (const step of path) target = target[step] as Record<string, unknown>;
      if (target && typeof target === 'object' && !Array.isArray(target)) target.addedField = replacement;
      return copy;
    }
    if (path.length === 0) return replacement;
    let parent = copy as Record<string | number, unknown>;
    for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (edit === 'remove' && !Array.isArray(parent)) delete parent[last];
    else parent[last] = replacement;
    return copy;
  });
}

const noise = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.nat({ max: 30_000 }).map((n) => '['.repeat(n)),
);

const reason = (text: string | undefined): Verdict => ({ ok: false, reason: text ?? '' });

// ---------------------------------------------------------------------------------------------------
// Saved progress (localStorage)

const savedProgress = fc.oneof(
  { weight: 3, arbitrary: editedJson(fc.constant(sampleProgress())) },
  { weight: 1, arbitrary: fc.constant<unknown>(sampleProgress()) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) },
);

const progressBoundary: Boundary<{ state: unknown; version: number }> = {
  name: 'saved progress',
  inputs: fc.record({
    state: savedProgress,
    version: fc.oneof(
      { weight: 4, arbitrary: fc.constant(PROGRESS_VERSION) },
      { weight: 1, arbitrary: fc.integer({ min: -2, max: PROGRESS_VERSION + 2 }) },
      { weight: 1, arbitrary: fc.double() },
    ),
  }),
  read: ({ state, version }) => {
    const result = migrateProgress(state, version);
    if (result.kind === 'ok') return { ok: true };
    return reason(result.kind === 'newer' ? `saved by a newer version (${result.version})` : result.reason);
  },
};

// ---------------------------------------------------------------------------------------------------
// Assignment links

const assignment: Arbitrary<Assignment> = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9_-]{6,20}$/),
    group: fc.string({ minLength: 1, maxLength: 80 }),
    modules: fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10})?$/), { maxLength: 6 }),
    assessment: fc.boolean(),
    due: fc.constantFrom('2026-01-31', '2027-12-01', '2028-02-29', '2100-12-31', '2101-01-01'),
    passMark: fc.integer({ min: 0, max: 120 }),
  })
  .map((a) => ({ v: ASSIGNMENT_VERSION, ...a, createdAt: '2026-01-01T00:00:00.000Z' }));

/** A link made by hand: any JSON sealed with a correct checksum, so only the checks on its content stand. */
const sealed = (value: unknown) => {
  const json = canonicalJson(value);
  return `${toBase64Url(json)}.${hashString(json)}`;
};

const linkBoundary: Boundary<string> = {
  name: 'assignment link',
  inputs: fc.oneof(
    { weight: 2, arbitrary: assignment.map(encodeAssignment) },
    { weight: 2, arbitrary: damagedText(assignment.map(encodeAssignment)) },
    { weight: 2, arbitrary: editedJson(assignment).map(sealed) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map(sealed) },
    { weight: 1, arbitrary: noise },
  ),
  read: (fragment) => {
    const result = decodeAssignment(fragment);
    if (!result.ok) return reason(result.message);
    const { id, passMark, due, group } = result.assignment;
    if (id in Object.prototype) return { ok: true, wrong: `id ${id} names a property of every object` };
    if (passMark < 50 || passMark > 100) return { ok: true, wrong: `pass mark ${passMark}% outside 50–100%` };
    if (due > '2100-12-31') return { ok: true, wrong: `due date ${due} after 2100` };
    if (!hasVisibleText(group)) return { ok: true, wrong: 'a group name with nothing visible' };
    return { ok: true };
  },
};

// ---------------------------------------------------------------------------------------------------
// Completion records (files and codes)

const record = fc.constant(sampleRecord());
/** A record edited by hand and sealed again with a correct checksum: only the checks on its content stand. */
const resealed = editedJson(record).map((r) =>
  JSON.stringify({
    format: 'servewell-completion-record',
    version: 2,
    checksum: recordChecksum(r),
    record: r,
  }),
);

const recordBoundary: Boundary<string> = {
  name: 'completion record and code',
  inputs: fc.oneof(
    { weight: 1, arbitrary: record.map(recordToJson) },
    { weight: 1, arbitrary: record.map(recordToCode) },
    { weight: 2, arbitrary: damagedText(record.map(recordToCode)) },
    { weight: 2, arbitrary: damagedText(record.map(recordToJson)) },
    { weight: 3, arbitrary: resealed },
    { weight: 1, arbitrary: noise },
  ),
  read: (text) => {
    const items = readRecordText(text, 'input', sampleNow);
    for (const { reading } of items) {
      if (!reading.ok) return reason(reading.message);
      // Stored as read, the record must check again on the next load, or it is lost after a reload.
      if (recordChecksum(reading.record) !== reading.checksum)
        return { ok: true, wrong: 'the record kept is not the one checksummed' };
      if (reading.record.course !== undefined && reading.record.course !== COURSE_ID)
        return { ok: true, wrong: `a record from another course (${reading.record.course})` };
      if (!hasVisibleText(reading.record.learner.name))
        return { ok: true, wrong: 'a learner name with nothing visible' };
    }
    return { ok: true };
  },
};

// ---------------------------------------------------------------------------------------------------
// SCORM suspend data

const suspendText = fc.constant(
  encodeSuspendData(sampleProgress(), { maxLength: SCORM12_SUSPEND_BUDGET }).text,
);

const suspendBoundary: Boundary<string> = {
  name: 'SCORM suspend data',
  inputs: fc.oneof(
    { weight: 1, arbitrary: suspendText },
    { weight: 3, arbitrary: damagedText(suspendText) },
    {
      weight: 2,
      arbitrary: editedJson(suspendText.map((t) => JSON.parse(t) as unknown)).map((v) => JSON.stringify(v)),
    },
    { weight: 2, arbitrary: noise },
  ),
  read: (text) => {
    const result = decodeSuspendData(text);
    return result.kind === 'corrupt' ? reason(result.reason) : { ok: true };
  },
};

// ---------------------------------------------------------------------------------------------------
// xAPI launch parameters

const actor = fc.oneof(
  fc.constant({ objectType: 'Agent', name: 'Ana', mbox: 'mailto:ana@example.org' }),
  fc.constant({ account: [{ accountServiceHomePage: 'https://lms.example', accountName: 'ana' }] }),
  fc.record({ mbox: fc.string(), name: fc.string() }),
  fc.record({ mbox_sha1sum: fc.string(), openid: fc.option(fc.webUrl(), { nil: undefined }) }),
  fc.jsonValue({ maxDepth: 2 }),
);
const param = (good: Arbitrary<string>) =>
  fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: fc.string() }, fc.constant(undefined));

const launchBoundary: Boundary<string> = {
  name: 'xAPI launch parameters',
  inputs: fc
    .record({
      endpoint: param(
        fc.oneof(
          fc.webUrl({ validSchemes: ['https'] }),
          fc.constantFrom('javascript:alert(1)', 'https://user:pass@lrs.example/', 'ftp://lrs.example/'),
        ),
      ),
      auth: param(fc.oneof(fc.constant('Basic YTpi'), fc.constant('Basic YTpi\r\nX-Evil: 1'))),
      actor: param(
        fc.oneof(
          actor.map((a) => JSON.stringify(a)),
          damagedText(actor.map((a) => JSON.stringify(a))),
        ),
      ),
      registration: fc.option(fc.uuid(), { nil: undefined }),
    })
    .map((parts) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(parts)) if (value !== undefined) params.set(key, value);
      return `?${params.toString()}`;
    }),
  read: (search) => {
    const read = readLaunchQuery(search);
    if (read.kind === 'none') return reason('no xAPI launch parameters (endpoint, auth, actor)');
    if (read.kind === 'refused') return reason(read.reason);
    const { endpoint, auth } = read.launch;
    // What the launch accepted must be safe to use: no credentials in the address, no header injection.
    if (/\/\/[^/]*@/.test(endpoint)) return { ok: true, wrong: 'credentials in the endpoint were accepted' };
    if (/[\r\n]/.test(auth)) return { ok: true, wrong: 'a line break in auth was accepted' };
    return { ok: true };
  },
};

export const boundaries: Boundary[] = [
  progressBoundary,
  linkBoundary,
  recordBoundary,
  suspendBoundary,
  launchBoundary,
] as Boundary[];

export interface Tally {
  name: string;
  tried: number;
  rejected: number;
  accepted: number;
  /** Rejected without saying why: counted apart, as a failure. */
  unexplained: number;
  /** Accepted although it breaks a rule the boundary exists to enforce: a failure. */
  wronglyAccepted: number;
  crashed: number;
  /** The first few crashes and wrong acceptances, to start from. */
  crashes: string[];
}

/** Runs one boundary over `runs` generated inputs (the same ones for the same seed) and counts outcomes. */
export function tally(boundary: Boundary, runs: number, seed = 42): Tally {
  const result: Tally = {
    name: boundary.name,
    tried: 0,
    rejected: 0,
    accepted: 0,
    unexplained: 0,
    wronglyAccepted: 0,
    crashed: 0,
    crashes: [],
  };
  for (const input of fc.sample(boundary.inputs, { numRuns: runs, seed })) {
    result.tried += 1;
    try {
      const verdict = boundary.read(input);
      if (verdict.ok && verdict.wrong) {
        result.wronglyAccepted += 1;
        if (result.crashes.length < 3) result.crashes.push(`wrongly accepted: ${verdict.wrong}`);
      } else if (verdict.ok) result.accepted += 1;
      else if (verdict.reason.trim().length > 0) result.rejected += 1;
      else result.unexplained += 1;
    } catch (error) {
      result.crashed += 1;
      if (result.crashes.length < 3)
        result.crashes.push(
          `${error instanceof Error ? error.message : String(error)} on ${JSON.stringify(input).slice(0, 200)}`,
        );
    }
  }
  return result;
}
