/**
 * Which page addresses the offline service worker may answer with the course's page. Deployed at the root
 * of a shared host, a service worker's scope covers every page of that host; it must answer only the
 * course's own routes under its base path and leave every other address to the network. Pure.
 */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `/lessons/:slug` → `lessons/[^/?]+`: one path segment for each parameter. */
function routeSource(pattern: string): string {
  return pattern
    .replace(/^\/+/, '')
    .split('/')
    .filter((part) => part !== '')
    .map((part) => (part.startsWith(':') ? '[^/?]+' : escapeRegExp(part)))
    .join('/');
}

/** The base path as Vite writes it: leading and trailing slash ("/", "/training/servewell/"). */
export function normaliseBase(base: string): string {
  const trimmed = base
    .trim()
    .replace(/^\.?\/*/, '')
    .replace(/\/*$/, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * One pattern matching exactly the course's routes under `base` (with an optional trailing slash,
 * `index.html` and query string), as Workbox matches navigations: pathname plus search.
 */
export function navigationAllowlist(base: string, routePatterns: readonly string[]): RegExp[] {
  const routes = [...new Set(routePatterns.map(routeSource))];
  const named = routes.filter((r) => r !== '');
  const alternatives = named.length > 0 ? `(?:${named.join('|')})/?` : '';
  const root = escapeRegExp(normaliseBase(base));
  return [new RegExp(`^${root}(?:${alternatives}|index\\.html)?(?:\\?.*)?$`)];
}
