import { PERSISTED } from '../state/persisted-keys';
import { probeLocalStorage } from '../state/safe-storage';
import type { KeyValueStorage } from '../state/safe-storage';

/**
 * The LRS address and credentials HR used on the Reports page, kept in this browser only when HR asks
 * ("remember on this device"). Nothing is stored otherwise.
 */

export const LRS_CONNECTION_KEY = PERSISTED.lrsConnection.key;

export interface SavedLrsConnection {
  endpoint: string;
  key: string;
  secret: string;
}

const isText = (v: unknown): v is string => typeof v === 'string';

export function readSavedLrsConnection(
  storage: KeyValueStorage | null = probeLocalStorage(),
): SavedLrsConnection | null {
  try {
    const raw = storage?.getItem(LRS_CONNECTION_KEY);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { endpoint, key, secret } = value as Record<string, unknown>;
    return isText(endpoint) && isText(key) && isText(secret) ? { endpoint, key, secret } : null;
  } catch {
    return null;
  }
}

/** Saves the connection; false when this browser would not keep it. */
export function saveLrsConnection(
  connection: SavedLrsConnection,
  storage: KeyValueStorage | null = probeLocalStorage(),
): boolean {
  try {
    if (!storage) return false;
    const { endpoint, key, secret } = connection;
    storage.setItem(LRS_CONNECTION_KEY, JSON.stringify({ endpoint, key, secret }));
    return true;
  } catch {
    return false;
  }
}

export function forgetLrsConnection(storage: KeyValueStorage | null = probeLocalStorage()): void {
  try {
    storage?.removeItem(LRS_CONNECTION_KEY);
  } catch {
    // Nothing was kept.
  }
}
