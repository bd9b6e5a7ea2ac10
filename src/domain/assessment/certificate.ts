/** What a certificate states, and the verification code that ties it to the completion record. */
import { canonicalJson, hashString } from '../lib/hash';

export interface CertificateRecord {
  course: string;
  learner: string;
  /** ISO date (YYYY-MM-DD) the assessment was passed. */
  completedOn: string;
  /** 0..1 */
  score: number;
  modules: string[];
}

/** A code like "SW-3F9A-C21B-07D4": a hash of the record, so any change to it gives another code. */
export function verificationCode(record: CertificateRecord): string {
  const normalised = {
    ...record,
    learner: record.learner.trim().replace(/\s+/g, ' '),
    score: Math.round(record.score * 1000) / 1000,
  };
  const hex = hashString(canonicalJson(normalised)).toUpperCase().slice(-12);
  return `SW-${hex.slice(0, 4)}-${hex.slice(4, 8)}-${hex.slice(8, 12)}`;
}

export { formatPercent } from './results';
