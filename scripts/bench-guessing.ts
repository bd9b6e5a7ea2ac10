// Can the final assessment or a role-play be passed by guessing? Runs the course's real draw, shuffle and
// scoring functions over simulated sittings, one strategy at a time, and prints mean score and pass rate.
// Usage: npm run bench:guessing [-- <attempts per strategy>]   (default 10,000)
// Goals (issue 12): position- or length-only strategies average ≤ 35% and pass < 1 in 1,000; a learner
// who knows 40% of the items passes < 5 in 100; first/last/longest reply reaches the best ending of a
// role-play in at most one scenario.
import { scenarios } from '../lessons/scenarios/index';
import { assessmentBank } from '../src/content/assessment-bank';
import { readLessons } from '../src/content/lessons-plugin';
import { correctResponse } from '../src/domain/activities/quiz-scoring';
import type { Response } from '../src/domain/activities/quiz-types';
import {
  inOrder,
  presentationOrder,
  presentationSeed,
  presentReplies,
} from '../src/domain/activities/presentation';
import { startState, step } from '../src/domain/activities/scenario-engine';
import type { Choice, Scenario } from '../src/domain/activities/scenario-types';
import {
  attemptQuestionSeed,
  DEFAULT_PASS_MARK,
  drawQuestions,
  QUESTIONS_PER_ATTEMPT,
  scoreAttempt,
} from '../src/domain/assessment/assessment';
import type { BankItem } from '../src/domain/assessment/assessment';
import { rngFromSeed } from '../src/domain/lib/shuffle';

const ATTEMPTS = Number(process.argv[2] ?? 10_000);
const lessonSlugs = readLessons('lessons')
  .sort((a, b) => a.order - b.order)
  .map((l) => l.slug);
const rng = rngFromSeed('bench-guessing');

type Pick = 'first' | 'last' | 'longest';

/** What a guesser does with one question, seeing it in its shown order. */
function guess(q: BankItem, seed: string, pick: Pick, tf: 'first' | 'false'): Response | undefined {
  const order = presentationOrder(q, seed);
  const choose = <T extends { id: string }>(items: T[], text: (t: T) => string): T | undefined =>
    pick === 'first'
      ? items[0]
      : pick === 'last'
        ? items[items.length - 1]
        : items.reduce<T | undefined>((a, b) => (!a || text(b).length > text(a).length ? b : a), undefined);
  switch (q.kind) {
    case 'single': {
      const o = choose(inOrder(q.options, order), (x) => x.text);
      return o && { kind: 'single', optionId: o.id };
    }
    case 'multiple': {
      const o = choose(inOrder(q.options, order), (x) => x.text);
      return o && { kind: 'multiple', optionIds: [o.id] };
    }
    case 'truefalse':
      // Shown as True then False: "first" is True, "last" is False; length says nothing.
      return { kind: 'truefalse', value: tf === 'false' ? false : pick === 'last' ? false : true };
    case 'ordering':
      // Left as first shown.
      return { kind: 'ordering', itemIds: order };
    case 'matching': {
      const right = choose(inOrder(q.pairs, order), (p) => p.right);
      return right && { kind: 'matching', matches: Object.fromEntries(q.pairs.map((p) => [p.id, right.id])) };
    }
    case 'short':
      return undefined;
  }
}

interface Strategy {
  name: string;
  respond: (q: BankItem, seed: string, known: ReadonlySet<string>) => Response | undefined;
  /** Share of the bank this learner knows (answers right); 0 for a pure guesser. */
  knows?: number;
}

const strategies: Strategy[] = [
  { name: 'First option everywhere', respond: (q, s) => guess(q, s, 'first', 'first') },
  { name: 'Last option everywhere', respond: (q, s) => guess(q, s, 'last', 'first') },
  { name: 'Longest option everywhere', respond: (q, s) => guess(q, s, 'longest', 'first') },
  {
    name: '"False" on every true/false, first option elsewhere',
    respond: (q, s) => guess(q, s, 'first', 'false'),
  },
  {
    name: 'Tick every box in "select all", first option elsewhere',
    respond: (q, s) =>
      q.kind === 'multiple'
        ? { kind: 'multiple', optionIds: q.options.map((o) => o.id) }
        : guess(q, s, 'first', 'first'),
  },
  {
    name: 'Knows 40% of items, first option on the rest',
    knows: 0.4,
    respond: (q, s, known) => (known.has(q.id) ? correctResponse(q) : guess(q, s, 'first', 'first')),
  },
];

