import type { QuestionKind } from '../domain/activities/quiz-types';
import { assessmentBank } from './assessment-bank';
import type { BankQuestion } from './assessment-bank';
import { bankFiles } from '../../lessons/assessment/index';
import { loadBank } from './assessment-schema';
import { readLessons } from './lessons-plugin';

const lessons = readLessons('lessons');
const lessonsBySlug = new Map(lessons.map((l) => [l.slug, l]));
const ALL_KINDS: QuestionKind[] = ['single', 'multiple', 'truefalse', 'ordering', 'matching', 'short'];

function feedbackTexts(q: BankQuestion): string[] {
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return q.options.map((o) => o.feedback);
    case 'truefalse':
      return [q.feedbackTrue, q.feedbackFalse];
    case 'short':
      return [q.feedbackCorrect, q.feedbackIncorrect];
    case 'ordering':
    case 'matching':
      return [q.explanation ?? ''];
  }
}

describe('assessment bank', () => {
  it('is read by the course exactly as its schema reads it', () => {
    expect(assessmentBank).toEqual(loadBank(bankFiles));
  });

  it('has at least 42 questions with unique ids', () => {
    expect(assessmentBank.length).toBeGreaterThanOrEqual(42);
    const ids = assessmentBank.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names ids after their lesson number', () => {
    for (const q of assessmentBank) {
      const lesson = lessonsBySlug.get(q.lesson);
      expect(q.id, q.id).toMatch(new RegExp(`^a-l${lesson?.order ?? 'x'}-\\d{2}$`));
    }
  });

  it('points every question at an existing lesson and one of its sections', () => {
    for (const q of assessmentBank) {
      const lesson = lessonsBySlug.get(q.lesson);
      expect(lesson, `${q.id}: no lesson "${q.lesson}"`).toBeDefined();
      const sectionIds = lesson?.sections.map((s) => s.id) ?? [];
      expect(sectionIds, `${q.id}: no section "${q.section}" in ${q.lesson}`).toContain(q.section);
      expect(q.section, `${q.id}: takeaways are a summary, not a teaching section`).not.toBe('key-takeaways');
    }
  });

  it('has at least five questions for every lesson', () => {
    for (const lesson of lessons) {
      const count = assessmentBank.filter((q) => q.lesson === lesson.slug).length;
      expect(count, lesson.slug).toBeGreaterThanOrEqual(5);
    }
  });

  it('uses all six question kinds', () => {
    const kinds = new Set(assessmentBank.map((q) => q.kind));
    expect([...kinds].sort()).toEqual([...ALL_KINDS].sort());
  });

  const choiceQuestions = assessmentBank.flatMap((q) =>
    q.kind === 'single' || q.kind === 'multiple' ? [q] : [],
  );

  it.each(choiceQuestions.map((q) => [q.id, q] as const))(
    '%s has a correct option, one only where a single answer is asked for, and unique option ids',
    (_id, q) => {
      const correct = q.options.filter((o) => o.correct).length;
      expect(correct).toBeGreaterThanOrEqual(1);
      expect(correct).toBe(q.kind === 'single' ? 1 : correct);
      expect(q.options.length).toBeGreaterThan(correct);
      const optionIds = q.options.map((o) => o.id);
      expect(new Set(optionIds).size).toBe(optionIds.length);
    },
  );

  it('explains every answer', () => {
    for (const q of assessmentBank) {
      for (const text of feedbackTexts(q)) expect(text.trim().length, q.id).toBeGreaterThan(10);
    }
  });

  it.each(assessmentBank.flatMap((q) => (q.kind === 'ordering' ? [[q.id, q.items] as const] : [])))(
    '%s orders at least three unique items',
    (_id, items) => {
      expect(items.length).toBeGreaterThanOrEqual(3);
      expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    },
  );

  it.each(assessmentBank.flatMap((q) => (q.kind === 'matching' ? [[q.id, q.pairs] as const] : [])))(
    '%s matches at least three unique pairs',
    (_id, pairs) => {
      expect(pairs.length).toBeGreaterThanOrEqual(3);
      expect(new Set(pairs.map((p) => p.id)).size).toBe(pairs.length);
      expect(new Set(pairs.map((p) => p.right)).size).toBe(pairs.length);
    },
  );

  it('accepts at least one non-empty answer for every short-text question', () => {
    for (const q of assessmentBank) {
      if (q.kind !== 'short') continue;
      expect(q.accept.length, q.id).toBeGreaterThanOrEqual(1);
      for (const answer of q.accept) expect(answer.trim(), q.id).not.toBe('');
    }
  });
});
