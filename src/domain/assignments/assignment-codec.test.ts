import fc from 'fast-check';
import {
  createAssignment,
  decodeAssignment,
  encodeAssignment,
  isUsableId,
  misplacedAssignment,
} from './assignment-codec';
import { hasVisibleText } from '../lib/clean-text';
import type { AssignmentDraft } from './assignment-codec';
import type { Assignment } from './assignment';
import { canonicalJson, hashString, toBase64Url } from '../lib/hash';
import { emptyProgress } from '../course/progress';
import { reviewEnabled } from '../course/review-schedule';

const assignment: Assignment = {
  v: 1,
  id: 'a1b2c3d4e5',
  group: 'March starters — Zoë’s team',
  modules: ['greeting', 'listening'],
  assessment: true,
  due: '2026-04-30',
  passMark: 80,
  message: 'Please finish before the team meeting.',
  trainer: 'Priya Shah',
  createdAt: '2026-03-01T09:00:00.000Z',
};

/** A token whose checksum matches its content, as a careful forger would make it. */
const sealed = (value: unknown) => {
  const json = canonicalJson(value);
  return `${toBase64Url(json)}.${hashString(json)}`;
};

describe('assignment links: round trip', () => {
  it('decodes exactly what was encoded, with or without the leading #', () => {
    const token = encodeAssignment(assignment);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[0-9a-f]{14}$/);
    expect(decodeAssignment(token)).toEqual({ ok: true, assignment });
    expect(decodeAssignment(`#${token}`)).toEqual({ ok: true, assignment });
  });

  it('round-trips any valid assignment', () => {
    const arbitrary = fc.record({
      v: fc.constant(1 as const),
      id: fc.stringMatching(/^[A-Za-z0-9_-]{6,20}$/).filter(isUsableId),
      group: fc
        .string({ minLength: 1, maxLength: 80, unit: 'grapheme' })
        .filter((g) => hasVisibleText(g) && g.length <= 80),
      modules: fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,10}(-[a-z0-9]{1,10})?$/), {
        minLength: 1,
        maxLength: 6,
      }),
      assessment: fc.boolean(),
      due: fc.constantFrom('2026-01-31', '2027-12-01', '2028-02-29'),
      passMark: fc.integer({ min: 50, max: 100 }),
      createdAt: fc.constant('2026-01-01T00:00:00.000Z'),
    });
    fc.assert(
      fc.property(arbitrary, (value) => {
        const result = decodeAssignment(encodeAssignment(value));
        expect(result).toEqual({ ok: true, assignment: value });
      }),
    );
  });
});

