/**
 * The item-quality gate: build-time checks that keep position, length and wording from giving answers
 * away. Pure: the caller (scripts/lint-content.ts, and the tests) gathers the course's quizzes, bank and
 * scenarios and passes them in. Every finding names the file and the item and says how to fix it.
 */
import type { ChoiceOption, Question } from './quiz-types';
import type { Scenario, TurnNode } from './scenario-types';
import { scoreResponse } from './quiz-scoring';
import { outcomeChances } from './scenario-guessing';
import { normaliseAnswer } from '../lib/text-normalise';

export interface Finding {
  file: string;
  /** The item: a question id, a scenario id and turn, or the whole file. */
  item: string;
  rule: QualityRule;
  message: string;
}

type QualityRule =
  | 'key-position'
  | 'distractor-last'
  | 'longest-key'
  | 'true-false-balance'
  | 'absolute-words'
  | 'correct-count'
  | 'select-all'
  | 'near-duplicate'
  | 'longest-reply'
  | 'plain-reply'
  | 'guessable-ending'
  | 'bank-size'
  | 'application-share'
  | 'channels'
  | 'lesson-size'
  | 'objective-coverage';

/** Questions written together: a lesson quiz, or one file of the final bank. */
export interface QuestionSet {
  file: string;
  /** The quiz id, or the bank file's lesson. */
  activity: string;
  questions: Question[];
}

export interface ScenarioSource {
  file: string;
  scenario: Scenario;
}

/** Words that make a statement sweeping: test-wise learners know such statements are usually false. */
const ABSOLUTES = ['always', 'never', 'only', 'all'] as const;
const ABSOLUTE_WORD = new RegExp(`\\b(${ABSOLUTES.join('|')})\\b`, 'i');
/** Above this share a position (or a length, or a key) starts to tell a guesser something. */
const LONGEST_KEY_SHARE = 1 / 3;
const LONGEST_REPLY_SHARE = 0.4;
/**
 * The most often a learner pressing replies at random (which is what "always the first button" is,
 * under the uniform reply shuffle) may reach a scenario's best ending. At 1 in 100 per scenario, ten
 * role-plays leave fewer than 1 learner in 100 reaching two best endings that way.
 */
const GUESSED_BEST_ENDING = 0.01;
const TRUE_SHARE = { min: 0.4, max: 0.6 } as const;
const SIMILAR_STEMS = 0.6;

const choiceQuestions = (questions: readonly Question[]) =>
  questions.filter(
    (q): q is Question & { kind: 'single' | 'multiple'; options: ChoiceOption[] } =>
      q.kind === 'single' || q.kind === 'multiple',
  );

