import { forcedKind, selectTracker as choose } from './select-tracker';
import { takeXapiLaunch } from './xapi-launch-store';
import type { TrackerKind } from './tracker';

/** As start-up does: the tab's xAPI launch is read and handed to the choice. */
const selectTracker = (win: Window, forced?: TrackerKind) => choose(win, forced, takeXapiLaunch(win));

const lms12 = { LMSInitialize: () => 'true', LMSSetValue: () => 'true' };
const lms2004 = { Initialize: () => 'true', SetValue: () => 'true' };

function page(search = '', parentProps: Record<string, unknown> = {}): Window {
  const parent: Record<string, unknown> = { ...parentProps };
  parent.parent = parent;
  return { parent, opener: null, location: { search } } as unknown as Window;
}

const actor = encodeURIComponent(JSON.stringify({ mbox: 'mailto:sam@example.org', name: 'Sam' }));
const xapiQuery = `?endpoint=${encodeURIComponent('https://lrs.example.org/xapi/')}&auth=Basic%20abc&actor=${actor}`;

describe('choosing a tracker at start-up', () => {
  it('picks SCORM when an LMS API is found, 2004 first', () => {
    expect(selectTracker(page('', { API_1484_11: lms2004, API: lms12 }))).toEqual({
      kind: 'scorm2004',
      api: lms2004,
    });
    expect(selectTracker(page('', { API: lms12 }))).toEqual({ kind: 'scorm12', api: lms12 });
  });

  it('picks xAPI from launch parameters when there is no LMS, and local otherwise', () => {
    expect(selectTracker(page(`${xapiQuery}&registration=760e3480-ba55-4991-94b0-01820dbd23a2`))).toEqual({
      kind: 'xapi',
      launch: {
        endpoint: 'https://lrs.example.org/xapi/',
        auth: 'Basic abc',
        actor: { objectType: 'Agent', mbox: 'mailto:sam@example.org', name: 'Sam' },
        registration: '760e3480-ba55-4991-94b0-01820dbd23a2',
      },
    });
    expect(selectTracker(page('?lesson=2'))).toEqual({ kind: 'local' });
  });

  it('obeys a forced kind, and says why when what it needs is missing', () => {
    const both = page(xapiQuery, { API_1484_11: lms2004, API: lms12 });
    expect(selectTracker(both, 'scorm12')).toEqual({ kind: 'scorm12', api: lms12 });
    expect(selectTracker(both, 'xapi').kind).toBe('xapi');
    expect(selectTracker(both, 'local')).toEqual({ kind: 'local' });
    const alone = selectTracker(page(), 'scorm2004');
    expect(alone.kind).toBe('local');
    expect(alone.kind === 'local' && alone.reason).toMatch(/SCORM 2004 package, but no SCORM 2004 LMS/);
    expect(selectTracker(page(), 'xapi')).toMatchObject({
      kind: 'local',
      reason: expect.stringMatching(/launch parameters/),
    });
  });

  it('reads only known kinds from the build setting', () => {
    expect(forcedKind('scorm12')).toBe('scorm12');
    expect(forcedKind('')).toBeUndefined();
    expect(forcedKind(undefined)).toBeUndefined();
    expect(forcedKind('scorm')).toBeUndefined();
  });
});

describe('xAPI launch parameters', () => {
  it('runs locally, saying why, when a launch link cannot be used', () => {
    for (const [query, reason] of [
      [xapiQuery.replace('auth=Basic%20abc&', ''), /no credentials/],
      [xapiQuery.replace(/actor=[^&]*/, 'actor=sam'), /actor/],
      [xapiQuery.replace(/endpoint=[^&]*/, 'endpoint=javascript%3Aalert(1)'), /https:\/\/ or http:\/\//],
      [
        xapiQuery.replace(/endpoint=[^&]*/, `endpoint=${encodeURIComponent('https://u:p@lrs.example.org/')}`),
        /user name or password/,
      ],
      [xapiQuery.replace('auth=Basic%20abc', 'auth=Basic%20abc%0D%0AX-Evil%3A%201'), /line breaks/],
    ] as const) {
      const choice = selectTracker(page(query));
      expect(choice).toMatchObject({
        kind: 'local',
        launchRefused: true,
        reason: expect.stringMatching(reason),
      });
    }
  });
});
