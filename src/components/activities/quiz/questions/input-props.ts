import type { Question, Response } from '../../../../domain/activities/quiz-types';

/** What every question control takes. `Q` narrows the question to one kind. */
export interface InputProps<Q extends Question = Question> {
  question: Q;
  /** The current response, or undefined before the learner has answered. */
  response: Response | undefined;
  onChange: (response: Response) => void;
  disabled?: boolean | undefined;
  /** A name unique on the page: the radio group name and the prefix of element ids. */
  name: string;
  /**
   * After a check, which parts are right (true) or wrong (false), keyed by option id, "true"/"false",
   * ordering item id, matching pair id, or the question id for typed answers. Omit for no marks.
   */
  marks?: Readonly<Record<string, boolean>> | undefined;
  /**
   * Fixes the shown order of options, items and descriptions (see presentationSeed): the learner's seed,
   * the activity, the attempt and the question. Defaults to the question id.
   */
  seed?: string | undefined;
}
