import type { LearningEvent } from '../course/learning-events';
import { lrsAssignmentId, recordsFromStatements } from './lrs-records';
import { readEnvelope, recordToJson, sealRecord } from './record-codec';
import { importTexts } from './records-merge';
import { learnerRow } from './report-aggregate';
import { COURSE_IRI, initializedStatement, statementForEvent } from '../lms/xapi-statements';
import type { AssignmentSummary } from '../assignments/assignment';
import type { StatementScope, XapiAgent } from '../lms/xapi-statements';

const ada: XapiAgent = { objectType: 'Agent', name: 'Ada Learner', mbox: 'mailto:ada@example.org' };
const bo: XapiAgent = {
  objectType: 'Agent',
  name: 'Bo',
  account: { homePage: 'https://lms.example', name: 'emp-17' },
};
const MODULES = ['greeting', 'listening'];
const OPTIONS = { modules: MODULES, group: 'March starters', due: '2026-04-30' };
const NOW = new Date('2026-03-10T12:00:00.000Z');

let n = 0;
/** A statement as an LRS returns it: with the time it stored it. */
function stored(scope: StatementScope, event: LearningEvent, storedAt = event.at) {
  n += 1;
  return { ...statementForEvent(scope, event, `id-${n}`), stored: storedAt };
}

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 2, day, hour)).toISOString();

function adaStatements(scope: StatementScope = { actor: ada }) {
  return [
    { ...initializedStatement(scope, 'init', at(1)), stored: at(1) },
    stored(scope, { type: 'lesson-started', lesson: 'greeting', at: at(1) }),
    stored(scope, {
      type: 'question-answered',
      lesson: 'greeting',
      activity: 'greet-check',
      question: 'q1',
      response: 'Smile',
      correct: true,
      credit: 1,
      at: at(1, 10),
    }),
    stored(scope, {
      type: 'activity-completed',
      lesson: 'greeting',
      activity: 'greet-check',
      kind: 'quiz',
      score: 0.5,
      at: at(1, 11),
    }),
    stored(scope, {
      type: 'activity-completed',
      lesson: 'greeting',
      activity: 'greet-check',
      kind: 'quiz',
      score: 1,
      at: at(2),
    }),
    stored(scope, { type: 'lesson-completed', lesson: 'greeting', at: at(2, 10) }),
    stored(scope, { type: 'lesson-started', lesson: 'listening', at: at(3) }),
    stored(scope, {
      type: 'assessment-submitted',
      attempt: 'a1',
      score: 0.6,
      passed: false,
      passMark: 0.75,
      at: at(4),
    }),
    stored(scope, {
      type: 'assessment-submitted',
      attempt: 'a2',
      score: 0.85,
      passed: true,
      passMark: 0.75,
      at: at(5),
    }),
  ];
}

