import { bankFiles } from '../../lessons/assessment/index';
import type { BankItem } from '../domain/assessment/assessment';
import { loadBank } from './assessment-schema';

/** A final-assessment item with its lesson: the same shape the assessment rules work on. */
export type BankQuestion = BankItem;

/**
 * The final-assessment bank, read from `lessons/assessment/` and checked against its schema when the
 * course is built (the prerender loads this module) and in the tests.
 */
export const assessmentBank: BankItem[] = loadBank(bankFiles);
