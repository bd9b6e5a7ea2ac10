import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { emptyLessonProgress, emptyProgress, mergeProgress } from '../domain/course/progress';
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
  /**
   * Where progress the LMS refused is kept in `aside` until a commit succeeds (one key per learner), and
   * merged back in at that learner's next launch. Asked for once the session is open.
   */
  unsentKey?: () => string;
  /** The encoder (tests count its calls). */
  encode?: (data: ProgressData, options: { maxLength: number }) => EncodeResult;
  now?: () => Date;
}

export interface SuspendStorage extends PersistStorage<ProgressData> {
  /** Encodes the latest progress, once, and writes it to the LMS if it changed. Call before every commit. */
  flush(): void;
  /** The LMS refused a commit: keep the latest progress in this browser, for this learner. */
  keepUnsent(): void;
  /** The LMS took a commit: the copy kept in this browser is no longer needed. */
  clearUnsent(): void;
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
  /** The latest progress the store handed over, written or not. */
  let latest: ProgressData | null = null;
  /** Whether a copy of unsent progress is in `aside`. */
  let keptUnsent = false;

  /** Progress an earlier session of this learner could not hand to the LMS, or null. */
  const readUnsent = (): ProgressData | null => {
    const key = options.unsentKey?.();
    if (!key) return null;
    let text: string | null;
    try {
      text = aside.getItem(key);
    } catch {
      return null;
    }
    if (text === null) return null;
    keptUnsent = true;
    const result = decodeSuspendData(text);
    return result.kind === 'ok' ? result.data : null;
  };

  /** The LMS's copy with anything unsent merged in; the merged copy goes to the LMS at the next flush. */
  const withUnsent = (fromLms: ProgressData | null): ProgressData | null => {
    const unsent = readUnsent();
    if (!unsent) return fromLms;
    const merged = fromLms ? mergeProgress(fromLms, unsent) : unsent;
    pending = merged;
    latest = merged;
    options.onChange?.();
    return merged;
  };

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
      if (result.kind === 'ok' || result.kind === 'empty') {
        const data = withUnsent(result.kind === 'ok' ? result.data : fromLocation(launch.location));
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
      latest = value.state;
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
    keepUnsent() {
      const key = options.unsentKey?.();
      if (!key || latest === null || held) return;
      const encoded = encode(latest, { maxLength: UNSENT_LIMIT });
      if (!encoded.fits) return;
      try {
        aside.setItem(key, encoded.text);
        keptUnsent = true;
      } catch {
        // The browser will not keep it either: progress stays in this window until the LMS takes it.
      }
    },
    clearUnsent() {
      const key = options.unsentKey?.();
      if (!key || !keptUnsent) return;
      try {
        aside.removeItem(key);
        keptUnsent = false;
      } catch {
        // Left in place: merging it again at the next launch loses nothing.
      }
    },
  };
  return storage;
}

/** A browser copy of unsent progress is not bound by the LMS's limit; this only guards against runaway data. */
const UNSENT_LIMIT = 1_000_000;
