import { useId, useState } from 'react';
import { countCharacters, countWords, reflectionComplete } from '../../../domain/activities/reflection';
import { useActivityProgress, useProgressActions } from '../../../state/progress/selectors';
import { SaveStatus, useAutosave } from './autosave';
import { useLessonSlug } from '../lesson-context';
import './reflection.css';

export interface ReflectionProps {
  /** Stable id, unique in the course: the saved text hangs on it. */
  id: string;
  prompt: string;
  /** Words needed before the reflection counts toward the lesson. */
  minWords?: number;
  /** Not needed to complete the lesson (read by the lesson registry; shown here). */
  optional?: boolean;
  /** What a strong answer would include, shown once the learner's own answer is saved. */
  checklist?: string[];
  /** A short example of a strong answer, shown with the checklist. */
  modelAnswer?: string;
}

/** What a reflection saves. */
interface ReflectionAnswers {
  version: 1;
  text: string;
}

/** The saved text, or '' for anything that is not a version-1 reflection. */
export function readReflectionText(answers: unknown): string {
  if (typeof answers !== 'object' || answers === null) return '';
  const { version, text } = answers as Partial<Record<keyof ReflectionAnswers, unknown>>;
  return version === 1 && typeof text === 'string' ? text : '';
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;

/** A free-text reflection, saved as the learner types and shown again when they come back. */
export function Reflection({
  id,
  prompt,
  minWords,
  optional = false,
  checklist = [],
  modelAnswer,
}: ReflectionProps) {
  const lesson = useLessonSlug();
  const saved = useActivityProgress(id);
  const { saveActivity } = useProgressActions();
  const [text, setText] = useState(() => readReflectionText(saved?.answers));
  const autosave = useAutosave<string>(
    (value) => {
      const answers: ReflectionAnswers = { version: 1, text: value };
      saveActivity(id, {
        lesson,
        kind: 'reflection',
        answers,
        completed: reflectionComplete(value, minWords),
      });
    },
    { initiallySaved: saved !== undefined },
  );
  const uid = useId();
  const fieldId = `${uid}-text`;
  const hintId = `${uid}-hint`;
  const countId = `${uid}-count`;

  const words = countWords(text);
  const target = minWords !== undefined && minWords > 0 ? minWords : undefined;
  const enough = target !== undefined && reflectionComplete(text, target);

  return (
    <section id={id} className="reflection" aria-labelledby={`${uid}-title`}>
      <p className="activity-eyebrow" id={`${uid}-title`}>
        Reflection{optional ? ' (optional)' : ''}
      </p>
      <label className="reflection-prompt" htmlFor={fieldId}>
        {prompt}
      </label>
      {target !== undefined && (
        <p className="field-hint" id={hintId}>
          Write at least {plural(target, 'word')} for this to count toward the lesson.
        </p>
      )}
      <textarea
        id={fieldId}
        className="reflection-text"
        rows={6}
        value={text}
        aria-describedby={target !== undefined ? `${hintId} ${countId}` : countId}
        onChange={(event) => {
          setText(event.target.value);
          autosave.schedule(event.target.value);
        }}
        onBlur={autosave.flush}
      />
      <div className="reflection-meta">
        <p className="reflection-count" id={countId}>
          {plural(countCharacters(text), 'character')} ·{' '}
          {target === undefined ? (
            plural(words, 'word')
          ) : enough ? (
            <span className="count-enough">
              <span aria-hidden="true">✓ </span>
              {plural(words, 'word')}: enough to count
            </span>
          ) : (
            `${words.toLocaleString('en-GB')} of ${plural(target, 'word')}`
          )}
        </p>
        <SaveStatus pending={autosave.pending} saved={autosave.saved} />
      </div>
      {autosave.saved && !autosave.pending && text.trim() !== '' && (checklist.length > 0 || modelAnswer) && (
        <TeachBack id={`${uid}-compare`} checklist={checklist} modelAnswer={modelAnswer} />
      )}
    </section>
  );
}

/** After saving: what a strong answer would include, for the learner to compare with their own. */
function TeachBack({
  id,
  checklist,
  modelAnswer,
}: {
  id: string;
  checklist: readonly string[];
  modelAnswer: string | undefined;
}) {
  return (
    <div className="reflection-compare" aria-labelledby={id}>
      <p className="reflection-compare-title" id={id}>
        Compare with a strong answer
      </p>
      {checklist.length > 0 && (
        <>
          <p>A strong answer would:</p>
          <ul>
            {checklist.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </>
      )}
      {modelAnswer && (
        <>
          <p>For example:</p>
          <blockquote className="reflection-model">{modelAnswer}</blockquote>
        </>
      )}
    </div>
  );
}
