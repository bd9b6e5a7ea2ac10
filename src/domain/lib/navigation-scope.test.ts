import { navigationAllowlist, normaliseBase } from './navigation-scope';

const routes = ['/', '/lessons/:slug', '/assessment', '/certificate', '/trainer', '/reports', '/assignment'];
const allowed = (base: string, address: string) =>
  navigationAllowlist(base, routes).some((r) => r.test(address));

describe('the pages the offline service worker may answer', () => {
  it('answers the course’s own routes at the root of a host, and nothing else there', () => {
    for (const address of [
      '/',
      '/index.html',
      '/lessons/service-chain',
      '/lessons/service-chain/',
      '/assessment',
      '/reports?x=1',
    ])
      expect(allowed('/', address), address).toBe(true);
    for (const address of [
      '/wiki/home',
      '/lessons',
      '/lessons/a/b',
      '/admin',
      '/assessment-old',
      '/reports/2026',
      '/other.html',
    ])
      expect(allowed('/', address), address).toBe(false);
  });

  it('answers only under a sub-path when the course is deployed there', () => {
    const base = '/training/servewell/';
    for (const address of [
      '/training/servewell/',
      '/training/servewell/lessons/service-chain',
      '/training/servewell/trainer',
    ])
      expect(allowed(base, address), address).toBe(true);
    for (const address of [
      '/',
      '/lessons/service-chain',
      '/training/',
      '/training/other/',
      '/training/servewellx/',
    ])
      expect(allowed(base, address), address).toBe(false);
  });

  it('writes the base path as Vite does', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('./')).toBe('/');
    expect(normaliseBase('/training/servewell')).toBe('/training/servewell/');
    expect(normaliseBase('training/')).toBe('/training/');
  });
});
