import { useEffect, useId, useRef, useState } from 'react';
import {
  checkCritique,
  judgeCritique,
  toggleCritiqueChoice,
} from '../../../domain/activities/definitions-exercise';
import type { CritiqueJudgement } from '../../../domain/activities/definitions-exercise';
import type { StepProps } from './definitions-own-words';

/** How a ticked or unticked choice turned out, in words and a sign (never colour alone). */
function outcome(judgement: CritiqueJudgement, choiceId: string) {
  if (judgement.hits.includes(choiceId)) return { sign: '✓', text: 'Gap spotted', tone: 'good' };
  if (judgement.extra.includes(choiceId)) return { sign: '✗', text: 'It does cover this', tone: 'bad' };
  if (judgement.missed.includes(choiceId)) return { sign: '!', text: 'Missed gap', tone: 'warn' };
  return null;
}

/** Step 2: seven common definitions, one at a time; the learner ticks what each leaves out. */
export function CritiqueStep({ content, state, onChange }: StepProps) {
  const COMMON_DEFINITIONS = content.critique.definitions;
  const CRITIQUE_CHOICES = content.critique.choices;
  const CHOICE_LABEL = new Map<string, string>(CRITIQUE_CHOICES.map((c) => [c.id, c.label]));
  const critiqueOf = (defId: string) => state.critiques[defId] ?? { selected: [], checked: false };
  const uid = useId();
  const firstOpen = COMMON_DEFINITIONS.findIndex((d) => !critiqueOf(d.id).checked);
  const [index, setIndex] = useState(firstOpen < 0 ? 0 : firstOpen);
  const [nudge, setNudge] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(index);
  useEffect(() => {
    if (shown.current === index) return;
    shown.current = index;
    heading.current?.focus();
  }, [index]);

  const definition = COMMON_DEFINITIONS[index] ?? COMMON_DEFINITIONS[0];
  if (!definition) return null;
  const critique = critiqueOf(definition.id);
  const judgement = critique.checked ? judgeCritique(content, definition.id, critique.selected) : null;
  const checkedCount = COMMON_DEFINITIONS.filter((d) => critiqueOf(d.id).checked).length;
  const show = (next: number) => {
    setNudge(false);
    setIndex(next);
  };
  // The button stays in place once checked (so focus is not lost) and the feedback is announced.
  const check = () => {
    if (critique.selected.length === 0) setNudge(true);
    else onChange(checkCritique(state, definition.id));
  };

  return (
    <div className="defs-critique">
      <nav className="defs-pager" aria-label="Definitions to critique">
        <p className="defs-pager-count">
          {checkedCount} of {COMMON_DEFINITIONS.length} checked
        </p>
        <ol>
          {COMMON_DEFINITIONS.map((d, i) => {
            const done = critiqueOf(d.id).checked;
            return (
              <li key={d.id}>
                <button
                  type="button"
                  className={`defs-pager-button${done ? ' is-done' : ''}`}
                  aria-current={i === index ? 'true' : undefined}
                  onClick={() => show(i)}
                >
                  <span className="visually-hidden">Definition </span>
                  {i + 1}
                  {done && <span aria-hidden="true">✓</span>}
                  <span className="visually-hidden">{done ? ' (checked)' : ''}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      <h4 className="defs-subheading" ref={heading} tabIndex={-1}>
        Definition {index + 1} of 7
      </h4>
      <blockquote className="defs-quote">
        <p>{definition.text}</p>
      </blockquote>

      <fieldset className="choice-group" aria-describedby={nudge ? `${uid}-nudge` : undefined}>
        <legend>What does this definition leave out? Tick every gap you see.</legend>
        {CRITIQUE_CHOICES.map((choice) => {
          const result = judgement && outcome(judgement, choice.id);
          return (
            <label key={choice.id} className={`choice${result ? ` is-${result.tone}` : ''}`}>
              <input
                type="checkbox"
                checked={critique.selected.includes(choice.id)}
                disabled={critique.checked}
                onChange={() => {
                  setNudge(false);
                  onChange(toggleCritiqueChoice(content, state, definition.id, choice.id));
                }}
              />
              <span>
                {choice.label}
                {result && (
                  <span className="choice-outcome">
                    <span aria-hidden="true">{result.sign} </span>
                    <span className="visually-hidden">: </span>
                    {result.text}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </fieldset>

      <div className="actions">
        <button
          type="button"
          className="button"
          aria-disabled={critique.checked ? true : undefined}
          onClick={critique.checked ? undefined : check}
        >
          {critique.checked ? 'Checked' : 'Check'}
        </button>
        {index > 0 && (
          <button type="button" className="button secondary" onClick={() => show(index - 1)}>
            Previous definition
          </button>
        )}
        {index < 6 && (
          <button type="button" className="button secondary" onClick={() => show(index + 1)}>
            Next definition
          </button>
        )}
      </div>

      <div className="defs-feedback-live" aria-live="polite">
        {nudge && (
          <p className="defs-nudge" id={`${uid}-nudge`}>
            Tick at least one thing this definition leaves out, then check.
          </p>
        )}
        {judgement && (
          <div className="defs-feedback">
            <p className="defs-feedback-summary">
              <strong>
                {judgement.allFound
                  ? 'Spot on: you found every gap.'
                  : `You spotted ${judgement.hits.length} of ${judgement.hits.length + judgement.missed.length} gaps${
                      judgement.extra.length > 0 ? `, and ticked ${judgement.extra.length} it does cover` : ''
                    }.`}
              </strong>
            </p>
            <p>{judgement.feedback}</p>
            {judgement.notes.length > 0 && (
              <ul>
                {judgement.notes.map((note) => (
                  <li key={note.choiceId}>
                    <strong>{CHOICE_LABEL.get(note.choiceId)}:</strong> {note.text}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
