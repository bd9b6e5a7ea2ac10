import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { useProgressActions } from '../../state/progress/selectors';

const TICK_MS = 15_000;

/**
 * Watches the lesson as it is read: which section is on screen (for resume), whether the end was
 * reached, how far through the learner is, and how long the lesson was open and visible.
 */
export function useLessonTracking(
  slug: string,
  article: RefObject<HTMLElement | null>,
  ready: boolean,
  initialSection: string | undefined,
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

  // The section being read: the last heading that has scrolled past the top third of the screen.
  useEffect(() => {
    const root = article.current;
    if (!ready || !root) return;
    let frame = 0;
    if (initialSection) {
      const target = root.querySelector<HTMLElement>(`#${CSS.escape(initialSection)}`);
      target?.scrollIntoView({ block: 'start' });
    }
    const measure = () => {
      frame = 0;
      const headings = [...root.querySelectorAll<HTMLElement>('h2[id]')];
      const line = window.innerHeight / 3;
      let id: string | undefined;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= line) id = heading.id;
      }
      id ??= headings[0]?.id;
      const box = root.getBoundingClientRect();
      const total = box.height - window.innerHeight;
      setFraction(total <= 0 ? 1 : Math.min(1, Math.max(0, -box.top / total)));
      setCurrent(id);
      if (id) visitSection(slug, id);
    };
    const schedule = () => {
      if (!frame) frame = window.requestAnimationFrame(measure);
    };
    measure();
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      if (frame) window.cancelAnimationFrame(frame);
    };
  }, [slug, ready, article, visitSection, initialSection]);

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
