import type { Question, Response } from '../../../domain/activities/quiz-types';
import { scoreResponse } from '../../../domain/activities/quiz-scoring';

/** One line of an answer in words: e.g. an option's text, or "Purchasing → Chooses the suppliers". */
export function responseLines(question: Question, response: Response | undefined): string[] {
  if (!response || response.kind !== question.kind) return [];
  switch (response.kind) {
    case 'single': {
      const options = question.kind === 'single' ? question.options : [];
      const option = options.find((o) => o.id === response.optionId);
      return option ? [option.text] : [];
    }
    case 'multiple': {
      const options = question.kind === 'multiple' ? question.options : [];
      return options.filter((o) => response.optionIds.includes(o.id)).map((o) => o.text);
    }
    case 'truefalse':
      return [response.value ? 'True' : 'False'];
    case 'ordering': {
      const items = question.kind === 'ordering' ? question.items : [];
      return response.itemIds.flatMap((id) => items.filter((i) => i.id === id).map((i) => i.text));
    }
    case 'matching': {
      const pairs = question.kind === 'matching' ? question.pairs : [];
      return pairs.map((pair) => {
        const chosen = pairs.find((p) => p.id === response.matches[pair.id]);
        return `${pair.left} → ${chosen ? chosen.right : 'no match'}`;
      });
    }
    case 'short':
      return response.text.trim() === '' ? [] : [response.text.trim()];
  }
}

/** A response in words, for reports and trackers. */
export function responseInWords(question: Question, response: Response | undefined): string {
  const lines = responseLines(question, response);
  if (lines.length === 0) return 'No answer';
  if (question.kind === 'ordering') return lines.map((line, i) => `${i + 1}. ${line}`).join('; ');
  return lines.join('; ');
}

/**
 * Which parts of a checked response are right (true) or wrong (false), keyed by what the controls
 * show: option ids, "true"/"false", ordering item ids, matching pair ids, or the question id for text.
 */
export function marksFor(question: Question, response: Response | undefined): Record<string, boolean> {
  if (!response || response.kind !== question.kind) return {};
  const result = scoreResponse(question, response);
  if (response.kind === 'truefalse') return { [String(response.value)]: result.correct };
  if (response.kind === 'short') return { [question.id]: result.correct };
  return Object.fromEntries(
    result.feedback.filter((f) => f.targetId !== question.id).map((f) => [f.targetId, f.correct]),
  );
}
