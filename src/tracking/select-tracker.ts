import { findScormApi } from './scorm-api';
import type { Scorm12Api, Scorm2004Api } from './scorm-api';
import type { TrackerKind } from './tracker';

/** What an xAPI launch link gives (`endpoint`, `auth`, `actor`, optional `registration` in its query). */
export interface XapiLaunch {
  endpoint: string;
  auth: string;
  actor: unknown;
  registration?: string;
}

export type TrackerChoice =
  | { kind: 'local'; reason?: string }
  | { kind: 'scorm12'; api: Scorm12Api }
  | { kind: 'scorm2004'; api: Scorm2004Api }
  | { kind: 'xapi'; launch: XapiLaunch };

const KINDS: readonly TrackerKind[] = ['local', 'scorm12', 'scorm2004', 'xapi'];

/** Reads a build setting (VITE_TRACKER) naming a tracker; anything else means "choose at start-up". */
export function forcedKind(setting: unknown): TrackerKind | undefined {
  return KINDS.find((kind) => kind === setting);
}

/**
 * Reads xAPI launch parameters from a query string. `actor` is JSON (an Agent); `endpoint` must be an
 * http(s) URL. Null when any required parameter is missing or unusable.
 */
export function parseXapiLaunch(search: string): XapiLaunch | null {
  const params = new URLSearchParams(search);
  const endpoint = params.get('endpoint');
  const auth = params.get('auth');
  const actorText = params.get('actor');
  if (!endpoint || !auth || !actorText) return null;
  try {
    const url = new URL(endpoint);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  } catch {
    return null;
  }
  let actor: unknown;
  try {
    actor = JSON.parse(actorText);
  } catch {
    return null;
  }
  const launch: XapiLaunch = { endpoint, auth, actor };
  const registration = params.get('registration');
  if (registration) launch.registration = registration;
  return launch;
}

/**
 * Chooses where progress goes, at start-up:
 * - an LMS API on a parent or opener window selects SCORM (`API_1484_11` → 2004, `API` → 1.2);
 * - else xAPI launch parameters in the address select xAPI;
 * - else the browser alone (local).
 * `forced` (the VITE_TRACKER build setting) limits the choice to one kind; when what it needs is missing,
 * the course still runs, locally, and `reason` says why.
 */
export function selectTracker(win: Window, forced?: TrackerKind): TrackerChoice {
  if (forced === 'local') return { kind: 'local' };
  if (forced === undefined || forced === 'scorm2004' || forced === 'scorm12') {
    const found = findScormApi(
      win,
      forced === 'scorm12' ? '1.2' : forced === 'scorm2004' ? '2004' : undefined,
    );
    if (found?.version === '2004') return { kind: 'scorm2004', api: found.api };
    if (found?.version === '1.2') return { kind: 'scorm12', api: found.api };
    if (forced) {
      const version = forced === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004';
      return {
        kind: 'local',
        reason: `This is the ${version} package, but no ${version} LMS was found around it, so progress is kept in this browser only.`,
      };
    }
  }
  const launch = parseXapiLaunch(win.location.search);
  if (launch) return { kind: 'xapi', launch };
  if (forced === 'xapi') {
    return {
      kind: 'local',
      reason:
        'This build reports to an LRS, but the address has no xAPI launch parameters (endpoint, auth, actor), so progress is kept in this browser only.',
    };
  }
  return { kind: 'local' };
}