const len = (text: string) => text.trim().length;
const list = (ids: readonly string[], max = 6) =>
  ids.length <= max ? ids.join(', ') : `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
const pct = (share: number) => `${Math.round(share * 100)}%`;

/** Whether the right option (or, for multiple choice, a right option) is strictly the longest. */
function keyIsLongest(options: readonly ChoiceOption[]): boolean {
  const longest = Math.max(...options.map((o) => len(o.text)));
  const atLongest = options.filter((o) => len(o.text) === longest);
  return atLongest.length === 1 && atLongest[0]?.correct === true;
}

/** Checks that belong to one activity: longest keys, absolute words, "select all" credit. */
export function checkQuestionSet(set: QuestionSet): Finding[] {
  const findings: Finding[] = [];
  const at = (item: string, rule: QualityRule, message: string) =>
    findings.push({ file: set.file, item, rule, message });

  const longest = choiceQuestions(set.questions).filter((q) => keyIsLongest(q.options));
  const allowed = Math.floor(set.questions.length * LONGEST_KEY_SHARE + 1e-9);
  if (longest.length > allowed) {
    at(
      set.activity,
      'longest-key',
      `The correct option is the longest in ${longest.length} of ${set.questions.length} items (${list(longest.map((q) => q.id))}); at most ${allowed} may be. ` +
        'Learners who cannot tell pick the longest, most qualified option. Trim the right answer to the point, or give a wrong option the same care and detail.',
    );
  }

  for (const q of set.questions) {
    if (q.kind === 'truefalse' && q.answer && ABSOLUTE_WORD.test(q.prompt)) {
      const word = ABSOLUTE_WORD.exec(q.prompt)?.[1]?.toLowerCase();
      at(
        q.id,
        'absolute-words',
        `This true statement says "${word}". Sweeping words mark false statements for a test-wise guesser, so use them only in false ones: say what is usually or mostly so, or make the statement false.`,
      );
    }
    if (q.kind === 'single' || q.kind === 'multiple') {
      for (const option of q.options) {
        const word = ABSOLUTE_WORD.exec(option.text)?.[1]?.toLowerCase();
        if (option.correct && word)
          at(
            q.id,
            'absolute-words',
            `Correct option "${option.id}" says "${word}". Sweeping words belong in wrong options only, where they are the mistake; reword the right answer without them.`,
          );
      }
    }
    if (q.kind === 'multiple') {
      const everything = scoreResponse(q, { kind: 'multiple', optionIds: q.options.map((o) => o.id) });
      if (everything.credit > 0.5) {
        at(
          q.id,
          'select-all',
          `Ticking every box earns ${pct(everything.credit)} here (${q.options.filter((o) => o.correct).length} right of ${q.options.length}). ` +
            'Add a plausible wrong option or make one right option wrong, so that a learner who ticks everything earns half the mark or less.',
        );
      }
    }
  }
  return findings;
}

/**
 * Checks across a group of activities (all lesson quizzes, or the whole bank): where keys sit, where
 * distractors sit, how many options are right, how true/false keys balance. `scope` names the group.
 */
export function checkQuestionGroup(scope: string, sets: readonly QuestionSet[]): Finding[] {
  const findings: Finding[] = [];
  const owner = new Map<string, string>();
  for (const set of sets) for (const q of set.questions) owner.set(q.id, set.file);
  const all = sets.flatMap((s) => s.questions);
  const files = (ids: readonly string[]) => [...new Set(ids.map((id) => owner.get(id) ?? scope))].join(', ');

  const singles = all.filter(
    (q): q is Question & { kind: 'single'; options: ChoiceOption[] } => q.kind === 'single',
  );
  if (singles.length >= 2) {
    const byPosition = new Map<number, string[]>();
    for (const q of singles) {
      const position = q.options.findIndex((o) => o.correct);
      byPosition.set(position, [...(byPosition.get(position) ?? []), q.id]);
    }
    const limit = singles.length >= 10 ? 0.4 : 0.5;
    for (const [position, ids] of byPosition) {
      const share = ids.length / singles.length;
      if (share > limit || (singles.length < 4 && ids.length === singles.length)) {
        findings.push({
          file: files(ids),
          item: scope,
          rule: 'key-position',
          message:
            `The correct option is written in position ${position + 1} in ${ids.length} of ${singles.length} single-choice items (${list(ids)}). ` +
            `Spread the keys so no position holds more than ${pct(limit)}: options are shuffled on screen, but printouts and a screen reader's review follow the written order.`,
        });
      }
    }
  }

  const multiples = all.filter(
    (q): q is Question & { kind: 'multiple'; options: ChoiceOption[] } => q.kind === 'multiple',
  );
  if (multiples.length >= 1) {
    const last = multiples.filter((q) => {
      const firstWrong = q.options.findIndex((o) => !o.correct);
      return firstWrong >= 0 && q.options.slice(firstWrong).every((o) => !o.correct);
    });
    if (last.length > Math.max(1, Math.floor(multiples.length / 2))) {
      findings.push({
        file: files(last.map((q) => q.id)),
        item: scope,
        rule: 'distractor-last',
        message: `In ${last.length} of ${multiples.length} "select all" items the wrong options all come after the right ones (${list(last.map((q) => q.id))}). Put some wrong options first or in the middle.`,
      });
    }
  }
  if (multiples.length >= 3) {
    const counts = new Set(multiples.map((q) => q.options.filter((o) => o.correct).length));
    if (counts.size < 2) {
      const [only] = [...counts];
      findings.push({
        file: files(multiples.map((q) => q.id)),
        item: scope,
        rule: 'correct-count',
        message: `Every one of the ${multiples.length} "select all" items has exactly ${only} right options. Vary it (one, two, three…), so that the count itself is no clue.`,
      });
    }
  }

  const tf = all.filter(
    (q): q is Question & { kind: 'truefalse'; answer: boolean } => q.kind === 'truefalse',
  );
  if (tf.length >= 2) {
    const trues = tf.filter((q) => q.answer).length;
    const share = trues / tf.length;
    if (share < TRUE_SHARE.min - 1e-9 || share > TRUE_SHARE.max + 1e-9) {
      const heavy = share < TRUE_SHARE.min ? tf.filter((q) => !q.answer) : tf.filter((q) => q.answer);
      findings.push({
        file: files(tf.map((q) => q.id)),
        item: scope,
        rule: 'true-false-balance',
        message:
          `${trues} of ${tf.length} true/false statements are true (${pct(share)}); keep it between ${pct(TRUE_SHARE.min)} and ${pct(TRUE_SHARE.max)}, or "always ${share < 0.5 ? 'false' : 'true'}" pays. ` +
          `Rewrite some of ${list(heavy.map((q) => q.id))} as ${share < 0.5 ? 'true' : 'false'} statements.`,
      });
    }
  }
  return findings;
}

