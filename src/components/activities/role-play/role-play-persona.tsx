import { useId } from 'react';
import { moodLabel, trustLabel } from '../../../domain/activities/scenario-engine';
import { signed } from '../../../domain/activities/role-play-scoring';
import type { Scenario, Variables } from '../../../domain/activities/scenario-types';
import { MOOD_MAX, MOOD_MIN, TRUST_MAX, TRUST_MIN } from '../../../domain/activities/scenario-types';
import { ChannelLine } from './role-play-channel';

const moodText = (mood: number) =>
  `${moodLabel(mood)} (${signed(mood)} of ${signed(MOOD_MIN)} to ${signed(MOOD_MAX)})`;

const trustText = (trust: number) => `${trust} of ${TRUST_MAX} (${trustLabel(trust)})`;

/** Two or three capital letters standing in for a photo. */
function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word[0]?.toUpperCase() ?? '');
  return (letters.length > 2 ? [letters[0], letters[letters.length - 1]] : letters).join('');
}

export function Avatar({ name }: { name: string }) {
  return (
    <span className="rp-avatar" aria-hidden="true">
      {initials(name)}
    </span>
  );
}

/**
 * Who the customer is, what has happened, who the learner plays, and how the customer feels at the
 * start; for a scenario with a channel, the channel and the number of customers `waiting` now.
 */
export function PersonaCard({
  scenario,
  start,
  waiting = null,
}: {
  scenario: Scenario;
  start: Variables;
  waiting?: number | null;
}) {
  const { persona } = scenario;
  return (
    <div className="rp-persona">
      <div className="rp-persona-head">
        <Avatar name={persona.name} />
        <div>
          <p className="rp-persona-name">{persona.name}</p>
          <p className="rp-persona-description">{persona.description}</p>
          {scenario.channel && <ChannelLine channel={scenario.channel} waiting={waiting} />}
        </div>
      </div>
      <dl className="rp-persona-facts">
        <dt>The situation</dt>
        <dd>{persona.situation}</dd>
        <dt>Your role</dt>
        <dd>{scenario.role}</dd>
        <dt>At the start</dt>
        <dd>
          Mood: {moodText(start.mood)}. Trust in you: {trustText(start.trust)}.
        </dd>
      </dl>
    </div>
  );
}

function Meter({
  label,
  value,
  min,
  max,
  valueText,
  tone,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  valueText: string;
  tone: 'low' | 'mid' | 'high';
}) {
  const id = useId();
  const percent = Math.round(((value - min) / (max - min)) * 100);
  return (
    <div className={`rp-meter rp-meter-${tone}`}>
      <p className="rp-meter-text">
        <span id={id}>{label}:</span> <strong aria-hidden="true">{valueText}</strong>
      </p>
      <div
        className="rp-meter-track"
        role="meter"
        aria-labelledby={id}
        aria-valuemin={min}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={valueText}
      >
        <div className="rp-meter-fill" style={{ width: `${Math.max(4, percent)}%` }} />
      </div>
    </div>
  );
}

const toneOf = (value: number, low: number, high: number) =>
  value <= low ? 'low' : value >= high ? 'high' : 'mid';

/** How the customer feels now and how far they trust the learner, as words and as bars. */
export function Meters({ name, variables }: { name: string; variables: Variables }) {
  const first = name.split(/\s+/)[0] ?? name;
  return (
    <div className="rp-meters">
      <Meter
        label={`${first}’s mood`}
        value={variables.mood}
        min={MOOD_MIN}
        max={MOOD_MAX}
        valueText={moodText(variables.mood)}
        tone={toneOf(variables.mood, -2, 2)}
      />
      <Meter
        label={`Trust in you`}
        value={variables.trust}
        min={TRUST_MIN}
        max={TRUST_MAX}
        valueText={trustText(variables.trust)}
        tone={toneOf(variables.trust, 1, 4)}
      />
    </div>
  );
}
