import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import {
  buildElement,
  buildElements,
  buildHints,
  judgeBuild,
  setBuild,
} from '../../../domain/activities/definitions-exercise';
import type {
  BuildHint,
  BuildJudgement,
  DefinitionsContent,
} from '../../../domain/activities/definitions-exercise';
import { seededShuffle } from '../../../domain/lib/shuffle';
import { useLessonSlug } from '../lesson-context';
import type { SectionTitles, StepProps } from './definitions-own-words';

const labelOf = (content: DefinitionsContent, id: string) => buildElement(content, id)?.label ?? id;

/** Step 3: choose the elements of a complete definition, put them in order, and check it. */
export function BuildStep({ id, content, state, onChange, sections = {} }: StepProps) {
  const uid = useId();
  const elements = useMemo(() => seededShuffle(buildElements(content), `${id}-build`), [id, content]);
  const [checked, setChecked] = useState<BuildJudgement | null>(null);
  const [checks, setChecks] = useState(0);
  const [said, setSaid] = useState('');
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
    setSaid(message);
    onChange(setBuild(content, state, ids));
  };
  const toggle = (elementId: string) =>
    update(build.includes(elementId) ? build.filter((e) => e !== elementId) : [...build, elementId]);

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
        Your definition
      </h4>
      <p className="field-hint">The order is yours: elements join the sentence in the order you tick them.</p>
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
        {said}
      </p>

      <figure className="defs-sentence">
        <figcaption>Your definition reads:</figcaption>
        <blockquote>
          <p>{live.sentence}</p>
        </blockquote>
      </figure>

      <div className="actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            setChecked(judgeBuild(content, build));
            setChecks((n) => n + 1);
          }}
        >
          Check my definition
        </button>
      </div>
      <div aria-live="polite">
        {checked && (
          <BuildFeedback
            content={content}
            judgement={checked}
            hints={buildHints(content, checked, checks)}
            sections={sections}
          />
        )}
      </div>
    </div>
  );
}

/** A link to where the course teaches a missing idea: in this lesson, an in-page link. */
function HintPlace({ hint, sections }: { hint: BuildHint; sections: SectionTitles }) {
  const here = useLessonSlug();
  const { lesson, section, part } = hint.taught;
  const titles = sections[`${lesson}#${section}`];
  const sectionTitle = titles?.section ?? 'the lesson';
  const where =
    lesson === here ? (
      <a href={`#${section}`}>{sectionTitle}</a>
    ) : (
      <Link to={paths.lesson.to(lesson, section)}>
        {titles ? `${titles.lesson} › ${sectionTitle}` : sectionTitle}
      </Link>
    );
  return (
    <li>
      {hint.count === 1 ? 'One idea' : `${hint.count} ideas`} taught under <strong>{part}</strong> in {where}
      {hint.explanations.length > 0 && (
        <ul>
          {hint.explanations.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

function BuildFeedback({
  content,
  judgement,
  hints,
  sections,
}: {
  content: DefinitionsContent;
  judgement: BuildJudgement;
  hints: BuildHint[];
  sections: SectionTitles;
}) {
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
            Still missing {missingElements.length === 1 ? 'one idea' : `${missingElements.length} ideas`}.
            Read where {missingElements.length === 1 ? 'it is' : 'they are'} taught, then check again:
          </p>
          <ul className="defs-hints">
            {hints.map((hint) => (
              <HintPlace
                key={`${hint.taught.lesson}#${hint.taught.section}#${hint.taught.part}`}
                hint={hint}
                sections={sections}
              />
            ))}
          </ul>
        </>
      )}
      {complete && <p>Whatever order you chose, every part of a complete definition is there.</p>}
    </div>
  );
}
