import type { AttemptGate } from '../../domain/assessment/attempt-rules';

const when = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });

/** Why a new sitting cannot start yet: the trainer's limit is used up, or the wait is not over. */
export function AttemptGateNotice({ gate }: { gate: Exclude<AttemptGate, { allowed: true }> }) {
  return (
    <p className="notice" role="status">
      {gate.reason === 'limit'
        ? `You have used all ${gate.used} of the sittings your trainer allows. Speak to your trainer if you need another.`
        : `Your trainer asks for a break between sittings. You can start the next one from ${when(gate.until)}: use the time to go back over the lessons below.`}
    </p>
  );
}
