import { canHydrate, matchesPattern, routeOf } from './prerendered-route';

const patterns = ['/', '/lessons/:slug', '/lessons/:slug/card', '/trainer', '/trainer/guide'];

describe('matchesPattern', () => {
  it('matches a parameter to one segment, and nothing more or less', () => {
    expect(matchesPattern('/lessons/:slug', '/lessons/service-chain')).toBe(true);
    expect(matchesPattern('/lessons/:slug', '/lessons/service-chain/card')).toBe(false);
    expect(matchesPattern('/lessons/:slug', '/lessons')).toBe(false);
    expect(matchesPattern('/', '/')).toBe(true);
    expect(matchesPattern('/trainer', '/reports')).toBe(false);
  });
});

describe('routeOf', () => {
  it('names a known route by its path, without a trailing slash', () => {
    expect(routeOf('/lessons/service-chain/', patterns)).toBe('/lessons/service-chain');
    expect(routeOf('/trainer/guide', patterns)).toBe('/trainer/guide');
    expect(routeOf('/', patterns)).toBe('/');
  });

  it('names every unknown address *, the not-found page', () => {
    expect(routeOf('/no-such-page', patterns)).toBe('*');
    expect(routeOf('/lessons/a/b/c', patterns)).toBe('*');
  });
});

describe('canHydrate', () => {
  const lesson = { route: '/lessons/service-chain', staffPages: 'true' };

  it('hydrates the page rendered for this route and launch', () => {
    expect(canHydrate(lesson, { path: '/lessons/service-chain', staffPages: true }, patterns)).toBe(true);
    expect(
      canHydrate({ route: '*', staffPages: 'true' }, { path: '/nowhere', staffPages: true }, patterns),
    ).toBe(true);
  });

  it('renders afresh over a page rendered for another route (a host that rewrites to index.html)', () => {
    expect(
      canHydrate(
        { route: '/', staffPages: 'true' },
        { path: '/lessons/service-chain', staffPages: true },
        patterns,
      ),
    ).toBe(false);
    // A lesson slug that does not exist is not the not-found page: the lesson page says "no such lesson".
    expect(
      canHydrate({ route: '*', staffPages: 'true' }, { path: '/lessons/nope', staffPages: true }, patterns),
    ).toBe(false);
  });

  it('renders afresh where the fragment chooses what the page shows (an assignment link)', () => {
    const assignment = { route: '/assignment', staffPages: 'true' };
    const withPatterns = [...patterns, '/assignment'];
    expect(
      canHydrate(assignment, { path: '/assignment', staffPages: true, fragment: 'abc.123' }, withPatterns, [
        '/assignment',
      ]),
    ).toBe(false);
    expect(
      canHydrate(assignment, { path: '/assignment', staffPages: true, fragment: '' }, withPatterns, [
        '/assignment',
      ]),
    ).toBe(true);
    // A lesson's fragment only says where to scroll.
    expect(
      canHydrate(lesson, { path: '/lessons/service-chain', staffPages: true, fragment: 'a' }, patterns, [
        '/assignment',
      ]),
    ).toBe(true);
  });

  it('renders afresh inside a launch that hides the staff pages, and where nothing was prerendered', () => {
    expect(canHydrate(lesson, { path: '/lessons/service-chain', staffPages: false }, patterns)).toBe(false);
    expect(
      canHydrate({ route: undefined, staffPages: undefined }, { path: '/', staffPages: true }, patterns),
    ).toBe(false);
  });
});
