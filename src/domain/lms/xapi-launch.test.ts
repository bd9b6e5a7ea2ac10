import fc from 'fast-check';
import {
  checkAuth,
  checkEndpoint,
  parseStoredLaunch,
  queueIdentity,
  readLaunchQuery,
  serialiseLaunch,
  withoutLaunchParams,
} from './xapi-launch';

const actor = encodeURIComponent(JSON.stringify({ name: 'Ada', mbox: 'mailto:ada@example.org' }));
const endpoint = encodeURIComponent('https://lrs.example.org/data/xAPI');
const good = `?endpoint=${endpoint}&auth=Basic%20YTpi&actor=${actor}&registration=760E3480-BA55-4991-94B0-01820DBD23A2`;

describe('reading an xAPI launch link', () => {
  it('reads endpoint (with a trailing slash), auth, a checked actor and a lower-case registration', () => {
    expect(readLaunchQuery(good)).toEqual({
      kind: 'ok',
      launch: {
        endpoint: 'https://lrs.example.org/data/xAPI/',
        auth: 'Basic YTpi',
        actor: { objectType: 'Agent', name: 'Ada', mbox: 'mailto:ada@example.org' },
        registration: '760e3480-ba55-4991-94b0-01820dbd23a2',
      },
    });
  });

  it('is not a launch at all without any launch parameter', () => {
    expect(readLaunchQuery('')).toEqual({ kind: 'none' });
    expect(readLaunchQuery('?lesson=2')).toEqual({ kind: 'none' });
  });

  it('refuses, with a reason, a launch link that is incomplete or unsafe', () => {
    const cases: [string, RegExp][] = [
      [good.replace('auth=Basic%20YTpi&', ''), /no credentials \(auth\)/],
      [good.replace('auth=Basic%20YTpi', 'auth='), /no credentials \(auth\)/],
      [good.replace(/endpoint=[^&]*/, ''), /no tracking address/],
      [good.replace(/endpoint=[^&]*/, 'endpoint=ftp%3A%2F%2Flrs.example.org%2F'), /https:\/\/ or http:\/\//],
      [good.replace(/endpoint=[^&]*/, 'endpoint=not%20a%20url'), /not a web address/],
      [
        good.replace(
          /endpoint=[^&]*/,
          `endpoint=${encodeURIComponent('https://key:secret@lrs.example.org/')}`,
        ),
        /user name or password/,
      ],
      [good.replace('auth=Basic%20YTpi', 'auth=Basic%20YTpi%0D%0ASet-Cookie%3A%20x'), /line breaks/],
      [good.replace('auth=Basic%20YTpi', 'auth=Basic%20YTpi%0A'), /line breaks/],
      [good.replace(/actor=[^&]*/, 'actor=%7B%22name%22%3A%22Nobody%22%7D'), /needs an mbox/],
      [good.replace(/actor=[^&]*/, 'actor=ada'), /not readable JSON/],
      [good.replace(/actor=[^&]*/, ''), /who the learner is/],
    ];
    for (const [query, reason] of cases) {
      const read = readLaunchQuery(query);
      expect(read.kind, query).toBe('refused');
      expect(read.kind === 'refused' ? read.reason : '', query).toMatch(reason);
    }
  });

  it('leaves out a registration that is not a UUID rather than have the LRS refuse everything', () => {
    const read = readLaunchQuery(good.replace(/registration=[^&]*/, 'registration=abc'));
    expect(read.kind).toBe('ok');
    expect(read.kind === 'ok' && 'registration' in read.launch).toBe(false);
  });

  it('takes a bare token as Basic credentials', () => {
    expect(checkAuth('YTpi')).toEqual({ ok: true, auth: 'Basic YTpi' });
    expect(checkAuth('Bearer t0k')).toEqual({ ok: true, auth: 'Bearer t0k' });
  });

  it('never accepts credentials in the endpoint or control characters in auth, whatever else is there', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }), fc.string(), (user, password, rest) => {
        const url = `https://${encodeURIComponent(user || 'u')}:${encodeURIComponent(password)}@lrs.example.org/${encodeURIComponent(rest)}`;
        expect(checkEndpoint(url).ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('\r', '\n', '\u0000', '\u007f'), fc.string(), (a, bad, b) => {
        expect(checkAuth(`${a}${bad}${b}`).ok).toBe(false);
      }),
    );
  });

  it('never throws on any query string', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('endpoint', 'auth', 'actor', 'registration', 'x'), fc.string()),
        (params) => {
          const read = readLaunchQuery(`?${new URLSearchParams(params).toString()}`);
          expect(['none', 'ok', 'refused']).toContain(read.kind);
        },
      ),
    );
  });
});

describe('the address after a launch', () => {
  it('drops the launch parameters and keeps the rest', () => {
    expect(withoutLaunchParams(good)).toBe('');
    expect(withoutLaunchParams(`${good}&lesson=2`)).toBe('?lesson=2');
    expect(withoutLaunchParams('?lesson=2')).toBe('?lesson=2');
  });
});

describe('the launch kept for the tab', () => {
  it('reads back exactly what was kept', () => {
    const read = readLaunchQuery(good);
    if (read.kind !== 'ok') throw new Error('expected a launch');
    expect(parseStoredLaunch(serialiseLaunch(read.launch))).toEqual(read);
  });

  it('checks a kept launch as strictly as a link, and is none when nothing is kept', () => {
    expect(parseStoredLaunch(null)).toEqual({ kind: 'none' });
    expect(parseStoredLaunch('{oops').kind).toBe('refused');
    expect(parseStoredLaunch(JSON.stringify({ version: 9, launch: {} })).kind).toBe('refused');
    const tampered = JSON.stringify({
      version: 1,
      launch: { endpoint: 'https://a:b@lrs.example.org/', auth: 'Basic x', actor: { mbox: 'mailto:a@b.c' } },
    });
    expect(parseStoredLaunch(tampered)).toMatchObject({ kind: 'refused', reason: /user name or password/ });
  });
});

describe('which queue a launch uses', () => {
  it('is the learner’s identifier and the endpoint, not the name or the credentials', () => {
    const a = queueIdentity({
      endpoint: 'https://lrs.example.org/xapi/',
      actor: { objectType: 'Agent', name: 'Ada', mbox: 'mailto:Ada@Example.org' },
    });
    expect(a).toEqual({ endpoint: 'https://lrs.example.org/xapi/', actor: 'mailto:ada@example.org' });
  });
});
