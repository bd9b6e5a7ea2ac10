/**
 * How a role-play move is scored and told to the learner. A move shows only what it really changed:
 * a point shown as lost is lost, a scale already at its end is said to be there (not "Trust −1" when
 * trust is already 0), and the debrief's total is the sum of the changes shown after each move.
 */
import type { HistoryEntry } from './scenario-engine';
import { moodLabel } from './scenario-engine';
import type { Variables } from './scenario-types';
import { TRUST_MAX } from './scenario-types';

/** A signed number with a true minus sign: −2, 0, +1. */
export function signed(n: number): string {
  if (n < 0) return `−${Math.abs(n)}`;
  return n > 0 ? `+${n}` : '0';
}

/** "+2 points", "−1 point", "0 points". */
export function pointsInWords(points: number): string {
  return `${signed(points)} point${Math.abs(points) === 1 ? '' : 's'}`;
}

type Scale = keyof Variables;

/** One line of a move's effect: what changed, by how much, and where the scale now stands. */
export interface ShownChange {
  scale: Scale;
  /** The real change; 0 when the scale was already at its end. */
  change: number;
  /** The words shown, e.g. "Trust −1 (now 1 of 5)" or "Trust already at its lowest (0 of 5)". */
  text: string;
}

const where = (scale: Exclude<Scale, 'score'>, v: Variables): string =>
  scale === 'mood' ? moodLabel(v.mood) : `${v.trust} of ${TRUST_MAX}`;

const NAMES: Record<Exclude<Scale, 'score'>, string> = { mood: 'Mood', trust: 'Trust' };

/**
 * The changes a move made, in words, in the order mood, trust, points. A change the script asked for
 * that the scale could not take (already at its end) is shown as no change, with where the scale stands.
 */
export function shownChanges(entry: HistoryEntry): ShownChange[] {
  const shown: ShownChange[] = [];
  for (const scale of ['mood', 'trust'] as const) {
    const asked = entry.effects[scale] ?? 0;
    const change = entry.change[scale];
    if (change !== 0) {
      shown.push({
        scale,
        change,
        text: `${NAMES[scale]} ${signed(change)} (now ${where(scale, entry.variables)})`,
      });
    } else if (asked !== 0) {
      shown.push({
        scale,
        change: 0,
        text: `${NAMES[scale]} already at its ${asked < 0 ? 'lowest' : 'highest'} (${where(scale, entry.variables)})`,
      });
    }
  }
  if (entry.change.score !== 0)
    shown.push({ scale: 'score', change: entry.change.score, text: pointsInWords(entry.change.score) });
  return shown;
}

/** The effect of a move in one line: "Mood +1 (now calm) · Trust −1 (now 1 of 5) · +2 points". */
export function effectsInWords(entry: HistoryEntry): string {
  const shown = shownChanges(entry);
  return shown.length > 0 ? shown.map((s) => s.text).join(' · ') : 'No change to mood, trust or points';
}

/** The points a move earned or lost, as shown after it (0 when it changed no points). */
export const movePoints = (entry: HistoryEntry): number =>
  shownChanges(entry).find((s) => s.scale === 'score')?.change ?? 0;

/** The debrief's total: the sum of the points shown after each move. */
export const pointsTotal = (history: readonly HistoryEntry[]): number =>
  history.reduce((sum, entry) => sum + movePoints(entry), 0);