function runStrategy(strategy: Strategy) {
  let total = 0;
  let passes = 0;
  for (let i = 0; i < ATTEMPTS; i += 1) {
    const known = new Set(
      assessmentBank.filter(() => strategy.knows !== undefined && rng() < strategy.knows).map((q) => q.id),
    );
    const attemptId = `bench-${i}`;
    const questions = drawQuestions(assessmentBank, lessonSlugs, rng);
    const responses: Record<string, Response | undefined> = {};
    for (const q of questions)
      responses[q.id] = strategy.respond(q, attemptQuestionSeed(attemptId, q.id), known);
    const result = scoreAttempt(questions, responses, DEFAULT_PASS_MARK, attemptId);
    total += result.score;
    if (result.passed) passes += 1;
  }
  return { mean: total / ATTEMPTS, passRate: passes / ATTEMPTS };
}

const pct = (n: number, digits = 1) => `${(n * 100).toFixed(digits)}%`;
const pad = (s: string, n: number) => s.padEnd(n);

console.log(
  `Final assessment: ${assessmentBank.length} items, ${QUESTIONS_PER_ATTEMPT} drawn per sitting, pass at ${pct(DEFAULT_PASS_MARK, 0)} overall and half of each lesson; ${ATTEMPTS.toLocaleString('en-GB')} simulated sittings per strategy.\n`,
);
console.log(`| ${pad('Strategy', 56)} | Mean score | Pass rate |`);
console.log(`| ${'-'.repeat(56)} | ---------- | --------- |`);
for (const strategy of strategies) {
  const { mean, passRate } = runStrategy(strategy);
  console.log(`| ${pad(strategy.name, 56)} | ${pad(pct(mean), 10)} | ${pad(pct(passRate, 2), 9)} |`);
}

// Role-plays ------------------------------------------------------------------------------------

function play(
  scenario: Scenario,
  pick: (choices: Choice[]) => Choice | undefined,
  order: (node: string) => Choice[] | null,
) {
  let state = startState(scenario);
  for (let guard = 0; guard < 200 && state.node; guard += 1) {
    const node = state.node;
    const shown = order(node.id) ?? node.choices;
    const choice = pick(shown);
    if (!choice) break;
    const next = step(scenario, state, { type: 'choose', choiceId: choice.id });
    if (!next.ok) break;
    state = next.state;
  }
  return state.ending?.outcome === 'promoter';
}

const picks: Record<Pick, (choices: Choice[]) => Choice | undefined> = {
  first: (c) => c[0],
  last: (c) => c[c.length - 1],
  longest: (c) =>
    c.reduce<Choice | undefined>((a, b) => (!a || b.text.length > a.text.length ? b : a), undefined),
};

const list = Object.values(scenarios);
console.log(
  `\nRole-plays: ${list.length} scenarios. "Shown order" replays each strategy for ${ATTEMPTS.toLocaleString('en-GB')} learners, each with their own shuffle; "written order" is the order in the files (printouts, reviews).\n`,
);
console.log(
  `| ${pad('Strategy', 22)} | Best ending, written order | Best ending, shown order: mean scenarios per learner | Learners reaching it in more than one |`,
);
console.log(
  `| ${'-'.repeat(22)} | -------------------------- | ---------------------------------------------------- | ------------------------------------- |`,
);
for (const name of ['first', 'last', 'longest'] as Pick[]) {
  const written = list.filter((s) => play(s, picks[name], () => null));
  let reached = 0;
  let most = 0;
  let moreThanOne = 0;
  for (let i = 0; i < ATTEMPTS; i += 1) {
    const seed = `learner-${i}`;
    const count = list.filter((s) =>
      play(s, picks[name], (node) => {
        const turn = s.nodes.find((n) => n.id === node);
        return turn?.kind === 'turn'
          ? presentReplies(turn.choices, presentationSeed(seed, s.id, 0, node))
          : null;
      }),
    ).length;
    reached += count;
    most = Math.max(most, count);
    if (count > 1) moreThanOne += 1;
  }
  console.log(
    `| ${pad(`${name[0]!.toUpperCase()}${name.slice(1)} reply`, 22)} | ${pad(`${written.length} of ${list.length}${written.length ? ` (${written.map((s) => s.id).join(', ')})` : ''}`, 26)} | ${pad(`${(reached / ATTEMPTS).toFixed(2)} of ${list.length} (most for one learner: ${most})`, 52)} | ${pad(pct(moreThanOne / ATTEMPTS), 37)} |`,
  );
}
