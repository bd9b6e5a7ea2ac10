import { useEffect, useId, useRef, useState } from 'react';
import type { ComponentType } from 'react';
import {
  COMMON_DEFINITIONS,
  DEFINITION_TERMS,
  DEFINITIONS_STEPS,
  MIN_WORDS_PER_TERM,
  definitionsComplete,
  goToStep,
  parseDefinitionsState,
  stepComplete,
} from '../../../domain/activities/definitions-exercise';
import type { DefinitionsState, DefinitionsStep } from '../../../domain/activities/definitions-exercise';
import { countWords } from '../../../domain/activities/reflection';
import { useActivityProgress, useProgressActions } from '../../../state/progress/selectors';
import { SaveStatus, useAutosave } from '../reflection/autosave';
import { BuildStep } from './definitions-build';
import { CompareStep } from './definitions-compare';
import { CritiqueStep } from './definitions-critique';
import { OwnWordsStep } from './definitions-own-words';
import type { StepProps } from './definitions-own-words';
import { useLessonSlug } from '../lesson-context';

/** A step is open once every step before it is complete. */
export function stepOpen(state: DefinitionsState, step: DefinitionsStep): boolean {
  return DEFINITIONS_STEPS.every((s) => s.step >= step || stepComplete(state, s.step));
}

/** Why the learner cannot go past `step` yet, or null when they can. */
export function whyLocked(state: DefinitionsState, step: DefinitionsStep): string | null {
  if (stepComplete(state, step)) return null;
  switch (step) {
    case 1: {
      const done = DEFINITION_TERMS.filter((t) => countWords(state.words[t.id]) >= MIN_WORDS_PER_TERM).length;
      return `To go on, write at least ${MIN_WORDS_PER_TERM} words for each of the four terms (${done} of 4 done).`;
    }
    case 2: {
      const done = COMMON_DEFINITIONS.filter((d) => state.critiques[d.id].checked).length;
      return `To go on, check your answer for all seven definitions (${done} of 7 checked).`;
    }
    case 3:
      return 'To go on, build a complete definition: all eight elements and none of the traps. Use “Check my definition” for hints.';
    case 4:
      return null;
  }
}

/** Opens where the learner left off, or at the furthest step they may reach. */
function resume(state: DefinitionsState): DefinitionsState {
  let step = state.step;
  while (step > 1 && !stepOpen(state, step)) step = (step - 1) as DefinitionsStep;
  return step === state.step ? state : goToStep(state, step);
}

const STEP_BODY: Record<DefinitionsStep, ComponentType<StepProps>> = {
  1: OwnWordsStep,
  2: CritiqueStep,
  3: BuildStep,
  4: CompareStep,
};

/** The four-step definitions exercise: own words, critique, build, compare. */
export function DefinitionsExercise({ id }: { id: string }) {
  const lesson = useLessonSlug();
  const saved = useActivityProgress(id);
  const { saveActivity } = useProgressActions();
  const [state, setState] = useState(() => resume(parseDefinitionsState(saved?.answers)));
  const autosave = useAutosave<DefinitionsState>(
    (value) =>
      saveActivity(id, {
        lesson,
        kind: 'definitions',
        answers: value,
        completed: definitionsComplete(value),
      }),
    { initiallySaved: saved !== undefined },
  );
  const uid = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(state.step);

  useEffect(() => {
    if (shownStep.current === state.step) return;
    shownStep.current = state.step;
    heading.current?.focus();
  }, [state.step]);

  const change = (next: DefinitionsState, { typing = false } = {}) => {
    setState(next);
    autosave.schedule(next);
    if (!typing) autosave.flush();
  };
  const go = (step: DefinitionsStep) => {
    if (step !== state.step && stepOpen(state, step)) change(goToStep(state, step));
  };

  const { step } = state;
  const info = DEFINITIONS_STEPS[step - 1] ?? DEFINITIONS_STEPS[0];
  const nextTitle = DEFINITIONS_STEPS.find((s) => s.step === step + 1)?.title;
  const locked = whyLocked(state, step);
  const Body = STEP_BODY[step];
  const complete = definitionsComplete(state);

  return (
    <section id={id} className="definitions" aria-labelledby={`${uid}-title`}>
      <p className="activity-eyebrow" id={`${uid}-title`}>
        Definitions exercise
      </p>
      <nav className="defs-steps" aria-label="Steps of the definitions exercise">
        <ol>
          {DEFINITIONS_STEPS.map((s) => {
            const open = stepOpen(state, s.step);
            const done = stepComplete(state, s.step);
            return (
              <li key={s.step}>
                <button
                  type="button"
                  className={`defs-step${open ? '' : ' is-locked'}`}
                  aria-current={s.step === step ? 'step' : undefined}
                  aria-disabled={open ? undefined : true}
                  onClick={() => go(s.step)}
                >
                  <span className="defs-step-mark" aria-hidden="true">
                    {done ? '✓' : s.step}
                  </span>
                  <span className="defs-step-title">
                    <span className="visually-hidden">Step {s.step}: </span>
                    {s.title}
                    <span className="visually-hidden">
                      {done ? ' (done)' : open ? '' : ' (locked until the steps before it are done)'}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <h3 className="defs-heading" ref={heading} tabIndex={-1}>
        Step {step} of 4: {info.title}
      </h3>
      <p className="defs-instruction">{info.instruction}</p>
      <Body id={id} state={state} onChange={change} onBlur={autosave.flush} />
      <div className="defs-footer">
        <div className="actions">
          {step > 1 && (
            <button
              type="button"
              className="button secondary"
              onClick={() => go((step - 1) as DefinitionsStep)}
            >
              <span aria-hidden="true">← </span>Back
            </button>
          )}
          {step < 4 && (
            <button
              type="button"
              className="button"
              aria-disabled={locked ? true : undefined}
              aria-describedby={locked ? `${uid}-locked` : undefined}
              onClick={() => go((step + 1) as DefinitionsStep)}
            >
              Next: {nextTitle}
              <span aria-hidden="true"> →</span>
            </button>
          )}
        </div>
        {step < 4 && locked && (
          <p className="defs-locked" id={`${uid}-locked`}>
            {locked}
          </p>
        )}
        {complete && (
          <p className="defs-complete">
            <span aria-hidden="true">✓ </span>
            <strong>Exercise complete.</strong> You can come back and revise your words at any time.
          </p>
        )}
        <SaveStatus pending={autosave.pending} saved={autosave.saved} />
      </div>
    </section>
  );
}
