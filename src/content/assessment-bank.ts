import { bankFiles } from '../../lessons/assessment/index';
import type { BankItem } from '../domain/assessment/assessment';

/** A final-assessment item with its lesson: the same shape the assessment rules work on. */
export type BankQuestion = BankItem;

/**
 * The final-assessment bank, read from `lessons/assessment/`, each item with its lesson. Its schema
 * (assessment-schema.ts) is checked when the course is built and in the tests, so the assessment loads no
 * validation code.
 */
export const assessmentBank: BankItem[] = Object.values(bankFiles).flatMap((file) =>
  file.items.map((item) => ({ ...item, lesson: file.lesson }) as BankItem),
);
