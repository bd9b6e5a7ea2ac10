import { useId } from 'react';
import { MAX_TERM_CHARS, MIN_WORDS_PER_TERM, setWord } from '../../../domain/activities/definitions-exercise';
import type { DefinitionsContent, DefinitionsState } from '../../../domain/activities/definitions-exercise';
import type { Term } from '../../../domain/activities/concept-matcher';
import { countWords } from '../../../domain/activities/reflection';

/** What every step of the definitions exercise receives. */
/** Section and lesson titles by "lesson#section", for links to where an idea is taught. */
export type SectionTitles = Readonly<Record<string, { lesson: string; section: string }>>;

export interface StepProps {
  /** The exercise's activity id, for stable seeds. */
  id: string;
  /** The exercise's content, from lessons/definitions/. */
  content: DefinitionsContent;
  state: DefinitionsState;
  /** Applies a new state; `typing` waits for a pause before saving. */
  onChange: (next: DefinitionsState, options?: { typing?: boolean }) => void;
  /** Titles of the lesson sections that hints link to. */
  sections?: SectionTitles;
  /** Saves anything still waiting (when a text field loses focus). */
  onBlur: () => void;
}

/** One of the four words, with its prompt and a running word count. */
function TermField({
  term,
  value,
  onText,
  onBlur,
}: {
  term: Term;
  value: string;
  onText: (text: string) => void;
  onBlur: () => void;
}) {
  const uid = useId();
  const words = countWords(value);
  const enough = words >= MIN_WORDS_PER_TERM;
  return (
    <div className="term-field">
      <label className="term-label" htmlFor={`${uid}-field`}>
        {term.label}
      </label>
      <p className="field-hint" id={`${uid}-hint`}>
        {term.prompt}
      </p>
      <textarea
        id={`${uid}-field`}
        rows={3}
        value={value}
        maxLength={MAX_TERM_CHARS}
        aria-describedby={`${uid}-hint ${uid}-count`}
        onChange={(event) => onText(event.target.value)}
        onBlur={onBlur}
      />
      <p className={`field-count${enough ? ' count-enough' : ''}`} id={`${uid}-count`}>
        {enough ? (
          <>
            <span aria-hidden="true">✓ </span>
            {words} words
          </>
        ) : (
          `${words} ${words === 1 ? 'word' : 'words'} (at least ${MIN_WORDS_PER_TERM})`
        )}
      </p>
    </div>
  );
}

/** The four words, edited together; used in step 1 and again in step 4 for revising. */
export function TermFields({ content, state, onChange, onBlur }: Omit<StepProps, 'id'>) {
  const write = (termId: string, text: string) => onChange(setWord(state, termId, text), { typing: true });
  return (
    <div className="term-fields">
      {content.terms.map((term) => (
        <TermField
          key={term.id}
          term={term}
          value={state.words[term.id] ?? ''}
          onText={(text) => write(term.id, text)}
          onBlur={onBlur}
        />
      ))}
    </div>
  );
}

/** Step 1: the learner's own words, before they see any definition. */
export function OwnWordsStep({ content, state, onChange, onBlur }: StepProps) {
  return (
    <>
      <p>
        There are no wrong answers here. Write what you really think, from your own experience: a sentence or
        two for each is plenty. You will come back to these words at the end.
      </p>
      <TermFields content={content} state={state} onChange={onChange} onBlur={onBlur} />
    </>
  );
}
