// Can the final assessment or a role-play be passed by guessing? Runs the course's real draw, shuffle and
// scoring functions over simulated sittings, one strategy at a time, and prints mean score and pass rate.
// Usage: npm run bench:guessing [-- <attempts per strategy>]   (default 10,000)
// Goals (issue 12): position- or length-only strategies average ≤ 35% and pass < 1 in 1,000; a learner
// who knows 40% of the items passes < 5 in 100; first/last/longest reply reaches the best ending of a
// role-play in at most one scenario (held for the whole set: at least 99 learners in 100 reach it in at
// most one, and well under one on average).
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
import { bestPath, startState, step } from '../src/domain/activities/scenario-engine';
import { countDistribution, outcomeChances } from '../src/domain/activities/scenario-guessing';
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
// A position strategy presses the button at its position at every turn, free-text turns included: the
// buttons are shown there beside the box, and a learner guessing by position does not write a reply (a
// typed reply is matched to the closest scripted one, so writing is answering, not guessing).

function play(scenario: Scenario, pick: (choices: Choice[]) => Choice | undefined, seed: string | null) {
  let state = startState(scenario);
  for (let guard = 0; guard < 200 && state.node; guard += 1) {
    const node = state.node;
    // The order the learner sees: the seed the role-play component uses (learner, activity, run, turn).
    const shown =
      seed === null
        ? node.choices
        : presentReplies(node.choices, presentationSeed(seed, scenario.id, 0, node.id));
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
const chances = list.map((s) => outcomeChances(s).promoter);
const exact = countDistribution(chances);
const atLeastTwo = (dist: readonly number[]) => dist.slice(2).reduce((a, b) => a + b, 0);

console.log(
  `\nRole-plays: ${list.length} scenarios. Each strategy is replayed for ${ATTEMPTS.toLocaleString('en-GB')} learners, each with their own reply shuffle, through all ${list.length}; "written order" is the order in the files (printouts, reviews). At a free-text turn the strategy presses a button; it never types.\n`,
);
console.log(
  `| ${pad('Strategy', 22)} | Best endings of ${list.length}, written order | Best endings per learner, mean | Learners reaching ≥ 2 | Most for one learner |`,
);
console.log(
  `| ${'-'.repeat(22)} | ${'-'.repeat(30)} | ------------------------------ | --------------------- | -------------------- |`,
);
for (const name of ['first', 'last', 'longest'] as Pick[]) {
  const written = list.filter((s) => play(s, picks[name], null));
  let reached = 0;
  let most = 0;
  let twoOrMore = 0;
  for (let i = 0; i < ATTEMPTS; i += 1) {
    const seed = `learner-${i}`;
    const count = list.filter((s) => play(s, picks[name], seed)).length;
    reached += count;
    most = Math.max(most, count);
    if (count >= 2) twoOrMore += 1;
  }
  console.log(
    `| ${pad(`${name[0]!.toUpperCase()}${name.slice(1)} reply`, 22)} | ${pad(`${written.length}${written.length ? ` (${written.map((s) => s.id).join(', ')})` : ''}`, 30)} | ${pad((reached / ATTEMPTS).toFixed(3), 30)} | ${pad(pct(twoOrMore / ATTEMPTS, 2), 21)} | ${pad(String(most), 20)} |`,
  );
}
console.log(
  `| ${pad('Exact, random presses', 22)} | ${pad('n/a', 30)} | ${pad(chances.reduce((a, b) => a + b, 0).toFixed(3), 30)} | ${pad(pct(atLeastTwo(exact), 3), 21)} | ${pad('n/a', 20)} |`,
);

console.log(
  '\nThe shuffle is uniform, so always pressing the first (or last) shown reply is a random press at every turn; the last row is that chance worked out exactly over every path (`outcomeChances`). Per scenario:\n',
);
console.log(`| ${pad('Scenario', 22)} | Turns (on the best path) | Best ending by random presses |`);
console.log(`| ${'-'.repeat(22)} | ------------------------ | ----------------------------- |`);
list.forEach((s, i) => {
  const turns = `${s.nodes.filter((n) => n.kind === 'turn').length} (${bestPath(s).steps.length})`;
  console.log(`| ${pad(s.id, 22)} | ${pad(turns, 24)} | ${pad(pct(chances[i] ?? 0, 2), 29)} |`);
});
