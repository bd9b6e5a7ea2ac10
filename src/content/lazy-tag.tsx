import { Suspense, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ComponentType } from 'react';
import type { TagChunk } from '../domain/course/tag-chunks';
import { renderPhase } from '../components/hydration';
import { savedActivityOf } from '../state/progress/selectors';
import { lazyFrom, loadOnce } from '../components/load-once';
import type { Settling } from '../components/load-once';
import { TAG_CHUNKS } from './tag-chunks';
import type { LazyTagName } from './tag-chunks';

export type AnyProps = Record<string, unknown>;
type Tags = Record<string, ComponentType<AnyProps>>;

const chunkFiles = import.meta.glob<{ tags: Tags }>(['./tags/*.tsx', '!./tags/*.test.tsx']);
const chunkLoaders = new Map<string, () => Settling<Tags>>(
  Object.entries(chunkFiles).map(([file, load]) => [
    file.slice('./tags/'.length, -'.tsx'.length),
    loadOnce(() => load().then((module) => module.tags)),
  ]),
);

/** Loads one part of the tag map (once). */
export function loadTagChunk(chunk: TagChunk): Settling<Tags> {
  const load = chunkLoaders.get(chunk);
  if (!load) throw new Error(`No file src/content/tags/${chunk}.tsx for the "${chunk}" tags.`);
  return load();
}

/** What one tag needs before it renders: its chunk and, for a role-play, its scenario. */
function loadTagParts(name: LazyTagName, props: AnyProps): Promise<unknown> {
  const scenario = name === 'RolePlay' && typeof props.scenario === 'string' ? props.scenario : undefined;
  return Promise.all([
    loadTagChunk(TAG_CHUNKS[name]),
    scenario ? import('./scenario-loading').then((m) => m.loadScenario(scenario)) : undefined,
  ]);
}

/** How far below the screen an activity starts loading, so it is live before the reader reaches it. */
const NEAR = '100% 0px';

/**
 * The first time the reader presses a key, clicks or taps anywhere, every kept activity starts loading: someone
 * tabbing or jumping through the lesson must not meet one still asleep.
 */
const wakers = new Set<() => void>();
let listening = false;
function wakeAllOnFirstInteraction(wake: () => void): () => void {
  wakers.add(wake);
  if (!listening && typeof document !== 'undefined') {
    listening = true;
    const wakeAll = () => {
      for (const event of ['keydown', 'pointerdown', 'focusin'] as const)
        document.removeEventListener(event, wakeAll, true);
      listening = false;
      for (const each of [...wakers]) each();
    };
    for (const event of ['keydown', 'pointerdown', 'focusin'] as const)
      document.addEventListener(event, wakeAll, true);
  }
  return () => wakers.delete(wake);
}

/** Where an element sits inside another, as child positions, to find its twin in the same markup. */
function pathWithin(root: Element, element: Element): number[] | undefined {
  const path: number[] = [];
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    const parent: Element | null = node.parentElement;
    if (!parent) return undefined;
    path.unshift([...parent.children].indexOf(node));
  }
  return path;
}
const atPath = (root: Element, path: number[]) =>
  path.reduce<Element | undefined>((node, index) => node?.children[index], root);

/** An element of the kept HTML, remembered to find its twin once the activity is live. */
interface Remembered {
  path: number[];
  tag: string;
  text: string;
}
function remember(root: Element, element: Element): Remembered | undefined {
  const path = pathWithin(root, element);
  return path && { path, tag: element.tagName, text: element.textContent ?? '' };
}
/**
 * The live twin of a remembered element: the one in the same place, or, where the live activity orders its
 * choices for this learner unlike the prerendered page, the one of the same kind with the same words.
 */
function twinOf(root: Element, kept: Remembered): HTMLElement | undefined {
  const same = (element: Element | undefined): element is HTMLElement =>
    element instanceof HTMLElement &&
    element.tagName === kept.tag &&
    (element.textContent ?? '') === kept.text;
  const placed = atPath(root, kept.path);
  if (same(placed)) return placed;
  return [...root.querySelectorAll(kept.tag)].find(same);
}

/**
 * A tag whose component is in a chunk.
 * - On a page React is hydrating, the prerendered HTML already shows the activity: it is kept as it is, and
 *   the chunk loads only when the activity comes near the screen, when the reader first presses a key or taps,
 *   or at once if the learner has saved work in it; then the live activity replaces it in one commit (same
 *   markup, so nothing moves), filled in with that work.
 * - Otherwise it renders at once when its chunk is loaded (a lesson loads its chunks with its body), or keeps
 *   a place while it loads.
 */
