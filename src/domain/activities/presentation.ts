/**
 * The order a learner sees a question's parts in. Nothing about position may carry the answer, so
 * options, ordering items and matching descriptions are shuffled by a seed made of the learner's own
 * seed, the activity, the attempt and the question (see `presentationSeed`). The same seed always
 * gives the same order, so a reload shows the page exactly as it was.
 */
import type { Question, Response } from './quiz-types';
import { isResponseComplete } from './quiz-scoring';
import type { Choice } from './scenario-types';
import { rngFromSeed, seededShuffle, shuffleWith } from '../lib/shuffle';

/**
 * A plain uniform shuffle fixed by `seed`. Options and replies use this, not `seededShuffle`: a shuffle
 * that never keeps the written order would itself be a cue (with two replies, the written first would
 * always be shown last).
 */
const uniform = <T>(items: readonly T[], seed: string): T[] => shuffleWith(items, rngFromSeed(seed));

/** Joins the parts of a seed: the learner's seed, the activity, the attempt (round) and the question or turn. */
export function presentationSeed(...parts: readonly (string | number | undefined)[]): string {
  return parts.map((p) => (p === undefined ? '' : String(p))).join('|');
}

/**
 * The ids of a question's parts in the order to show them: option ids for single and multiple choice
 * (uniformly shuffled), item ids for ordering (never the right order, so an untouched list is never
 * accidentally right),
 * pair ids of the right-hand descriptions for matching. True/false always shows True then False (a
 * fixed convention carries no cue, because keys are balanced); a typed answer has no parts.
 */
export function presentationOrder(question: Question, seed: string): string[] {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return uniform(
        question.options.map((o) => o.id),
        seed,
      );
    case 'ordering':
      return seededShuffle(
        question.items.map((i) => i.id),
        seed,
      );
    case 'matching':
      return uniform(
        question.pairs.map((p) => p.id),
        seed,
      );
    case 'truefalse':
      return ['true', 'false'];
    case 'short':
      return [];
  }
}

/** `items` sorted into the order `ids` gives; items whose id is not listed keep their place at the end. */
export function inOrder<T extends { id: string }>(items: readonly T[], ids: readonly string[]): T[] {
  const rank = new Map(ids.map((id, i) => [id, i]));
  return [...items]
    .map((item, i) => ({ item, key: rank.get(item.id) ?? ids.length + i }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

/** A role-play turn's replies in the order to show them, fixed by `seed`. */
export function presentReplies(choices: readonly Choice[], seed: string): Choice[] {
  return uniform(choices, seed);
}

/**
 * Whether the learner has really answered: the response is complete and, for an ordering question,
 * differs from the order first shown (`seed` fixes it). An untouched list earns nothing and is listed
 * as not answered, so leaving it as it stands is never a free 25%. Without a seed, any complete
 * response counts.
 */
export function isAnswered(question: Question, response: Response | undefined, seed?: string): boolean {
  if (!isResponseComplete(question, response)) return false;
  if (question.kind !== 'ordering' || response?.kind !== 'ordering' || seed === undefined) return true;
  const shown = presentationOrder(question, seed);
  return response.itemIds.some((id, i) => shown[i] !== id);
}
