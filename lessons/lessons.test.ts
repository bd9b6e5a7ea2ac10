import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readLessons } from '../src/content/lessons-plugin';

const LESSONS_DIR = 'lessons';
const QUESTION_TAG = /<(SingleChoice|MultipleChoice|TrueFalse|Ordering|Matching|ShortText)\b/g;

const lessons = readLessons(LESSONS_DIR);

function sourceOf(file: string): string {
  return readFileSync(path.resolve(file), 'utf8');
}

/** Every `<Quiz ...>...</Quiz>` block in a lesson body, in order. */
function quizBlocks(source: string): string[] {
  return [...source.matchAll(/<Quiz\b[\s\S]*?<\/Quiz>/g)].map((m) => m[0]);
}

describe('course lessons', () => {
  it('has six lessons that parse, ordered 1 to 6', () => {
    expect(lessons).toHaveLength(6);
    expect(lessons.map((l) => l.order)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(lessons.map((l) => l.slug)).toEqual([
      'what-is-customer-service',
      'service-environment',
      'service-chain',
      'definitions',
      'exceeding-expectations',
      'service-culture',
    ]);
  });

  describe.each(lessons.map((l) => [l.slug, l] as const))('%s', (_slug, lesson) => {
    const source = sourceOf(lesson.file);

    it('has 2 to 5 objectives and a realistic duration', () => {
      expect(lesson.objectives.length).toBeGreaterThanOrEqual(2);
      expect(lesson.objectives.length).toBeLessThanOrEqual(5);
      expect(lesson.minutes).toBeGreaterThanOrEqual(8);
      // minutes are computed from the lesson's words and activities (src/domain/course/lesson-minutes.ts)
      expect(lesson.minutes).toBeLessThanOrEqual(40);
    });

    it('has 4 to 7 sections and ends with key takeaways', () => {
      expect(lesson.sections.length).toBeGreaterThanOrEqual(4);
      expect(lesson.sections.length).toBeLessThanOrEqual(7);
      expect(lesson.sections.at(-1)?.id).toBe('key-takeaways');
      const takeaways = source.slice(source.lastIndexOf('## Key takeaways'));
      expect(takeaways).toMatch(/<KeyTakeaways>\s*\n\s*- /);
    });

    it('has at least one quiz and at least one reflection or role-play', () => {
      const kinds = lesson.activities.map((a) => a.kind);
      expect(kinds).toContain('quiz');
      expect(kinds.some((k) => k === 'reflection' || k === 'roleplay')).toBe(true);
    });

    it('has at least four questions in every quiz', () => {
      const blocks = quizBlocks(source);
      expect(blocks.length).toBe(lesson.activities.filter((a) => a.kind === 'quiz').length);
      for (const block of blocks) {
        expect(block.match(QUESTION_TAG)?.length ?? 0).toBeGreaterThanOrEqual(4);
      }
    });

    it('prefixes its own activity ids with the lesson number', () => {
      const prefix = `l${lesson.order}-`;
      for (const activity of lesson.activities) {
        if (activity.kind === 'roleplay' || activity.kind === 'definitions') continue;
        expect(activity.id.startsWith(prefix), activity.id).toBe(true);
      }
    });

    it('asks for 15 to 40 words in every reflection', () => {
      for (const m of source.matchAll(/<Reflection\b[^>]*minWords=\{(\d+)\}/g)) {
        const min = Number(m[1]);
        expect(min).toBeGreaterThanOrEqual(15);
        expect(min).toBeLessThanOrEqual(40);
      }
    });

    it('gives feedback on every option', () => {
      for (const m of source.matchAll(/<Option\b([^>]*)>/g)) {
        expect(m[1], m[0]).toMatch(/\bfeedback="[^"]+"/);
      }
    });
  });

  it('places each role-play in the lesson that teaches it', () => {
    const roleplays = Object.fromEntries(
      lessons.flatMap((l) => l.activities.filter((a) => a.kind === 'roleplay').map((a) => [a.id, l.slug])),
    );
    expect(roleplays).toEqual({
      'rising-tension': 'what-is-customer-service',
      'returned-product': 'service-environment',
      'internal-it-help': 'service-chain',
      'billing-error': 'service-chain',
      'exceed-expectations': 'exceeding-expectations',
      'abusive-guest': 'what-is-customer-service',
      'distressed-caller': 'service-environment',
      'email-complaint': 'definitions',
      'policy-no': 'exceeding-expectations',
      'chat-queue': 'service-culture',
    });
  });

  it('uses the definitions exercise in the definitions lesson and a reflection in the last lesson', () => {
    const definitions = lessons.find((l) => l.slug === 'definitions');
    expect(definitions?.activities.some((a) => a.kind === 'definitions' && a.id === 'definitions')).toBe(
      true,
    );
    const culture = lessons.find((l) => l.slug === 'service-culture');
    expect(culture?.activities.some((a) => a.kind === 'reflection')).toBe(true);
  });

  it('uses every question type somewhere in the course', () => {
    const used = new Set(
      lessons.flatMap((l) => [...sourceOf(l.file).matchAll(QUESTION_TAG)].map((m) => m[1])),
    );
    expect([...used].sort()).toEqual(
      ['Matching', 'MultipleChoice', 'Ordering', 'ShortText', 'SingleChoice', 'TrueFalse'].sort(),
    );
  });
});
