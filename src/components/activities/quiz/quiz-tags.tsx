import type { ReactNode } from 'react';

/**
 * The tags lessons write inside a `<Quiz>` (see docs/authoring.md). They render nothing themselves:
 * the quiz reads them, with their props, through `collectQuestions`.
 */

interface QuestionTagProps {
  id: string;
  prompt: string;
  attempts?: number;
  explanation?: string;
}

export interface OptionProps {
  id: string;
  correct?: boolean;
  feedback?: string;
  children?: ReactNode;
}

export interface ChoiceTagProps extends QuestionTagProps {
  children?: ReactNode;
}

export interface TrueFalseProps extends QuestionTagProps {
  answer: boolean;
  feedbackTrue?: string;
  feedbackFalse?: string;
}

export interface ItemProps {
  id: string;
  children?: ReactNode;
}

export interface PairProps {
  id: string;
  left: string;
  right: string;
}

export interface ShortTextProps extends QuestionTagProps {
  accept: string[];
  feedbackCorrect?: string;
  feedbackIncorrect?: string;
}

export function SingleChoice(_props: ChoiceTagProps): null {
  return null;
}

export function MultipleChoice(_props: ChoiceTagProps): null {
  return null;
}

export function Option(_props: OptionProps): null {
  return null;
}

export function TrueFalse(_props: TrueFalseProps): null {
  return null;
}

export function Ordering(_props: ChoiceTagProps): null {
  return null;
}

export function Item(_props: ItemProps): null {
  return null;
}

export function Matching(_props: ChoiceTagProps): null {
  return null;
}

export function Pair(_props: PairProps): null {
  return null;
}

export function ShortText(_props: ShortTextProps): null {
  return null;
}