describe('assignment links: every kind of corruption is named and rejected', () => {
  const token = encodeAssignment(assignment);
  const problem = (fragment: string) => {
    const result = decodeAssignment(fragment);
    return result.ok ? 'ok' : result.problem;
  };

  it('an empty fragment', () => {
    expect(problem('')).toBe('empty');
    expect(problem('#')).toBe('empty');
    expect(problem('   ')).toBe('empty');
  });

  it('a link cut short, in the checksum or before it', () => {
    expect(problem(token.slice(0, -1))).toBe('truncated');
    expect(problem(token.slice(0, token.indexOf('.') + 1))).toBe('truncated');
    expect(problem(token.slice(0, token.indexOf('.')))).toBe('truncated');
    expect(problem(token.slice(0, 30))).toBe('truncated');
  });

  it('a link with a character changed anywhere', () => {
    const dot = token.indexOf('.');
    for (const at of [0, 5, dot - 1, dot + 1, token.length - 1]) {
      const ch = token[at] === 'A' ? 'B' : 'A';
      const changed =
        token.slice(0, at) + (at > dot ? (token[at] === '0' ? '1' : '0') : ch) + token.slice(at + 1);
      expect(['altered', 'malformed']).toContain(problem(changed));
    }
    expect(problem(sealed(assignment).replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')))).toBe('altered');
  });

  it('an edited payload with the old checksum', () => {
    const json = canonicalJson({ ...assignment, passMark: 10 });
    expect(problem(`${toBase64Url(json)}.${hashString(canonicalJson(assignment))}`)).toBe('altered');
  });

  it('text that is not an assignment at all', () => {
    expect(problem('hello world')).toBe('malformed');
    expect(problem('not-a-token')).toBe('malformed');
    expect(problem('a.b.c')).toBe('malformed');
    expect(problem(`${toBase64Url('[1,2]')}.${hashString('[1,2]')}`)).toBe('malformed');
    expect(problem(`${toBase64Url('{nope')}.${hashString('{nope')}`)).toBe('malformed');
    expect(problem('%7B%22v%22')).toBe('malformed');
  });

  it('a link from a newer version of the course', () => {
    const result = decodeAssignment(sealed({ ...assignment, v: 2 }));
    expect(result).toMatchObject({ ok: false, problem: 'version' });
    expect(!result.ok && result.message).toMatch(/newer version.*format 2/);
  });

  it('a well-sealed link whose details are wrong says which', () => {
    const bad = (change: Record<string, unknown>) => decodeAssignment(sealed({ ...assignment, ...change }));
    expect(bad({ due: '2026-02-30' })).toMatchObject({
      problem: 'invalid',
      message: expect.stringMatching(/due date is not a real date/),
    });
    expect(bad({ passMark: 120 })).toMatchObject({
      problem: 'invalid',
      message: expect.stringMatching(/pass mark/),
    });
    expect(bad({ group: undefined })).toMatchObject({
      problem: 'invalid',
      message: expect.stringMatching(/missing the group name/),
    });
    expect(bad({ modules: [], assessment: false })).toMatchObject({
      message: expect.stringMatching(/assigns nothing/),
    });
    expect(bad({ modules: ['a', 'a'] })).toMatchObject({ message: expect.stringMatching(/twice/) });
  });

  it('refuses an id that names a property every object has, saying why', () => {
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']) {
      expect(decodeAssignment(sealed({ ...assignment, id }))).toMatchObject({
        ok: false,
        problem: 'invalid',
        message: expect.stringMatching(/assignment id is a reserved word/),
      });
    }
  });

  it('refuses a hand-made pass mark outside 50–100%, saying the rule', () => {
    for (const passMark of [1, 49, 101]) {
      expect(decodeAssignment(sealed({ ...assignment, passMark }))).toMatchObject({
        problem: 'invalid',
        message: expect.stringMatching(/pass mark must be a whole number from 50% to 100%/),
      });
    }
    expect(decodeAssignment(sealed({ ...assignment, passMark: 50 })).ok).toBe(true);
  });

  it('refuses a due date after 2100', () => {
    expect(decodeAssignment(sealed({ ...assignment, due: '2101-01-01' }))).toMatchObject({
      problem: 'invalid',
      message: expect.stringMatching(/due date is after 2100/),
    });
    expect(decodeAssignment(sealed({ ...assignment, due: '2100-12-31' })).ok).toBe(true);
  });

  it('refuses a group name made only of invisible characters', () => {
    expect(decodeAssignment(sealed({ ...assignment, group: '\u200B\u2800' }))).toMatchObject({
      problem: 'invalid',
      message: expect.stringMatching(/group name must not be empty/),
    });
  });

  it('hints at a ? where the # belongs, and gives the address it should have been', () => {
    const token = sealed(assignment);
    expect(misplacedAssignment(`?${token}`)).toEqual({
      message: expect.stringMatching(/a \? where a # belongs/),
      fragment: token,
    });
    expect(misplacedAssignment('')).toBeNull();
    expect(misplacedAssignment('?utm_source=mail')).toBeNull();
  });
});

describe('assignment links: never throws', () => {
  const token = encodeAssignment(assignment);
  it('on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(typeof decodeAssignment(text).ok).toBe('boolean');
      }),
    );
  });

  it('on any sealed JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(decodeAssignment(sealed(value)).ok).toBe(false);
      }),
    );
  });

  it('rejects every single-character change, cut or insertion of a real link', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.%#';
    const mutation = fc.oneof(
      fc.record({
        kind: fc.constant('replace' as const),
        at: fc.nat(token.length - 1),
        ch: fc.constantFrom(...alphabet),
      }),
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(token.length),
        ch: fc.constantFrom(...alphabet),
      }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat(token.length - 1), ch: fc.constant('') }),
    );
    fc.assert(
      fc.property(mutation, ({ kind, at, ch }) => {
        const mutated =
          kind === 'replace'
            ? token.slice(0, at) + ch + token.slice(at + 1)
            : kind === 'insert'
              ? token.slice(0, at) + ch + token.slice(at)
              : token.slice(0, at);
        fc.pre(mutated !== token && mutated !== `#${token}`);
        expect(decodeAssignment(mutated).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('creating an assignment from the trainer form', () => {
  const draft: AssignmentDraft = {
    group: '  March starters ',
    modules: ['listening', 'greeting'],
    assessment: false,
    due: '2026-03-20',
    passMark: '75',
    message: '',
    trainer: '',
  };
  const context = {
    id: 'abcdef1234',
    now: new Date('2026-03-01T10:00:00Z'),
    today: '2026-03-01',
    moduleOrder: ['greeting', 'listening', 'follow-up'],
  };

  it('trims, orders modules as the course does and leaves out empty optional fields', () => {
    const result = createAssignment(draft, context);
    expect(result).toEqual({
      ok: true,
      assignment: {
        v: 1,
        id: 'abcdef1234',
        group: 'March starters',
        modules: ['greeting', 'listening'],
        assessment: false,
        due: '2026-03-20',
        passMark: 75,
        review: true,
        createdAt: '2026-03-01T10:00:00.000Z',
      },
    });
    expect(result.ok).toBe(true);
    const assignment = result.ok ? result.assignment : null;
    expect(decodeAssignment(encodeAssignment(assignment!)).ok).toBe(true);
  });

  it('explains every problem in the form', () => {
    const result = createAssignment(
      {
        group: ' ',
        modules: ['unknown'],
        assessment: false,
        due: '2026-02-28',
        passMark: '80.5',
        message: 'x'.repeat(501),
        trainer: '',
      },
      context,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.group).toMatch(/name of the group/);
    expect(result.errors.modules).toMatch(/at least one module/);
    expect(result.errors.due).toMatch(/in the past/);
    expect(result.errors.passMark).toMatch(/whole number from 50 to 100/);
    expect(result.errors.message).toMatch(/500 characters/);
    expect(createAssignment({ ...draft, due: '' }, context)).toMatchObject({
      errors: { due: /Enter a due date/ },
    });
    expect(createAssignment({ ...draft, due: '20266-01-01' }, context)).toMatchObject({
      errors: { due: /Enter a due date/ },
    });
    expect(createAssignment({ ...draft, due: '2036-01-01' }, context)).toMatchObject({
      errors: { due: /five years/ },
    });
    expect(createAssignment({ ...draft, modules: [], assessment: true }, context).ok).toBe(true);
  });
});

describe('assignment links: retake rules', () => {
  const draft: AssignmentDraft = {
    group: 'March',
    modules: ['greeting'],
    assessment: true,
    due: '2026-04-30',
    passMark: '80',
    maxAttempts: '3',
    waitHours: '24',
    message: '',
    trainer: '',
  };
  const context = {
    id: 'a1b2c3d4e5',
    now: new Date('2026-03-01T09:00:00.000Z'),
    today: '2026-03-01',
    moduleOrder: ['greeting'],
  };

  it('carries a maximum number of attempts and a wait through the link', () => {
    const made = createAssignment(draft, context);
    expect(made.ok && made.assignment).toMatchObject({ maxAttempts: 3, waitHours: 24 });
    if (!made.ok) return;
    expect(decodeAssignment(encodeAssignment(made.assignment))).toEqual({
      ok: true,
      assignment: made.assignment,
    });
  });

  it('leaves them out when blank (unlimited, no wait), and links without them still decode', () => {
    const made = createAssignment({ ...draft, maxAttempts: '', waitHours: '' }, context);
    expect(made.ok && 'maxAttempts' in made.assignment).toBe(false);
    expect(made.ok && 'waitHours' in made.assignment).toBe(false);
    expect(decodeAssignment(encodeAssignment(assignment)).ok).toBe(true);
  });

  it('explains numbers out of range', () => {
    const made = createAssignment({ ...draft, maxAttempts: '0', waitHours: '1000' }, context);
    expect(made.ok ? {} : made.errors).toEqual({
      maxAttempts: 'Enter a whole number from 1 to 20, or leave it blank for no limit.',
      waitHours: 'Enter a whole number of hours from 0 to 720 (30 days), or leave it blank for no wait.',
    });
    expect(decodeAssignment(sealed({ ...assignment, maxAttempts: 0 }))).toMatchObject({
      ok: false,
      problem: 'invalid',
      message: expect.stringMatching(/the most attempts allowed is not valid/),
    });
  });
});

describe('assignment links: the spaced review switch', () => {
  const draft: AssignmentDraft = {
    group: 'Team',
    modules: ['greeting'],
    assessment: false,
    due: '2026-03-20',
    passMark: '80',
    message: '',
    trainer: '',
  };
  const context = {
    id: 'abcdef1234',
    now: new Date('2026-03-01T10:00:00Z'),
    today: '2026-03-01',
    moduleOrder: ['greeting'],
  };
  const made = (review?: boolean) => {
    const result = createAssignment(review === undefined ? draft : { ...draft, review }, context);
    if (!result.ok) throw new Error('expected an assignment');
    return result.assignment;
  };

  it('is on unless the trainer turns it off, and travels in the link either way', () => {
    expect(made().review).toBe(true);
    expect(made(false).review).toBe(false);
    const off = decodeAssignment(encodeAssignment(made(false)));
    expect(off.ok && off.assignment.review).toBe(false);
    const on = decodeAssignment(encodeAssignment(made(true)));
    expect(on.ok && on.assignment.review).toBe(true);
  });

  it('reads a link made before the switch existed, which means on', () => {
    const before = decodeAssignment(sealed(assignment));
    expect(before).toEqual({ ok: true, assignment });
    expect(before.ok && before.assignment.review).toBeUndefined();
    expect(
      reviewEnabled({ ...emptyProgress(), assignments: { x: { id: 'x', assignment, acceptedAt: 'z' } } }),
    ).toBe(true);
  });

  it('refuses a hand-made setting that is not on or off, saying which', () => {
    const result = decodeAssignment(sealed({ ...assignment, review: 'yes' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain('the spaced review setting');
  });
});
