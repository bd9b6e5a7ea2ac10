import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { emptyLessonProgress, emptyProgress } from '../domain/course/progress';
import type { ProgressData } from '../domain/course/progress';
import { decodeSuspendData, encodeSuspendData } from '../domain/lms/suspend-data';
import type { EncodeResult } from '../domain/lms/suspend-data';
import { backupKey, PERSISTED } from '../state/persisted-keys';
import { PROGRESS_VERSION } from '../state/progress/progress-schema';
import { memoryStorage } from '../state/safe-storage';
import type { KeyValueStorage } from '../state/safe-storage';
import { parseLocation } from './lms-location';

/** The LMS's saved progress could not be read; it is held, not replaced, until `startFresh` is called. */
export interface UnreadableSuspendData {
  reason: string;
  /** The text exactly as the LMS gave it. */
  raw: string;
  /** Where a copy was kept in this browser; null when the browser would not keep it. */
  backupKey: string | null;
  /** Lets the next commit replace the LMS's copy with this session's progress. */
  startFresh: () => void;
}

export interface SuspendStorageOptions {
  /**
   * What the LMS gave at launch: cmi.suspend_data, and the lesson location (`slug#section`, used when
   * there is no suspend data). Asked for on the first read, once the session is open.
   */
  load: () => { suspendData: string; location: string };
  /** The most characters to write (SCORM12_SUSPEND_BUDGET or SCORM2004_SUSPEND_BUDGET). */
  maxLength: number;
  /** Writes cmi.suspend_data; false when the LMS refused it (it is tried again at the next flush). */
  write: (text: string) => boolean;
  /** Told when there is something new to save (it is written at the next flush). */
  onChange?: () => void;
  /** Told what the LMS copy has to leave out to fit, whenever that changes in kind. */
  onLoss: (losses: string[]) => void;
  /** Told when the LMS's copy cannot be read: it is kept until the learner chooses to start fresh. */
  onUnreadable?: (issue: UnreadableSuspendData) => void;
  /** Where a copy of unreadable suspend data is kept: the browser's storage, or memory. */
  aside?: KeyValueStorage | null;
  /** The encoder (tests count its calls). */
  encode?: (data: ProgressData, options: { maxLength: number }) => EncodeResult;
  now?: () => Date;
}

export interface SuspendStorage extends PersistStorage<ProgressData> {
  /** Encodes the latest progress, once, and writes it to the LMS if it changed. Call before every commit. */
  flush(): void;
}

/**
 * The progress store's persist storage in an LMS: progress objects in, cmi.suspend_data out.
 * The store hands over its state as an object; it is held until `flush` (just before each commit) and
 * encoded there, once per commit, straight from the object.
 *
 * Suspend data that cannot be read (another format, a newer course, cut off, garbage) is never written
 * over blindly: the course starts empty, a copy is kept in the browser, the learner is told (and can
 * download it), and nothing is written to cmi.suspend_data until the learner chooses to start fresh.
 */
export function createSuspendStorage(options: SuspendStorageOptions): SuspendStorage {
  const now = options.now ?? (() => new Date());
  const aside = options.aside ?? memoryStorage();
  const encode = options.encode ?? encodeSuspendData;
  /** What the LMS holds now (as given at launch, then as last written). */
  let stored: string | null = null;
  /** Progress waiting for the next flush. */
  let pending: ProgressData | null = null;
  /** The LMS copy could not be read and must not be replaced until the learner says so. */
  let held = false;
  let reportedLosses = '';

  const fromLocation = (location: string): ProgressData | null => {
    const place = parseLocation(location);
    if (!place) return null;
    const at = now().toISOString();
    const data: ProgressData = emptyProgress();
    data.lessons[place.slug] = {
      ...emptyLessonProgress(at),
      ...(place.section ? { lastSection: place.section } : {}),
    };
    data.lastLesson = { slug: place.slug, at };
    return data;
  };

  const keepCopy = (raw: string): string | null => {
    const key = backupKey(PERSISTED.lmsSuspendData.key, now().getTime());
    try {
      aside.setItem(key, raw);
      return key;
    } catch {
      return null;
    }
  };

  const storage: SuspendStorage = {
    getItem(): StorageValue<ProgressData> | null {
      const launch = options.load();
      stored = launch.suspendData;
      const result = decodeSuspendData(launch.suspendData);
      if (result.kind === 'ok') return { state: result.data, version: PROGRESS_VERSION };
      if (result.kind === 'empty') {
        const data = fromLocation(launch.location);
        return data && { state: data, version: PROGRESS_VERSION };
      }
      held = true;
      const kept = keepCopy(launch.suspendData);
      options.onUnreadable?.({
        reason: result.reason,
        raw: launch.suspendData,
        backupKey: kept,
        startFresh: () => {
          held = false;
          options.onChange?.();
        },
      });
      return null;
    },
    setItem(_name, value) {
      if (value.state === pending) return;
      pending = value.state;
      options.onChange?.();
    },
    removeItem() {
      pending = null;
    },
    flush() {
      if (pending === null || held) return;
      const encoded = encode(pending, { maxLength: options.maxLength });
      const losses = encoded.fits
        ? encoded.losses
        : [...encoded.losses, 'everything: even its shortest form is longer than the LMS may keep'];
      // Said again only when a different kind of thing is left out, not each time a count changes.
      const said = losses.join('; ').replace(/\d+/g, '#');
      if (said !== reportedLosses) {
        reportedLosses = said;
        if (losses.length > 0) options.onLoss(losses);
      }
      // Never more than the LMS may keep: a copy too long is not written at all.
      if (!encoded.fits || encoded.text.length > options.maxLength) {
        pending = null;
        return;
      }
      if (encoded.text !== stored && !options.write(encoded.text)) return;
      stored = encoded.text;
      pending = null;
    },
  };
  return storage;
}
