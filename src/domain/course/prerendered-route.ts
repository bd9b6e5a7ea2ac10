/**
 * Each route is prerendered at build into its own HTML file, which names the route it shows. In the browser,
 * that HTML is hydrated only when it shows what the address asks for; otherwise the course renders afresh
 * over it. Pure.
 */

const segments = (path: string) => path.split('/').filter((part) => part !== '');

/** Whether a path matches a route pattern, one segment per `:parameter` (`/lessons/:slug`). */
export function matchesPattern(pattern: string, path: string): boolean {
  const want = segments(pattern);
  const have = segments(path);
  return want.length === have.length && want.every((part, i) => part.startsWith(':') || part === have[i]);
}

/**
 * The route a path shows, as the prerender names its pages: the path without a trailing slash, or `*` for an
 * address no route matches (the not-found page, 404.html).
 */
export function routeOf(path: string, patterns: readonly string[]): string {
  const clean = `/${segments(path).join('/')}`;
  return patterns.some((pattern) => matchesPattern(pattern, clean)) ? clean : '*';
}

/** What the prerendered page says it shows, read from its root element. */
export interface Prerendered {
  route: string | undefined;
  /** 'true' or 'false': whether the staff pages were offered when it was rendered. */
  staffPages: string | undefined;
}

/**
 * Whether the prerendered page can be hydrated at this address: it was rendered for the same route and the
 * same kind of launch. Not when the host served another page for it (a rewrite to index.html, the offline
 * copy), nor inside an LMS or LRS launch that hides the staff pages, nor for a page with no prerender (dev),
 * nor where the fragment chooses what the page shows (`fragmentPatterns`: an assignment link carries the
 * assignment after '#', which the build never saw).
 */
export function canHydrate(
  rendered: Prerendered,
  now: { path: string; staffPages: boolean; fragment?: string },
  patterns: readonly string[],
  fragmentPatterns: readonly string[] = [],
): boolean {
  if (rendered.route === undefined) return false;
  if (now.fragment && fragmentPatterns.some((pattern) => matchesPattern(pattern, now.path))) return false;
  return rendered.route === routeOf(now.path, patterns) && rendered.staffPages === String(now.staffPages);
}
