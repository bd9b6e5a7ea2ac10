/**
 * The LMS's SCORM run-time API as the course sees it, and the standard way of finding it: the LMS puts
 * an object named `API_1484_11` (SCORM 2004) or `API` (SCORM 1.2) on a window that launched or framed
 * the course. We look in this window, its parents, then the window that opened it and its parents.
 */

/** SCORM 1.2 (RTE 3.3): every function takes and returns strings; "true"/"false" for success. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** SCORM 2004 4th edition (RTE 3.1). */
export interface Scorm2004Api {
  Initialize(parameter: ''): string;
  Terminate(parameter: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

export type FoundScormApi = { version: '2004'; api: Scorm2004Api } | { version: '1.2'; api: Scorm12Api };

/** How far up a chain of parent frames to look; the ADL algorithm's limit is 500, real LMSs need a few. */
const MAX_DEPTH = 10;

const isScorm2004 = (value: unknown): value is Scorm2004Api =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Scorm2004Api).Initialize === 'function' &&
  typeof (value as Scorm2004Api).SetValue === 'function';

const isScorm12 = (value: unknown): value is Scorm12Api =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Scorm12Api).LMSInitialize === 'function' &&
  typeof (value as Scorm12Api).LMSSetValue === 'function';

/** Reads a property of a window that may belong to another origin (which throws): undefined then. */
function peek(win: Window, name: string): unknown {
  try {
    return (win as unknown as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
}

function parentOf(win: Window): Window | null {
  try {
    return win.parent && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

function openerOf(win: Window): Window | null {
  try {
    return (win.opener as Window | null) ?? null;
  } catch {
    return null;
  }
}

/** This window and its parents, then the opener (of this window or the top one) and its parents. */
function candidateWindows(start: Window): Window[] {
  const chain = (from: Window | null): Window[] => {
    const out: Window[] = [];
    for (let win = from, depth = 0; win && depth <= MAX_DEPTH; win = parentOf(win), depth += 1) {
      if (!out.includes(win)) out.push(win);
    }
    return out;
  };
  const own = chain(start);
  const top = own[own.length - 1];
  const opener = openerOf(start) ?? (top ? openerOf(top) : null);
  return [...own, ...chain(opener).filter((w) => !own.includes(w))];
}

/**
 * Finds the LMS's API. `version` limits the search to one version (a SCORM 1.2 package must talk to a
 * SCORM 1.2 API even when the LMS offers both); otherwise SCORM 2004 is preferred when both are offered.
 */
export function findScormApi(start: Window, version?: '1.2' | '2004'): FoundScormApi | null {
  const windows = candidateWindows(start);
  if (version !== '1.2') {
    for (const win of windows) {
      const api = peek(win, 'API_1484_11');
      if (isScorm2004(api)) return { version: '2004', api };
    }
  }
  if (version !== '2004') {
    for (const win of windows) {
      const api = peek(win, 'API');
      if (isScorm12(api)) return { version: '1.2', api };
    }
  }
  return null;
}
