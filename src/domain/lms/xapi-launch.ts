/**
 * The xAPI launch link: the LRS `endpoint`, the `auth` header, the learner (`actor`) and an optional
 * `registration`, read from an address's query or from what the tab kept. Pure: parsing and deciding only.
 * A launch that names an LRS but cannot be used safely is refused with a reason, never half-used.
 */
import { isRecord } from '../lib/guards';
import { agentKey, parseLaunchActor } from './xapi-agent';
import type { XapiAgent } from './xapi-agent';

/** The query parameters of an xAPI launch. They carry credentials, so the address bar must lose them. */
const LAUNCH_PARAMS = ['endpoint', 'auth', 'actor', 'registration'] as const;

/** A launch that can be used. `actor` is already a checked Agent; `endpoint` ends with '/'. */
export interface XapiLaunch {
  endpoint: string;
  auth: string;
  actor: XapiAgent;
  registration?: string;
}

export type LaunchRead =
  /** No launch parameters at all. */
  | { kind: 'none' }
  | { kind: 'ok'; launch: XapiLaunch }
  /** Launch parameters are there but cannot be used; `reason` says why in plain words. */
  | { kind: 'refused'; reason: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The endpoint as used (trailing slash), or why it cannot be. */
export function checkEndpoint(raw: string): { ok: true; endpoint: string } | { ok: false; reason: string } {
  const text = raw.trim();
  if (CONTROL.test(text)) return { ok: false, reason: 'the tracking address contains control characters' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'the tracking address (endpoint) is not a web address' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, reason: 'the tracking address (endpoint) must start with https:// or http://' };
  if (url.username || url.password)
    return {
      ok: false,
      reason: 'the tracking address (endpoint) carries a user name or password; credentials belong in auth',
    };
  if (url.search || url.hash)
    return { ok: false, reason: 'the tracking address (endpoint) must not carry a query or a fragment' };
  const href = url.href;
  return { ok: true, endpoint: href.endsWith('/') ? href : `${href}/` };
}

/** The Authorization header to send, or why the launch's `auth` cannot be one. */
export function checkAuth(raw: string): { ok: true; auth: string } | { ok: false; reason: string } {
  if (CONTROL.test(raw))
    return { ok: false, reason: 'the credentials (auth) contain line breaks or control characters' };
  const auth = raw.trim();
  if (auth === '') return { ok: false, reason: 'the launch link has no credentials (auth)' };
  if (auth.length > 4096) return { ok: false, reason: 'the credentials (auth) are too long' };
  // A bare token is taken as Basic credentials; a header with a scheme is used as given.
  return { ok: true, auth: /\s/.test(auth) ? auth : `Basic ${auth}` };
}

/**
 * Reads launch parameters (from a query string's values). `none` when none of them is present;
 * `refused` with a reason when some are present but the launch cannot be used: a missing part, an endpoint
 * that is not http(s) or carries credentials, `auth` with line breaks, an actor that identifies no one.
 */
function readLaunch(get: (name: string) => string | null): LaunchRead {
  const endpointText = get('endpoint');
  const authText = get('auth');
  const actorText = get('actor');
  const registrationText = get('registration');
  if (endpointText === null && authText === null && actorText === null && registrationText === null)
    return { kind: 'none' };
  if (!endpointText) return { kind: 'refused', reason: 'the launch link has no tracking address (endpoint)' };
  const endpoint = checkEndpoint(endpointText);
  if (!endpoint.ok) return { kind: 'refused', reason: endpoint.reason };
  if (authText === null) return { kind: 'refused', reason: 'the launch link has no credentials (auth)' };
  const auth = checkAuth(authText);
  if (!auth.ok) return { kind: 'refused', reason: auth.reason };
  if (!actorText)
    return { kind: 'refused', reason: 'the launch link does not say who the learner is (actor)' };
  const actor = parseLaunchActor(actorText);
  if (!actor.ok) return { kind: 'refused', reason: actor.reason };
  const launch: XapiLaunch = { endpoint: endpoint.endpoint, auth: auth.auth, actor: actor.actor };
  // A registration that is not a UUID would make the LRS refuse every statement: it is left out instead.
  const registration = registrationText?.trim();
  if (registration && UUID.test(registration)) launch.registration = registration.toLowerCase();
  return { kind: 'ok', launch };
}

/** Reads launch parameters from a query string such as `?endpoint=…&auth=…&actor=…`. */
export function readLaunchQuery(search: string): LaunchRead {
  const params = new URLSearchParams(search);
  return readLaunch((name) => params.get(name));
}

/** The query string without the launch parameters (other parameters kept, in order); '' when none remain. */
export function withoutLaunchParams(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of LAUNCH_PARAMS) params.delete(name);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

/** What the tab keeps of a launch (sessionStorage), versioned. */
const LAUNCH_RECORD_VERSION = 1;

export function serialiseLaunch(launch: XapiLaunch): string {
  return JSON.stringify({ version: LAUNCH_RECORD_VERSION, launch });
}

/** Reads a kept launch back, checking it exactly as a launch link is checked. */
export function parseStoredLaunch(raw: string | null): LaunchRead {
  if (raw === null) return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'refused', reason: 'the launch kept for this tab is not readable' };
  }
  if (!isRecord(value) || value.version !== LAUNCH_RECORD_VERSION || !isRecord(value.launch))
    return { kind: 'refused', reason: 'the launch kept for this tab is not in the expected shape' };
  const launch = value.launch;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return readLaunch((name) =>
    name === 'actor' ? (isRecord(launch.actor) ? JSON.stringify(launch.actor) : null) : text(launch[name]),
  );
}

/**
 * Which queue a launch's statements wait in: one per learner and LRS, so nothing is ever sent to another
 * learner's LRS, or with another launch's credentials. The learner is named by the identifier an LRS matches
 * on (mbox, account, …), the LRS by its endpoint.
 */
export function queueIdentity(launch: Pick<XapiLaunch, 'endpoint' | 'actor'>): {
  endpoint: string;
  actor: string;
} {
  return { endpoint: launch.endpoint, actor: agentKey(launch.actor) };
}
