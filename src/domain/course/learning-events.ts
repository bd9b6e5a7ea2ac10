import type { Question, Response } from '../activities/quiz-types';

/** A scenario as a report names it. */
interface ScenarioLabel {
  title: string;
  summary: string;
}

/** A role-play turn as the learner met it: the customer's words and the replies on offer. */
interface TurnLabel {
  customer: string;
  freeText: boolean;
  choices: { id: string; text: string; best?: boolean }[];
}
import type { QuestionInteraction } from '../activities/question-interaction';

/**
 * What a learner just did, as data. The progress store publishes these; trackers (local, SCORM, xAPI)
 * turn them into whatever their system records. Activities never know which tracker is listening.
 */
export type LearningEvent =
  | { type: 'lesson-started'; lesson: string; at: string }
  | { type: 'lesson-progressed'; lesson: string; section: string; at: string }
  | { type: 'lesson-completed'; lesson: string; at: string }
  | {
      type: 'question-answered';
      lesson: string;
      activity: string;
      question: string;
      /** The response in words, for reports. */
      response: string;
      correct: boolean;
      /** 0..1 credit for this answer. */
      credit: number;
      /** The question and the response (none when left unanswered) as data, for trackers that report interactions. */
      detail?: { question: Question; response?: Response };
      /** The question and answer by their content ids, for LMS and LRS interaction records. */
      interaction?: QuestionInteraction;
      /** How long the learner took over this answer, when known. */
      latencyMs?: number;
      /** The final-assessment attempt this answer belongs to (knowledge checks have none). */
      attempt?: string;
      /** What kind of activity asked it, when not a knowledge check: `warm-up` or `review` (a spaced review set). */
      activityKind?: 'warm-up' | 'review';
      at: string;
    }
  | { type: 'activity-completed'; lesson: string; activity: string; kind: string; score?: number; at: string }
  | {
      type: 'roleplay-responded';
      lesson: string;
      scenario: string;
      node: string;
      /** The choice picked, or the reply typed. */
      choice?: string;
      text?: string;
      /** The scenario and the turn, for trackers that name activities and report interactions. */
      detail?: { scenario: ScenarioLabel; turn: TurnLabel };
      at: string;
    }
  | {
      type: 'roleplay-ended';
      lesson: string;
      scenario: string;
      ending: string;
      outcome: string;
      /** 0..1 */
      score: number;
      detail?: { scenario: ScenarioLabel };
      at: string;
    }
  | {
      type: 'review-finished';
      /** The set's id (`review-2`). */
      review: string;
      /** The lessons it reviewed, by slug. */
      lessons: string[];
      questions: number;
      /** 0..1 */
      score: number;
      at: string;
    }
  | {
      type: 'assessment-submitted';
      attempt: string;
      score: number;
      passed: boolean;
      passMark: number;
      at: string;
    };

/** Events without a timestamp, as activities describe them; the store stamps them. */
export type LearningEventInput = LearningEvent extends infer E
  ? E extends LearningEvent
    ? Omit<E, 'at'>
    : never
  : never;
