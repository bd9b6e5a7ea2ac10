import { Link } from 'react-router';
import type { ComponentPropsWithoutRef, ComponentType, ReactNode } from 'react';
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
import { lazyTag, loadTagChunk } from './lazy-tag';
import type { AnyProps } from './lazy-tag';
import type { LessonEntry } from './lesson-types';
import { TAG_CHUNKS } from './tag-chunks';
import type { LazyTagName } from './tag-chunks';
import './tags/tag-loading.css';

/**
 * Every tag a lesson may use. Lessons import nothing; this map is handed to each lesson body.
 * Prose tags are here; each activity and the diagrams load as their own chunk (src/content/tags/), only for
 * lessons that write them, before the lesson body renders.
 */

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

/**
 * Everything a lesson's body needs before it renders: its code, the parts of the tag map it uses and the
 * scenarios of its role-plays, loaded side by side.
 */
export function preloadLessonParts(lesson: Pick<LessonEntry, 'chunks' | 'activities'>): Promise<unknown> {
  return Promise.all([
    ...lesson.chunks.map(loadTagChunk),
    ...lesson.activities
      .filter((a) => a.kind === 'roleplay')
      .map((a) => import('./scenario-loading').then((m) => m.loadScenario(a.id))),
  ]);
}

const lazyTags = Object.fromEntries(
  (Object.keys(TAG_CHUNKS) as LazyTagName[]).map((name) => [name, lazyTag(name)]),
) as Record<LazyTagName, ComponentType<AnyProps>>;

export const mdxComponents = {
  h2: SectionHeading,
  a: LessonLink,
  KeyTakeaways,
  Callout,
  SingleChoice,
  MultipleChoice,
  Option,
  TrueFalse,
  Ordering,
  Item,
  Matching,
  Pair,
  ShortText,
  ...lazyTags,
};
