import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import type { DiagramTagName } from './diagram-tags';
import { Reflection } from '../components/activities/reflection/reflection';
import { RolePlay } from '../components/activities/role-play/role-play';
import { scenarios } from '../../lessons/scenarios/index';
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

/** A section heading: its id was given at build time (remarkHeadingIds), the one progress is saved against. */
function SectionHeading({ id, children }: { id?: string; children?: ReactNode }) {
  return <h2 id={id}>{children}</h2>;
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

/** `<RolePlay scenario="billing-error" />` in a lesson: the scenario is looked up here, in the content layer. */
function RolePlayTag({ scenario, id }: { scenario: string; id?: string }) {
  const found = Object.hasOwn(scenarios, scenario) ? scenarios[scenario] : undefined;
  return <RolePlay scenarioId={scenario} scenario={found} {...(id === undefined ? {} : { id })} />;
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

/** A diagram tag that loads the diagrams' chunk on first use, keeping its place while it loads. */
function lazyDiagram(name: DiagramTagName) {
  const Diagram = lazy(() => import('./diagram-tags').then((m) => ({ default: m.diagramTags[name] })));
  return function DiagramTag() {
    return (
      <Suspense
        fallback={<div className="diagram-loading" style={{ minHeight: '24rem' }} aria-hidden="true" />}
      >
        <Diagram />
      </Suspense>
    );
  };
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
  RolePlay: RolePlayTag,
  DefinitionsExercise,
  ServiceEnvironmentDiagram: lazyDiagram('ServiceEnvironmentDiagram'),
  DeliveryFactorsDiagram: lazyDiagram('DeliveryFactorsDiagram'),
  ServiceChainDiagram: lazyDiagram('ServiceChainDiagram'),
  TensionCycleDiagram: lazyDiagram('TensionCycleDiagram'),
  CompleteDefinitionDiagram: lazyDiagram('CompleteDefinitionDiagram'),
};
