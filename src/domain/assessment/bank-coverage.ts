/**
 * What the final-assessment bank as a whole must cover: enough items to draw fresh sittings, a large
 * share of application items set in new situations, every channel, and every lesson objective.
 * Pure: the caller passes the bank and the lessons' objectives. Findings teach the fix.
 */
import type { Finding } from '../activities/item-quality';
import type { BankItem, Situation } from './assessment';
import { QUESTIONS_PER_ATTEMPT } from './assessment';

const MIN_BANK_SIZE = 90;
const MIN_APPLICATION_SHARE = 0.4;
const REQUIRED_CHANNELS: readonly Situation['channel'][] = ['phone', 'chat', 'email', 'counter', 'help-desk'];

export interface LessonObjectives {
  slug: string;
  /** The bank file for this lesson. */
  file: string;
  objectives: readonly string[];
}

/** An application item set somewhere the lessons do not go. */
export const isNewSituation = (item: BankItem): boolean =>
  item.demand === 'application' && item.situation !== undefined;

export function checkBankCoverage(
  bank: readonly BankItem[],
  lessons: readonly LessonObjectives[],
): Finding[] {
  const findings: Finding[] = [];
  const file = 'lessons/assessment';
  if (bank.length < MIN_BANK_SIZE) {
    findings.push({
      file,
      item: 'bank',
      rule: 'bank-size',
      message: `The bank has ${bank.length} items; it needs at least ${MIN_BANK_SIZE}, so a learner who retakes meets new questions rather than the ones they have just seen.`,
    });
  }
  const applied = bank.filter(isNewSituation).length;
  if (bank.length > 0 && applied / bank.length < MIN_APPLICATION_SHARE) {
    findings.push({
      file,
      item: 'bank',
      rule: 'application-share',
      message: `${applied} of ${bank.length} items (${Math.round((applied / bank.length) * 100)}%) apply an idea in a new situation; at least ${Math.round(MIN_APPLICATION_SHARE * 100)}% must. Write items set in other industries and channels, with demand: 'application' and a situation.`,
    });
  }
  const channels = new Set(bank.map((q) => q.situation?.channel));
  const missing = REQUIRED_CHANNELS.filter((c) => !channels.has(c));
  if (missing.length > 0) {
    findings.push({
      file,
      item: 'bank',
      rule: 'channels',
      message: `No application item is set on ${missing.join(', ')}. Service happens on every channel: set at least one situation on each.`,
    });
  }
  const perLesson = Math.ceil(QUESTIONS_PER_ATTEMPT / Math.max(1, lessons.length));
  for (const lesson of lessons) {
    const mine = bank.filter((q) => q.lesson === lesson.slug);
    if (mine.length < perLesson * 2) {
      findings.push({
        file: lesson.file,
        item: lesson.slug,
        rule: 'lesson-size',
        message: `This lesson has ${mine.length} items; a sitting draws ${perLesson}, so it needs at least ${perLesson * 2} for a retake to avoid the items just seen.`,
      });
    }
    lesson.objectives.forEach((objective, index) => {
      if (!mine.some((q) => q.objective === index + 1)) {
        findings.push({
          file: lesson.file,
          item: `objective ${index + 1}`,
          rule: 'objective-coverage',
          message: `No item assesses "${objective}". Every objective the lesson promises needs at least one item (objective: ${index + 1}).`,
        });
      }
    });
    for (const q of mine) {
      if (q.objective > lesson.objectives.length) {
        findings.push({
          file: lesson.file,
          item: q.id,
          rule: 'objective-coverage',
          message: `It names objective ${q.objective}, but the lesson lists ${lesson.objectives.length}. Count the objectives in the lesson's frontmatter from 1.`,
        });
      }
      if (q.demand === 'application' && !q.situation) {
        findings.push({
          file: lesson.file,
          item: q.id,
          rule: 'application-share',
          message:
            "It is marked as application but has no situation. Add situation: { channel, industry } when it is set somewhere new, or mark it 'understanding' when it reuses the lesson's own example.",
        });
      }
    }
  }
  return findings;
}
