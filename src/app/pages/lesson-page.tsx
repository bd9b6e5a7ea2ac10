import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { paths } from '../../config/paths';
import { courseLessons, findLesson } from '../../content/course';
import { lessonBody, lessonObjectives, loadLessonBody } from '../../content/lesson-body';
import type { LessonEntry, MdxProps } from '../../content/lesson-types';
import { mdxComponents } from '../../content/mdx-components';
import { lessonCompletion, neighbours } from '../../domain/course/progress';
import { fragmentId, openingTarget } from '../../domain/course/reading-place';
import { courseEnd, courseOutline } from '../../domain/course/outline';
import { LessonContext } from '../../components/activities/lesson-context';
import { LoadingBoundary } from '../../components/loading-boundary';
import { InHeader } from '../../components/layout/header-slot';
import { PageHeading } from '../../components/layout/page-heading';
import { CourseOutline } from '../../components/lesson/course-outline';
import { LessonFooter } from '../../components/lesson/lesson-footer';
import { LessonToc } from '../../components/lesson/lesson-toc';
import { useLessonTracking } from '../../components/lesson/use-lesson-tracking';
import { ProgressBar } from '../../components/ui/progress-bar';
import { savedLessonOf, useProgressActions, useProgressData } from '../../state/progress/selectors';
import { NotFoundPage } from './not-found-page';
import '../../components/lesson/lesson.css';
import { LoadingLine } from '../../components/ui/loading-line';

/** The lesson's opening warm-up, with its questions: a chunk of its own, loaded after the lesson's frame. */
const WarmUpOnLesson = lazy(() =>
  import('../../content/review-entry').then((m) => ({ default: m.WarmUpOnLesson })),
);

/** Loads a lesson's body before it is shown (see preloadRoute); an unknown slug needs nothing. */
export async function preloadLesson(slug: string | undefined, options: { parts: boolean }) {
  const lesson = findLesson(slug);
  if (lesson) await loadLessonBody(lesson, options);
}

/** Marks when the lazily loaded body has rendered, so tracking can measure it. */
function Rendered({ onReady }: { onReady: () => void }) {
  useEffect(onReady, [onReady]);
  return null;
}

let firstSlug: string | undefined;
/** True for the lesson the page was reloaded on (or restored from history), rather than opened by a link. */
function reloadedOn(slug: string): boolean {
  firstSlug ??= slug;
  if (slug !== firstSlug || typeof performance === 'undefined') return false;
  const [entry] = performance.getEntriesByType?.('navigation') ?? [];
  const type = (entry as PerformanceNavigationTiming | undefined)?.type;
  return type === 'reload' || type === 'back_forward';
}

export function LessonPage() {
  const { slug } = useParams();
  const lesson = findLesson(slug);
  if (!lesson) return <NotFoundPage what="lesson" />;
  return <Lesson key={lesson.slug} lesson={lesson} />;
}

function Lesson({ lesson }: { lesson: LessonEntry }) {
  const Body = lessonBody(lesson);
  const Objectives = lessonObjectives(lesson);
  // The body is the same element from render to render, so React skips it when the page re-renders: on every
  // scroll (the reading progress) and when the saved progress arrives after hydration.
  const body = useMemo(
    () => <Body components={mdxComponents as NonNullable<MdxProps['components']>} />,
    [Body],
  );
  const article = useRef<HTMLElement>(null);
  const [ready, setReady] = useState(false);
  const markReady = useMemo(() => () => setReady(true), []);
  const { hash } = useLocation();
  const data = useProgressData();
  // As the lesson was when it opened: saving a new place while reading must not move the page.
  // Read from the loaded store, not the hook: hydrating a prerendered lesson, hooks give the first-visit state.
  const [opened] = useState(() => ({
    saved: savedLessonOf(lesson.slug)?.lastSection,
    complete: Boolean(savedLessonOf(lesson.slug)?.completedAt),
    reloaded: reloadedOn(lesson.slug),
  }));
  const target = useMemo(
    () => openingTarget({ ...opened, fragment: fragmentId(hash), sections: lesson.sections }),
    [opened, hash, lesson.sections],
  );
  const { current, fraction, endRef } = useLessonTracking(lesson.slug, article, ready, target);
  const completion = useMemo(() => lessonCompletion(lesson, data), [lesson, data]);
  const { completeLesson } = useProgressActions();
  const recorded = Boolean(data.lessons[lesson.slug]?.completedAt);

  useEffect(() => {
    if (completion.complete && !recorded) completeLesson(lesson.slug);
  }, [completion.complete, recorded, completeLesson, lesson.slug]);

  const outline = useMemo(() => courseOutline(courseLessons, data, lesson.slug), [data, lesson.slug]);
  const sectionIndex = lesson.sections.findIndex((s) => s.id === current);
  return (
    <div className="page lesson-page">
      <InHeader>
        <div className="reading-progress">
          <ProgressBar
            value={fraction}
            label="Reading progress"
            valueText={
              sectionIndex >= 0
                ? `Section ${sectionIndex + 1} of ${lesson.sections.length}: ${lesson.sections[sectionIndex]?.title ?? ''}`
                : `${Math.round(fraction * 100)}% read`
            }
            className="thin"
          />
        </div>
      </InHeader>
      <header className="lesson-header">
        <p className="eyebrow">
          Module {courseLessons.indexOf(lesson) + 1} · {lesson.minutes} min
        </p>
        <PageHeading>{lesson.title}</PageHeading>
        <p className="lead">{lesson.summary}</p>
        <LoadingBoundary fallback={null}>
          <Objectives />
        </LoadingBoundary>
        <p className="lesson-card-link">
          <Link to={paths.lessonCard.to(lesson.slug)}>Job aid: this lesson on one printable page</Link>
        </p>
      </header>
      <div className="lesson-layout">
        <div className="lesson-sidebar">
          <CourseOutline outline={outline} />
          <LessonToc sections={lesson.sections} current={current} />
        </div>
        <article ref={article} className="lesson-body" aria-labelledby="page-title">
          {courseLessons.indexOf(lesson) > 0 && (
            <Suspense fallback={null}>
              <WarmUpOnLesson lesson={lesson.slug} />
            </Suspense>
          )}
          <LoadingBoundary fallback={<LoadingLine>Loading the lesson…</LoadingLine>}>
            <div className="prose">
              <LessonContext.Provider value={lesson.slug}>{body}</LessonContext.Provider>
            </div>
            <Rendered onReady={markReady} />
          </LoadingBoundary>
          <div ref={endRef} className="lesson-end" aria-hidden="true" />
          <LessonFooter
            completion={completion}
            nav={neighbours(courseLessons, lesson.slug)}
            finale={courseEnd(courseLessons, data).stage === 'passed' ? 'certificate' : 'assessment'}
          />
        </article>
      </div>
    </div>
  );
}
