import {
  parseStoredLaunch,
  readLaunchQuery,
  serialiseLaunch,
  withoutLaunchParams,
} from '../domain/lms/xapi-launch';
import type { LaunchRead } from '../domain/lms/xapi-launch';
import type { KeyValueStorage } from '../state/safe-storage';

/**
 * The xAPI launch, kept for the tab. A launch link's parameters are read once, kept in sessionStorage (this tab
 * only, gone when it closes) and removed from the address bar, because they carry the LRS credentials. Links
 * inside the course drop the query string, so a reload or a followed link finds the launch here instead.
 */
export const XAPI_LAUNCH_KEY = 'servewell-xapi-launch';

type LaunchWindow = Pick<Window, 'location'> & {
  history?: Pick<History, 'replaceState' | 'state'>;
  sessionStorage?: KeyValueStorage;
};

function tabStorage(win: LaunchWindow): KeyValueStorage | null {
  try {
    return win.sessionStorage ?? null;
  } catch {
    // Storage blocked: the launch lasts for this page only.
    return null;
  }
}

/** Removes the launch parameters from the address without a new history entry or a reload. */
function clearAddress(win: LaunchWindow) {
  const { pathname, search, hash } = win.location;
  const rest = withoutLaunchParams(search);
  if (rest === search) return;
  try {
    win.history?.replaceState(win.history.state, '', `${pathname}${rest}${hash}`);
  } catch {
    // An address that cannot be rewritten keeps its query; the launch still works.
  }
}

/**
 * The launch for this tab: from the address when it carries launch parameters (then kept and removed from the
 * address), else the one kept earlier in this tab. A new launch link always replaces the kept one; one that
 * cannot be used (`refused`) is not kept and the old one is forgotten, so it is never used in its place.
 */
export function takeXapiLaunch(win: LaunchWindow): LaunchRead {
  const storage = tabStorage(win);
  const fromAddress = readLaunchQuery(win.location.search);
  if (fromAddress.kind !== 'none') {
    clearAddress(win);
    try {
      if (fromAddress.kind === 'ok') storage?.setItem(XAPI_LAUNCH_KEY, serialiseLaunch(fromAddress.launch));
      else storage?.removeItem(XAPI_LAUNCH_KEY);
    } catch {
      // Not kept: reporting still works until the page reloads.
    }
    return fromAddress;
  }
  let raw: string | null;
  try {
    raw = storage?.getItem(XAPI_LAUNCH_KEY) ?? null;
  } catch {
    return { kind: 'none' };
  }
  const kept = parseStoredLaunch(raw);
  if (kept.kind === 'refused') {
    // It holds credentials: forget it rather than keep what cannot be used.
    try {
      storage?.removeItem(XAPI_LAUNCH_KEY);
    } catch {
      // Nothing more to do.
    }
  }
  return kept;
}
