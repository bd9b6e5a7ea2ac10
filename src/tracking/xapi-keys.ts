/**
 * Every browser storage key the xAPI side uses, in one place (for the registry of persisted keys).
 * - the launch, for this tab only (sessionStorage): XAPI_LAUNCH_KEY, in ./xapi-launch-store;
 * - one queue of waiting statements per learner and LRS (localStorage): XAPI_QUEUE_PREFIX + identity;
 * - the single shared queue of older versions (localStorage), never sent again: LEGACY_XAPI_QUEUE_KEY;
 * - unreadable queues, set aside: the queue's key + XAPI_QUEUE_BACKUP_INFIX + a timestamp.
 */
import type { queueIdentity } from '../domain/lms/xapi-launch';

export { XAPI_LAUNCH_KEY } from './xapi-launch-store';

export const XAPI_QUEUE_PREFIX = 'servewell-xapi-queue:';
/**
 * Before queues were kept per learner and LRS, every launch on a browser shared this key. What it holds
 * cannot be tied to an LRS, so it is kept untouched and never sent.
 */
export const LEGACY_XAPI_QUEUE_KEY = 'servewell-xapi-queue';
export const XAPI_QUEUE_BACKUP_INFIX = ':backup:';

/** The queue key of one learner (by the identifier an LRS matches on) at one LRS endpoint. */
export function xapiQueueKey(identity: ReturnType<typeof queueIdentity>): string {
  return `${XAPI_QUEUE_PREFIX}${encodeURIComponent(identity.endpoint)}|${encodeURIComponent(identity.actor)}`;
}

/** True for a live per-learner queue key (not a backup, not the legacy key). */
export function isXapiQueueKey(key: string): boolean {
  return key.startsWith(XAPI_QUEUE_PREFIX) && !key.includes(XAPI_QUEUE_BACKUP_INFIX);
}
