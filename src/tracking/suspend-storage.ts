import { emptyLessonProgress, emptyProgress } from '../domain/course/progress';
import type { ProgressData } from '../domain/course/progress';
import { decodeSuspendData, encodeSuspendData } from '../domain/lms/suspend-data';
import { PROGRESS_KEY } from '../state/progress/progress-schema';
import { memoryStorage, readSaved, serialise } from '../state/safe-storage';
import type { KeyValueStorage } from '../state/safe-storage';
import { parseLocation } from './lms-location';

export interface SuspendStorageOptions {
  /**
   * What the LMS gave at launch: cmi.suspend_data, and the lesson location (`slug#section`, used when
   * there is no suspend data). Asked for on the first read, once the session is open.
   */
  load: () => { suspendData: string; location: string };
  /** The most characters to write (SCORM12_SUSPEND_BUDGET or SCORM2004_SUSPEND_BUDGET). */
  maxLength: number;
  /** Writes cmi.suspend_data. */
  write: (text: string) => void;
  /** Told when there is something new to save (it is written at the next flush). */
  onChange?: () => void;
  /** Told what the LMS copy has to leave out to fit, whenever that changes in kind. */
  onLoss: (losses: string[]) => void;
  /** Where anything but progress goes (copies of unreadable saves): the browser's storage, or memory. */
  aside?: KeyValueStorage | null;
  now?: () => Date;
}

export interface SuspendStorage extends KeyValueStorage {
  /** Encodes the latest progress and writes it to the LMS if it changed. Call before every commit. */
  flush(): void;
}

/**
 * A KeyValueStorage for the progress store that keeps progress in the LMS's cmi.suspend_data.
 * Writes are held until `flush` (the tracker calls it just before each commit), so the encoding, which
 * may compress, runs once per commit rather than on every change.
 */
export function createSuspendStorage(options: SuspendStorageOptions): SuspendStorage {
  const now = options.now ?? (() => new Date());
  const aside = options.aside ?? memoryStorage();
  let loaded: { suspendData: string; location: string } | null = null;
  const launch = () => (loaded ??= options.load());
  let current: string | null = null;
  const stored = () => (current ??= launch().suspendData);
  /** The serialised progress waiting for the next flush. */
  let pending: string | null = null;
  /** The progress key was removed (an unreadable save set aside): read as empty until the next write. */
  let cleared = false;
  let reportedLosses = '';
  let decodedFrom: string | null = null;
  let decoded: string | null = null;

  const fromLocation = (): string | null => {
    const place = parseLocation(launch().location);
    if (!place) return null;
    const at = now().toISOString();
    const data: ProgressData = emptyProgress();
    data.lessons[place.slug] = {
      ...emptyLessonProgress(at),
      ...(place.section ? { lastSection: place.section } : {}),
    };
    data.lastLesson = { slug: place.slug, at };
    return serialise(data);
  };

  return {
    getItem(key) {
      if (key !== PROGRESS_KEY) return aside.getItem(key);
      if (pending !== null) return pending;
      if (cleared) return null;
      const text = stored();
      if (decodedFrom !== text) {
        const result = decodeSuspendData(text);
        decodedFrom = text;
        // Unreadable: hand the raw text back, so the safe storage copies it aside and starts afresh.
        decoded =
          result.kind === 'ok' ? serialise(result.data) : result.kind === 'empty' ? fromLocation() : text;
      }
      return decoded;
    },
    setItem(key, value) {
      if (key !== PROGRESS_KEY) {
        aside.setItem(key, value);
        return;
      }
      if (value === pending) return;
      pending = value;
      cleared = false;
      options.onChange?.();
    },
    removeItem(key) {
      if (key !== PROGRESS_KEY) {
        aside.removeItem(key);
        return;
      }
      // The LMS keeps one copy; the next write replaces it. Until then, read as empty.
      pending = null;
      cleared = true;
    },
    flush() {
      if (pending === null) return;
      const saved = readSaved(pending);
      pending = null;
      if (saved.kind !== 'ok') return;
      const encoded = encodeSuspendData(saved.data, { maxLength: options.maxLength });
      const { text } = encoded;
      const losses = encoded.fits
        ? encoded.losses
        : [...encoded.losses, `even so, it is ${text.length} characters, more than the LMS may keep`];
      // Said again only when a different kind of thing is left out, not each time a count changes.
      const said = losses.join('; ').replace(/\d+/g, '#');
      if (said !== reportedLosses) {
        reportedLosses = said;
        if (losses.length > 0) options.onLoss(losses);
      }
      if (text === stored()) return;
      current = text;
      options.write(text);
    },
  };
}
