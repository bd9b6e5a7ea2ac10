import type { ReactNode } from 'react';
import type {
  DefinitionJudgement,
  DefinitionVerdict,
  Term,
} from '../../../domain/activities/concept-matcher';
import type { Comparison } from '../../../domain/activities/definitions-exercise';

const VERDICT: Record<DefinitionVerdict, string> = {
  good: 'Carries the ideas a good definition needs',
  partial: 'Carries some of the ideas',
  weak: 'None of the ideas found yet',
  coached: 'Not read',
};

/** The automatic reading of one term's words, beside the model definition. */
export function TermReading({
  term,
  text,
  judgement: checked,
}: {
  term: Term;
  text: string;
  /** The automatic reading, once the learner has checked; null before. */
  judgement: DefinitionJudgement | null;
}) {
  return (
    <section className="defs-term-reading" aria-label={`${term.label}: your words and the model definition`}>
      <h5 className="defs-term-title">{term.label}</h5>
      <div className="defs-side-by-side">
        <figure>
          <figcaption>Your words</figcaption>
          <blockquote>
            <p>{text.trim() === '' ? <em>Nothing written yet.</em> : text}</p>
          </blockquote>
        </figure>
        <figure>
          <figcaption>Model definition</figcaption>
          <blockquote>
            <p>{term.model}</p>
          </blockquote>
        </figure>
      </div>
      {checked && (
        <div className="defs-reading">
          <p className="defs-reading-verdict">
            <strong>Automatic reading: {VERDICT[checked.verdict]}.</strong> {checked.summary}
          </p>
          {checked.found.length + checked.negated.length > 0 && (
            <ul className="concept-list">
              {checked.found.map((f) => (
                <Concept key={f.id} kind="covered">
                  <strong>{f.label}</strong>: you wrote “{f.words}”
                </Concept>
              ))}
              {checked.negated.map((n) => (
                <Concept key={n.id} kind="negated">
                  <strong>{n.label}, negated</strong>: “{n.words}” is not counted
                </Concept>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

/** The key ideas the four texts cover together. */
export function KeyIdeas({ result }: { result: Comparison['keyIdeas'] }) {
  const total = result.covered.length + result.missing.length;
  return (
    <div className="defs-feedback defs-compare-result">
      <p className="defs-feedback-summary">
        <strong>
          Your words cover {result.covered.length} of {total} key ideas.
          {result.missing.length === 0 ? ' Every one of them: well done.' : ''}
        </strong>
      </p>
      {result.covered.length > 0 && (
        <>
          <h4 className="defs-subheading">Ideas you covered</h4>
          <ul className="concept-list">
            {result.covered.map((c) => (
              <Concept key={c.id} kind="covered">
                <strong>{c.label}</strong>: you wrote “{c.words}”
              </Concept>
            ))}
          </ul>
        </>
      )}
      {result.missing.length > 0 && (
        <>
          <h4 className="defs-subheading">Ideas to add</h4>
          <ul className="concept-list">
            {result.missing.map((c) => (
              <Concept key={c.id} kind="missing">
                <strong>{c.label}</strong>: {c.explanation}
              </Concept>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

const SIGN = { covered: '✓', negated: '✗', missing: '+' } as const;

/** One idea in a list of ideas: its sign (for sighted readers; the words say the same) and what was found. */
function Concept({ kind, children }: { kind: keyof typeof SIGN; children: ReactNode }) {
  return (
    <li className={`concept is-${kind}`}>
      <span className="concept-sign" aria-hidden="true">
        {SIGN[kind]}
      </span>
      <span>{children}</span>
    </li>
  );
}
