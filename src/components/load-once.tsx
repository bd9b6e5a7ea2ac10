import { lazy } from 'react';
import type { ComponentType } from 'react';

/**
 * A promise that remembers, once settled, that it has (`status`, `value`), so a part loaded before the first
 * render (or before hydration) renders without a fallback.
 */
export type Settling<T> = Promise<T>;
type Tracked<T> = Promise<T> & { status?: 'pending' | 'fulfilled' | 'rejected'; value?: T };

/**
 * `load` called once and remembered; a failed load is forgotten, so the next render (after an error boundary
 * resets) tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Settling<T> {
  let current: Tracked<T> | undefined;
  return () => {
    if (current) return current;
    const promise: Tracked<T> = load();
    promise.status = 'pending';
    promise.then(
      (value) => {
        promise.status = 'fulfilled';
        promise.value = value;
      },
      () => {
        promise.status = 'rejected';
        if (current === promise) current = undefined;
      },
    );
    current = promise;
    return promise;
  };
}

/**
 * A component made from something loaded on demand (`pick` turns what was loaded into the component, once).
 * Once loaded it renders at once, with no suspense: so a page loaded before hydration hydrates in one pass.
 * Before, it suspends like React.lazy.
 */
export function lazyFrom<T, P extends object>(
  load: () => Settling<T>,
  pick: (loaded: T) => ComponentType<P>,
): ComponentType<P> {
  let picked: ComponentType<P> | undefined;
  const component = (loaded: T) => (picked ??= pick(loaded));
  const Pending = lazy(() => load().then((loaded) => ({ default: component(loaded) })));
  return function Loaded(props: P) {
    const promise: Tracked<T> = load();
    if (promise.status === 'fulfilled') {
      const Component = component(promise.value as T);
      return <Component {...props} />;
    }
    return <Pending {...props} />;
  };
}

/** A component whose code loads on demand; once loaded, it renders at once (no suspense, no flash). */
export function lazyComponent<P extends object>(load: () => Settling<ComponentType<P>>): ComponentType<P> {
  return lazyFrom(load, (component) => component);
}