export function lazyTag(name: LazyTagName): ComponentType<AnyProps> {
  const Loaded = lazyFrom(
    () => loadTagChunk(TAG_CHUNKS[name]),
    (tags) => {
      const Component = tags[name];
      if (!Component) throw new Error(`src/content/tags/${TAG_CHUNKS[name]}.tsx has no <${name}>.`);
      return Component;
    },
  );
  function Tag(props: AnyProps) {
    const [phase] = useState(renderPhase);
    const [keepServerHtml, setKeepServerHtml] = useState(phase === 'hydrate');
    const kept = useRef<HTMLDivElement>(null);
    const live = useRef<HTMLDivElement>(null);
    /** Where focus was inside the kept HTML when it was replaced, to put it back on the live twin. */
    const focusPath = useRef<Remembered | undefined>(undefined);
    /** A control pressed in the kept HTML before the activity came alive: pressed again on its twin. */
    const pressedPath = useRef<Remembered | undefined>(undefined);
    const latest = useRef(props);
    useEffect(() => {
      latest.current = props;
    });
    useEffect(() => {
      const element = kept.current;
      if (!keepServerHtml || !element) return;
      let stopped = false;
      let woken = false;
      const wake = () => {
        if (woken) return;
        woken = true;
        observer?.disconnect();
        void loadTagParts(name, latest.current)
          .catch(() => undefined)
          .then(() => {
            if (stopped) return;
            const focused = document.activeElement;
            focusPath.current = focused && element.contains(focused) ? remember(element, focused) : undefined;
            setKeepServerHtml(false);
          });
      };
      const forget = wakeAllOnFirstInteraction(wake);
      const observer =
        typeof IntersectionObserver === 'undefined'
          ? undefined
          : new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && wake(), {
              rootMargin: NEAR,
            });
      if (observer) observer.observe(element);
      else wake();
      // Work the learner saved here fills in at once, wherever the activity is on the page.
      const { id, scenario } = latest.current;
      const activity = typeof id === 'string' ? id : typeof scenario === 'string' ? scenario : undefined;
      if (activity && savedActivityOf(activity)) wake();
      return () => {
        stopped = true;
        observer?.disconnect();
        forget();
      };
    }, [keepServerHtml]);
    useLayoutEffect(() => {
      if (keepServerHtml || !live.current) return;
      const [focusedAt, pressedAt] = [focusPath.current, pressedPath.current];
      focusPath.current = undefined;
      pressedPath.current = undefined;
      if (focusedAt) twinOf(live.current, focusedAt)?.focus({ preventScroll: true });
      if (pressedAt) twinOf(live.current, pressedAt)?.click();
    }, [keepServerHtml]);
    if (keepServerHtml) {
      // React leaves the children of an element set with innerHTML alone: the prerendered activity stays.
      return (
        <div
          key="kept"
          ref={kept}
          className="lesson-tag"
          suppressHydrationWarning
          dangerouslySetInnerHTML={KEEP}
          // Its forms are not live yet: a press of Enter must not send the page away.
          onSubmit={(event) => event.preventDefault()}
          // A control pressed before the activity is live is pressed again once it is, so no press is lost.
          onClickCapture={(event) => {
            const control = event.target instanceof Element ? event.target.closest(PRESSABLE) : null;
            if (!control || !kept.current?.contains(control)) return;
            event.preventDefault();
            pressedPath.current = remember(kept.current, control);
          }}
        />
      );
    }
    if (phase === 'prerender') {
      return (
        <div key="live" className="lesson-tag">
          <Loaded {...props} />
        </div>
      );
    }
    return (
      // Marked live, so a test (or a style) can tell it from the kept HTML it replaced.
      <div key="live" ref={live} className="lesson-tag" data-live="">
        <Suspense
          fallback={
            <p className="tag-loading" role="status">
              Loading…
            </p>
          }
        >
          <Loaded {...props} />
        </Suspense>
      </div>
    );
  }
  Tag.displayName = name;
  return Tag;
}

const KEEP = { __html: '' };
/** Controls whose press a kept activity holds until it is live (links still work as plain links). */
const PRESSABLE = 'button, input, label, select, summary, textarea';
