import { useEffect, useId, useMemo, useRef, useState } from 'react';
import {
  buildElement,
  buildElements,
  judgeBuild,
  setBuild,
} from '../../../domain/activities/definitions-exercise';
import type { BuildJudgement, DefinitionsContent } from '../../../domain/activities/definitions-exercise';
import { seededShuffle } from '../../../domain/lib/shuffle';
import type { StepProps } from './definitions-own-words';

const labelOf = (content: DefinitionsContent, id: string) => buildElement(content, id)?.label ?? id;

/** Step 3: choose the elements of a complete definition, put them in order, and check it. */
export function BuildStep({ id, content, state, onChange }: StepProps) {
  const uid = useId();
  const elements = useMemo(() => seededShuffle(buildElements(content), `${id}-build`), [id, content]);
  const [checked, setChecked] = useState<BuildJudgement | null>(null);
  const [moved, setMoved] = useState('');
  const { build } = state;
  const live = judgeBuild(content, build);
  // After a removal the pressed button is gone: focus goes to the next Remove button, or the heading.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    if (refocus.current === null) return;
    document.getElementById(refocus.current)?.focus();
    refocus.current = null;
  }, [build]);

  const update = (ids: readonly string[], message = '') => {
    setChecked(null);
    setMoved(message);
    onChange(setBuild(content, state, ids));
  };
  const toggle = (elementId: string) =>
    update(build.includes(elementId) ? build.filter((e) => e !== elementId) : [...build, elementId]);
  const move = (from: number, to: number) => {
    const item = build[from];
    if (item === undefined || to < 0 || to >= build.length) return;
    const next = build.filter((_, i) => i !== from);
    next.splice(to, 0, item);
    update(next, `${labelOf(content, item)} moved to position ${to + 1} of ${build.length}.`);
  };

  return (
    <div className="defs-build">
      <fieldset className="choice-group">
        <legend>Choose the elements of a complete definition</legend>
        {elements.map((element) => (
          <label key={element.id} className="choice">
            <input type="checkbox" checked={build.includes(element.id)} onChange={() => toggle(element.id)} />
            <span>{element.label}</span>
          </label>
        ))}
      </fieldset>

      <h4 className="defs-subheading" id={`${uid}-order`} tabIndex={-1}>
        Your definition, in order
      </h4>
      {build.length === 0 ? (
        <p className="field-hint">Nothing chosen yet. Tick elements above and they will appear here.</p>
      ) : (
        <ol className="defs-order" role="list" aria-labelledby={`${uid}-order`}>
          {build.map((elementId, i) => {
            const label = labelOf(content, elementId);
            return (
              <li key={elementId} className="defs-order-item">
                <span className="defs-order-label">{label}</span>
                <span className="defs-order-buttons">
                  <button
                    type="button"
                    className="button secondary small"
                    aria-label={`Move up: ${label}`}
                    aria-disabled={i === 0 ? true : undefined}
                    onClick={() => move(i, i - 1)}
                  >
                    <span aria-hidden="true">↑</span> Move up
                  </button>
                  <button
                    type="button"
                    className="button secondary small"
                    aria-label={`Move down: ${label}`}
                    aria-disabled={i === build.length - 1 ? true : undefined}
                    onClick={() => move(i, i + 1)}
                  >
                    <span aria-hidden="true">↓</span> Move down
                  </button>
                  <button
                    type="button"
                    className="button secondary small"
                    aria-label={`Remove: ${label}`}
                    id={`${uid}-remove-${elementId}`}
                    onClick={() => {
                      const neighbour = build[i + 1] ?? build[i - 1];
                      refocus.current = neighbour ? `${uid}-remove-${neighbour}` : `${uid}-order`;
                      update(
                        build.filter((e) => e !== elementId),
                        `${label} removed.`,
                      );
                    }}
                  >
                    <span aria-hidden="true">✕</span> Remove
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <p className="visually-hidden" role="status">
        {moved}
      </p>

      <figure className="defs-sentence">
        <figcaption>Your definition reads:</figcaption>
        <blockquote>
          <p>{live.sentence}</p>
        </blockquote>
      </figure>

      <div className="actions">
        <button type="button" className="button" onClick={() => setChecked(judgeBuild(content, build))}>
          Check my definition
        </button>
      </div>
      <div aria-live="polite">{checked && <BuildFeedback content={content} judgement={checked} />}</div>
    </div>
  );
}

function BuildFeedback({ content, judgement }: { content: DefinitionsContent; judgement: BuildJudgement }) {
  const { complete, correctElements, missingElements, distractorsChosen } = judgement;
  return (
    <div className={`defs-feedback${complete ? ' is-complete' : ''}`}>
      <p className="defs-feedback-summary">
        <strong>
          {complete
            ? '✓ Complete: all eight elements, and no traps.'
            : `${correctElements.length} of 8 elements${
                distractorsChosen.length > 0
                  ? `, and ${distractorsChosen.length} ${distractorsChosen.length === 1 ? 'trap' : 'traps'}`
                  : ''
              }. Not complete yet.`}
        </strong>
      </p>
      {distractorsChosen.length > 0 && (
        <>
          <p>Take these out:</p>
          <ul>
            {distractorsChosen.map((elementId) => (
              <li key={elementId}>
                <strong>{labelOf(content, elementId)}:</strong>{' '}
                {buildElement(content, elementId)?.explanation}
              </li>
            ))}
          </ul>
        </>
      )}
      {missingElements.length > 0 && (
        <>
          <p>
            Still missing {missingElements.length === 1 ? 'one idea' : `${missingElements.length} ideas`}. A
            hint for each:
          </p>
          <ul>
            {missingElements.map((elementId) => (
              <li key={elementId}>{buildElement(content, elementId)?.explanation}</li>
            ))}
          </ul>
        </>
      )}
      {complete && <p>Whatever order you chose, every part of a complete definition is there.</p>}
    </div>
  );
}
