import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { sectionAtLine, sectionToSave } from '../../domain/course/reading-place';
import { savedSectionOf, useProgressActions } from '../../state/progress/selectors';

const TICK_MS = 15_000;
/** Keys that move through the page: after one, the learner has moved and their place is theirs to save. */
const SCROLL_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', ' ', 'Tab']);
/** Room left above a section scrolled to, below the sticky header. */
const GAP_PX = 8;

/** Scrolls an element to just below the sticky site header, whatever its height (it wraps on phones). */
function scrollBelowHeader(element: HTMLElement) {
  const header = document.querySelector<HTMLElement>('.site-header');
  const offset = (header?.getBoundingClientRect().height ?? 0) + GAP_PX;
  const top = window.scrollY + element.getBoundingClientRect().top - offset;
  if (Math.abs(window.scrollY - top) >= 1) window.scrollTo({ top, behavior: 'instant' });
}

/**
 * Watches the lesson as it is read: which section is on screen (for resume), whether the end was
 * reached, how far through the learner is, and how long the lesson was open and visible.
 */
export function useLessonTracking(
  slug: string,
  article: RefObject<HTMLElement | null>,
  ready: boolean,
  /** Where the lesson opens (a section or activity id), if not at the top. */
  target: string | undefined,
) {
  const { startLesson, visitSection, reachEnd, addTime } = useProgressActions();
  const [current, setCurrent] = useState<string | undefined>();
  const [fraction, setFraction] = useState(0);
  const endRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    startLesson(slug);
  }, [slug, startLesson]);

  // Time on the lesson, counted only while the page is visible.
  useEffect(() => {
    let last = Date.now();
    const flush = () => {
      const now = Date.now();
      if (document.visibilityState === 'visible') addTime(slug, now - last);
      last = now;
    };
    const timer = window.setInterval(flush, TICK_MS);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
      else last = Date.now();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      flush();
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [slug, addTime]);

  // The learner's place. The lesson opens at `target` and keeps it in view while content that loads late
  // (activities, images) shifts the page, until the learner moves; only then is a new place saved.
  const moved = useRef(false);
  useEffect(() => {
    const root = article.current;
    if (!ready || !root) return;
    let frame = 0;
    const anchor = () => {
      const element = target ? document.getElementById(target) : null;
      if (element) scrollBelowHeader(element);
    };
    const measure = () => {
      frame = 0;
      // Leaving the lesson removes it from the page before this effect is cleaned up; a scroll in between
      // would read every heading at the top and save the last one.
      if (!root.isConnected) return;
      const headings = [...root.querySelectorAll<HTMLElement>('h2[id]')];
      const inView = sectionAtLine(
        headings.map((h) => ({ id: h.id, top: h.getBoundingClientRect().top })),
        window.innerHeight / 3,
      );
      const box = root.getBoundingClientRect();
      const total = box.height - window.innerHeight;
      setFraction(total <= 0 ? 1 : Math.min(1, Math.max(0, -box.top / total)));
      setCurrent(inView ?? headings[0]?.id);
      const save = sectionToSave({ moved: moved.current, inView, saved: savedSectionOf(slug) });
      if (save) visitSection(slug, save);
    };
    const schedule = () => {
      if (!frame) frame = window.requestAnimationFrame(measure);
    };
    const onResize = () => {
      if (!moved.current) anchor();
      schedule();
    };
    const onMove = () => {
      moved.current = true;
    };
    const onKey = (event: KeyboardEvent) => {
      if (SCROLL_KEYS.has(event.key)) onMove();
    };
    // A press on the page's own scrollbar, not on a link or button (which may lead away).
    const onPointer = (event: PointerEvent) => {
      if (event.target === document.documentElement) onMove();
    };
    anchor();
    measure();
    const moves = ['wheel', 'touchmove', 'hashchange'] as const;
    for (const type of moves) window.addEventListener(type, onMove, { passive: true });
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', onResize);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onResize);
    observer?.observe(root);
    return () => {
      for (const type of moves) window.removeEventListener(type, onMove);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', onResize);
      observer?.disconnect();
      if (frame) window.cancelAnimationFrame(frame);
    };
  }, [slug, ready, article, visitSection, target]);

  // Reaching the end of the lesson.
  useEffect(() => {
    const end = endRef.current;
    if (!ready || !end || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) reachEnd(slug);
    });
    observer.observe(end);
    return () => observer.disconnect();
  }, [slug, ready, reachEnd]);

  return { current, fraction, endRef };
}