const STOP = new Set(
  'a an the of to in on for and or is are be it its this that which what who how why do does you your with as at by from their they them our we not'.split(
    ' ',
  ),
);

function stemWords(prompt: string): Set<string> {
  return new Set(
    normaliseAnswer(prompt)
      .split(' ')
      .filter((w) => w.length > 1 && !STOP.has(w)),
  );
}

/** Share of words two stems have in common (Jaccard): 1 for the same words, 0 for none. */
export function stemSimilarity(a: string, b: string): number {
  const x = stemWords(a);
  const y = stemWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common += 1;
  return common / (x.size + y.size - common);
}

/** Final-bank items whose stem nearly repeats a lesson quiz question: those test memory of the quiz. */
export function checkNearDuplicates(
  quizzes: readonly QuestionSet[],
  bank: readonly QuestionSet[],
): Finding[] {
  const findings: Finding[] = [];
  for (const set of bank) {
    for (const q of set.questions) {
      for (const quiz of quizzes) {
        for (const practice of quiz.questions) {
          const similarity = stemSimilarity(q.prompt, practice.prompt);
          if (similarity >= SIMILAR_STEMS) {
            findings.push({
              file: set.file,
              item: q.id,
              rule: 'near-duplicate',
              message: `Its question nearly repeats ${practice.id} in ${quiz.file} (${pct(similarity)} the same words). A learner who memorised the practice answer passes it without understanding: set it in a new situation, or ask about a different part of the idea.`,
            });
          }
        }
      }
    }
  }
  return findings;
}

/**
 * Role-play checks: the best reply is not usually the longest, once at least it is the shortest, and
 * pressing replies at random seldom reaches the best ending.
 */
export function checkScenario({ file, scenario }: ScenarioSource): Finding[] {
  const findings: Finding[] = [];
  const turns = scenario.nodes.filter(
    (n): n is TurnNode => n.kind === 'turn' && n.choices.some((c) => c.best) && n.choices.length >= 2,
  );
  if (turns.length === 0) return findings;
  const longest = turns.filter((turn) => {
    const max = Math.max(...turn.choices.map((c) => len(c.text)));
    return turn.choices.some((c) => c.best && len(c.text) === max);
  });
  if (longest.length / turns.length > LONGEST_REPLY_SHARE + 1e-9) {
    findings.push({
      file,
      item: scenario.id,
      rule: 'longest-reply',
      message:
        `The best reply is the longest in ${longest.length} of ${turns.length} turns (${list(longest.map((t) => t.id))}); at most ${pct(LONGEST_REPLY_SHARE)} may be. ` +
        'Pressing the longest button should not win the conversation: cut the best reply to what a good representative would really say, or let a weaker reply ramble (over-explaining, over-apologising).',
    });
  }
  const plain = turns.some((turn) => {
    const min = Math.min(...turn.choices.map((c) => len(c.text)));
    return turn.choices.some((c) => c.best && len(c.text) === min);
  });
  if (!plain) {
    findings.push({
      file,
      item: scenario.id,
      rule: 'plain-reply',
      message:
        'No turn has the short, plain reply as the best one. Real conversations often need just "Yes, I can do that now" or a simple question: write at least one turn where the shortest reply is best and a longer one over-talks.',
    });
  }
  const guessed = outcomeChances(scenario).promoter;
  if (guessed > GUESSED_BEST_ENDING) {
    findings.push({
      file,
      item: scenario.id,
      rule: 'guessable-ending',
      message:
        `A learner who presses replies without reading (always the first button, say) reaches the best ending in ${(guessed * 100).toFixed(1)}% of plays; at most ${pct(GUESSED_BEST_ENDING)} may. ` +
        'The best ending should need the best replies: make its branch rule ask for a score close to the best path’s (weak replies then end satisfied), give two-reply turns a third reply, or add a decision where a weak reply costs something.',
    });
  }
  return findings;
}

/** Every check over the course's content, in a stable order. */
export function lintContent(content: {
  quizzes: readonly QuestionSet[];
  bank: readonly QuestionSet[];
  scenarios: readonly ScenarioSource[];
}): Finding[] {
  return [
    ...content.quizzes.flatMap(checkQuestionSet),
    ...checkQuestionGroup('lesson quizzes', content.quizzes),
    ...content.bank.flatMap(checkQuestionSet),
    ...checkQuestionGroup('final assessment bank', content.bank),
    ...checkNearDuplicates(content.quizzes, content.bank),
    ...content.scenarios.flatMap(checkScenario),
  ];
}

/** A finding as one line for a terminal: `file › item: message`. */
export function formatFinding(f: Finding): string {
  return `${f.file} › ${f.item} [${f.rule}]: ${f.message}`;
}
