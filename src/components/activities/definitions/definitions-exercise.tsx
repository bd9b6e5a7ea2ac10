import { useEffect, useId, useRef, useState } from 'react';
import type { ComponentType } from 'react';
import {
  MIN_WORDS_PER_TERM,
  definitionsComplete,
  goToStep,
  parseDefinitionsState,
  stepComplete,
} from '../../../domain/activities/definitions-exercise';
import type {
  DefinitionsContent,
  DefinitionsState,
  DefinitionsStep,
} from '../../../domain/activities/definitions-exercise';
import { countWords } from '../../../domain/activities/reflection';
import { useActivityProgress, useProgressActions } from '../../../state/progress/selectors';
import { SaveStatus, useAutosave } from '../reflection/autosave';
import { BuildStep } from './definitions-build';
import { CompareStep } from './definitions-compare';
import { CritiqueStep } from './definitions-critique';
import { OwnWordsStep } from './definitions-own-words';
import type { SectionTitles, StepProps } from './definitions-own-words';
import { usePrefetchReader } from '../language/load-reader';
import { useLessonSlug } from '../lesson-context';
import '../reflection/reflection.css';
import './definitions.css';

/** A step is open once every step before it is complete. */
function stepOpen(content: DefinitionsContent, state: DefinitionsState, step: DefinitionsStep): boolean {
  return content.steps.every((s) => s.step >= step || stepComplete(content, state, s.step));
}

/** Why the learner cannot go past `step` yet, or null when they can. */
function whyLocked(
  content: DefinitionsContent,
  state: DefinitionsState,
  step: DefinitionsStep,
): string | null {
  if (stepComplete(content, state, step)) return null;
  switch (step) {
    case 1: {
      const terms = content.terms;
      const done = terms.filter((t) => countWords(state.words[t.id] ?? '') >= MIN_WORDS_PER_TERM).length;
      return `To go on, write at least ${MIN_WORDS_PER_TERM} words for each of the ${terms.length} terms (${done} of ${terms.length} done).`;
    }
    case 2: {
      const definitions = content.critique.definitions;
      const done = definitions.filter((d) => state.critiques[d.id]?.checked === true).length;
      return `To go on, check your answer for all ${definitions.length} definitions (${done} of ${definitions.length} checked).`;
    }
    case 3:
      return 'To go on, build a complete definition: all eight elements and none of the traps. Use “Check my definition” for hints.';
    case 4:
      return null;
  }
}

/** Opens where the learner left off, or at the furthest step they may reach. */
function resume(content: DefinitionsContent, state: DefinitionsState): DefinitionsState {
  let step = state.step;
  while (step > 1 && !stepOpen(content, state, step)) step = (step - 1) as DefinitionsStep;
  return step === state.step ? state : goToStep(state, step);
}

const STEP_BODY: Record<DefinitionsStep, ComponentType<StepProps>> = {
  1: OwnWordsStep,
  2: CritiqueStep,
  3: BuildStep,
  4: CompareStep,
};

/** The four-step definitions exercise: own words, critique, build, compare. */
export function DefinitionsExercise({
  id,
  content,
  sections = {},
}: {
  id: string;
  content: DefinitionsContent;
  /** Titles of the lesson sections the build step's hints link to. */
  sections?: SectionTitles;
}) {
  const lesson = useLessonSlug();
  // Step 4 reads the learner's words with the language tools: fetch them while the browser is idle.
  usePrefetchReader(true);
  const saved = useActivityProgress(id);
  const { saveActivity } = useProgressActions();
  const [state, setState] = useState(() => resume(content, parseDefinitionsState(content, saved?.answers)));
  const autosave = useAutosave<DefinitionsState>(
    (value) =>
      saveActivity(id, {
        lesson,
        kind: 'definitions',
        answers: value,
        completed: definitionsComplete(content, value),
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
    if (step !== state.step && stepOpen(content, state, step)) change(goToStep(state, step));
  };

  const { step } = state;
  const info = content.steps.find((s) => s.step === step) ?? content.steps[0];
  const nextTitle = content.steps.find((s) => s.step === step + 1)?.title;
  const locked = whyLocked(content, state, step);
  const Body = STEP_BODY[step];
  const complete = definitionsComplete(content, state);

  return (
    <section id={id} className="definitions" aria-labelledby={`${uid}-title`}>
      <p className="activity-eyebrow" id={`${uid}-title`}>
        Definitions exercise
      </p>
      <nav className="defs-steps" aria-label="Steps of the definitions exercise">
        <ol>
          {content.steps.map((s) => {
            const open = stepOpen(content, state, s.step);
            const done = stepComplete(content, state, s.step);
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
        Step {step} of 4: {info?.title}
      </h3>
      <p className="defs-instruction">{info?.instruction}</p>
      <Body
        id={id}
        content={content}
        state={state}
        onChange={change}
        onBlur={autosave.flush}
        sections={sections}
      />
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
