import { Link } from 'react-router-dom';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { slugify } from '../domain/lib/slug';
import { textOf } from '../components/text-of';
import { lazy, Suspense } from 'react';
import { Reflection } from '../components/activities/reflection/reflection';
import { RolePlay } from '../components/activities/role-play/role-play';
import { Quiz } from '../components/activities/quiz/quiz';
import {
  Item,
  Matching,
  MultipleChoice,
  Option,
  Ordering,
  Pair,
  ShortText,
  SingleChoice,
  TrueFalse,
} from '../components/activities/quiz/quiz-tags';

/** Every tag a lesson may use. Lessons import nothing; this map is handed to each lesson body. */

function SectionHeading({ children }: { children?: ReactNode }) {
  return <h2 id={slugify(textOf(children))}>{children}</h2>;
}

function LessonLink({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  if (href.startsWith('/')) return <Link to={href}>{children}</Link>;
  if (href.startsWith('#')) return <a href={href}>{children}</a>;
  return (
    <a href={href} rel="noreferrer" target="_blank" {...rest}>
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}

function KeyTakeaways({ children }: { children?: ReactNode }) {
  return (
    <aside className="takeaways" aria-label="Key takeaways">
      {children}
    </aside>
  );
}

function Callout({ title, children }: { title?: string; children?: ReactNode }) {
  return (
    <aside className="callout" aria-label={title ?? 'Note'}>
      {title && <p className="callout-title">{title}</p>}
      {children}
    </aside>
  );
}

const DefinitionsExerciseWithContent = lazy(() => import('./definitions-exercise-entry'));

/** `<DefinitionsExercise id="…" />`, with its content from lessons/definitions/, loaded as its own chunk. */
function DefinitionsExercise({ id }: { id: string }) {
  return (
    <Suspense
      fallback={
        <p className="activity-loading" role="status">
          Loading the definitions exercise…
        </p>
      }
    >
      <DefinitionsExerciseWithContent id={id} />
    </Suspense>
  );
}

export const mdxComponents = {
  h2: SectionHeading,
  a: LessonLink,
  KeyTakeaways,
  Callout,
  Quiz,
  SingleChoice,
  MultipleChoice,
  Option,
  TrueFalse,
  Ordering,
  Item,
  Matching,
  Pair,
  ShortText,
  Reflection,
  RolePlay,
  DefinitionsExercise,
};
