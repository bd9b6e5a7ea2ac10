import { findScormApi } from './scorm-api';
import type { Scorm12Api, Scorm2004Api } from './scorm-api';
import type { TrackerKind } from './tracker';
import type { LaunchRead, XapiLaunch } from '../domain/lms/xapi-launch';

export type TrackerChoice =
  /** `launchRefused`: an xAPI launch link was there but could not be used; `reason` says why. */
  | { kind: 'local'; reason?: string; launchRefused?: true }
  | { kind: 'scorm12'; api: Scorm12Api }
  | { kind: 'scorm2004'; api: Scorm2004Api }
  | { kind: 'xapi'; launch: XapiLaunch };

const KINDS: readonly TrackerKind[] = ['local', 'scorm12', 'scorm2004', 'xapi'];

/** Reads a build setting (VITE_TRACKER) naming a tracker; anything else means "choose at start-up". */
export function forcedKind(setting: unknown): TrackerKind | undefined {
  return KINDS.find((kind) => kind === setting);
}

/**
 * Chooses where progress goes, at start-up:
 * - an LMS API on a parent or opener window selects SCORM (`API_1484_11` → 2004, `API` → 1.2);
 * - else an xAPI launch (from the address, or kept for this tab: see takeXapiLaunch, passed in) selects xAPI;
 * - else the browser alone (local).
 * `forced` (the VITE_TRACKER build setting) limits the choice to one kind; when what it needs is missing,
 * the course still runs, locally, and `reason` says why.
 */
export function selectTracker(
  win: Window,
  forced?: TrackerKind,
  /** The xAPI launch for this tab (takeXapiLaunch), read by the caller only when there can be one. */
  launch: LaunchRead = { kind: 'none' },
): TrackerChoice {
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
  if (launch.kind === 'ok') return { kind: 'xapi', launch: launch.launch };
  if (launch.kind === 'refused') {
    return {
      kind: 'local',
      reason: `This xAPI launch link cannot be used: ${launch.reason}. Progress is kept in this browser only.`,
      launchRefused: true,
    };
  }
  if (forced === 'xapi') {
    return {
      kind: 'local',
      reason:
        'This build reports to an LRS, but the address has no xAPI launch parameters (endpoint, auth, actor), so progress is kept in this browser only.',
    };
  }
  return { kind: 'local' };
}