describe('recordsFromStatements', () => {
  it('builds one record per learner with module status, scores and the final assessment', () => {
    const { records, used, skipped } = recordsFromStatements(
      [...adaStatements(), stored({ actor: bo }, { type: 'lesson-started', lesson: 'listening', at: at(6) })],
      OPTIONS,
    );
    expect(used).toBe(10);
    expect(skipped).toBe(0);
    const adaRecord = records.find((r) => r.learner.email === 'ada@example.org');
    expect(adaRecord?.learner).toEqual({ name: 'Ada Learner', email: 'ada@example.org' });
    expect(adaRecord?.assignment).toEqual({
      id: lrsAssignmentId(COURSE_IRI, 'March starters'),
      group: 'March starters',
      due: '2026-04-30',
      passMark: 75,
      modules: MODULES,
      assessment: true,
    });
    const [greeting, listening] = adaRecord?.modules ?? [];
    expect(greeting).toMatchObject({
      slug: 'greeting',
      status: 'complete',
      attempts: 1,
      score: 1,
      startedAt: at(1),
      completedAt: at(2, 10),
      lastActivityAt: at(2, 10),
    });
    expect(listening).toMatchObject({ slug: 'listening', status: 'in-progress' });
    expect(adaRecord?.assessment).toEqual({
      attempts: 2,
      bestScore: 0.85,
      passed: true,
      lastSubmittedAt: at(5),
    });
    expect(adaRecord?.lastActivityAt).toBe(at(5));
    expect(adaRecord?.exportedAt).toBe(at(5));

    const boRecord = records.find((r) => r.learner.name === 'Bo');
    expect(boRecord?.learner).toEqual({ name: 'Bo', employeeId: 'emp-17' });
    expect(boRecord?.modules.map((m) => m.status)).toEqual(['not-started', 'in-progress']);
    expect(boRecord?.assessment).toEqual({ attempts: 0, passed: false });
  });

  it('leaves warm-ups and spaced review sets out of a module’s score and attempts', () => {
    const scope = { actor: ada };
    const practice = [
      // Lesson "listening" opens with a warm-up on "greeting": answered wrong, completed with score 0.
      stored(scope, {
        type: 'question-answered',
        lesson: 'greeting',
        activity: 'warm-up-listening',
        question: 'a-1',
        response: 'No',
        correct: false,
        credit: 0,
        activityKind: 'warm-up',
        at: at(3, 10),
      }),
      stored(scope, {
        type: 'activity-completed',
        lesson: 'listening',
        activity: 'warm-up-listening',
        kind: 'warm-up',
        score: 0,
        at: at(3, 11),
      }),
      stored(scope, {
        type: 'question-answered',
        lesson: 'greeting',
        activity: 'review-1',
        question: 'a-2',
        response: 'No',
        correct: false,
        credit: 0,
        activityKind: 'review',
        at: at(4, 10),
      }),
      stored(scope, {
        type: 'review-finished',
        review: 'review-1',
        lessons: ['greeting'],
        questions: 1,
        score: 0,
        at: at(4, 11),
      }),
    ];
    const without = recordsFromStatements(adaStatements(), OPTIONS).records[0]!.modules;
    const withPractice = recordsFromStatements([...adaStatements(), ...practice], OPTIONS).records[0]!
      .modules;
    expect(withPractice.map((m) => [m.slug, m.score, m.attempts, m.status])).toEqual(
      without.map((m) => [m.slug, m.score, m.attempts, m.status]),
    );
  });

  it('makes records the Reports page accepts, shown with the same figures as imported ones', () => {
    const { records } = recordsFromStatements(adaStatements(), OPTIONS);
    const record = records[0]!;
    expect(readEnvelope(sealRecord(record), NOW).ok).toBe(true);
    const batch = importTexts(new Map(), [{ source: 'LRS', text: recordToJson(record) }], NOW);
    expect(batch.results.map((r) => r.outcome)).toEqual(['accepted']);
    const row = learnerRow(batch.changed[0]!, '2026-03-10');
    expect(row).toMatchObject({
      name: 'Ada Learner',
      group: 'March starters',
      done: 2,
      total: 3,
      finalScore: 0.85,
    });
    expect(row.status).toBe('in-progress');
  });

  it('loading the same statements again changes nothing; more activity updates the row', () => {
    const first = recordsFromStatements(adaStatements(), OPTIONS).records[0]!;
    const again = recordsFromStatements(adaStatements(), OPTIONS).records[0]!;
    const imported = importTexts(new Map(), [{ source: 'LRS', text: recordToJson(first) }], NOW);
    const second = importTexts(imported.records, [{ source: 'LRS', text: recordToJson(again) }], NOW);
    expect(second.results.map((r) => r.outcome)).toEqual(['duplicate']);

    const more = [
      ...adaStatements(),
      stored({ actor: ada }, { type: 'lesson-completed', lesson: 'listening', at: at(7) }),
    ];
    const later = recordsFromStatements(more, OPTIONS).records[0]!;
    const third = importTexts(imported.records, [{ source: 'LRS', text: recordToJson(later) }], NOW);
    expect(third.results.map((r) => r.outcome)).toEqual(['updated']);
  });

  it('uses the assignment the statements carry: its group, due date, pass mark and modules', () => {
    const assignment: AssignmentSummary = {
      id: 'asg-spring-01',
      group: 'Spring cohort',
      due: '2026-03-20',
      passMark: 90,
      modules: ['listening'],
      assessment: false,
    };
    const { records } = recordsFromStatements(adaStatements({ actor: ada, assignment }), OPTIONS);
    expect(records).toHaveLength(1);
    expect(records[0]?.assignment).toEqual(assignment);
    expect(records[0]?.modules.map((m) => m.slug)).toEqual(['listening']);
    expect(records[0]?.assessment).toBeUndefined();
  });

  it('keeps a learner’s assigned and unassigned work apart', () => {
    const assignment: AssignmentSummary = {
      id: 'asg-spring-01',
      group: 'Spring cohort',
      due: '2026-03-20',
      passMark: 80,
      modules: MODULES,
      assessment: true,
    };
    const statements = [
      stored({ actor: ada }, { type: 'lesson-started', lesson: 'greeting', at: at(1) }),
      stored({ actor: ada, assignment }, { type: 'lesson-started', lesson: 'listening', at: at(2) }),
    ];
    const groups = recordsFromStatements(statements, OPTIONS)
      .records.map((r) => r.assignment.group)
      .sort();
    expect(groups).toEqual(['March starters', 'Spring cohort']);
  });

  it('skips what is malformed or about another course, and never trusts a clock ahead of the LRS', () => {
    const good = stored(
      { actor: ada },
      { type: 'lesson-completed', lesson: 'greeting', at: '2027-01-01T00:00:00.000Z' },
      at(2),
    );
    const other = { ...stored({ actor: ada }, { type: 'lesson-started', lesson: 'x', at: at(1) }) };
    other.object = { objectType: 'Activity', id: 'https://elsewhere.example/course/x' };
    const anonymous = {
      ...stored({ actor: ada }, { type: 'lesson-started', lesson: 'greeting', at: at(1) }),
      actor: { name: 'No id' },
    };
    const { records, used, skipped } = recordsFromStatements(
      [good, other, anonymous, null, 'text', { actor: {}, verb: {}, object: {} }],
      OPTIONS,
    );
    expect(used).toBe(1);
    expect(skipped).toBe(5);
    expect(records[0]?.modules[0]?.completedAt).toBe(at(2));
    expect(readEnvelope(sealRecord(records[0]!), NOW).ok).toBe(true);
  });

  it('gives nothing for no statements', () => {
    expect(recordsFromStatements([], OPTIONS)).toEqual({ records: [], used: 0, skipped: 0 });
  });
});
