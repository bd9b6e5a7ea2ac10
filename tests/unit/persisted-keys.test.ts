// Every key the course writes in the browser is listed on purpose in src/state/persisted-keys.ts.
// This exercises each module that persists something, against the real (jsdom) localStorage, and fails on
// any key written that the registry does not name.
import { sampleAssignment } from '../fixtures/completion-records';
import { createProgressStore } from '../../src/state/progress/progress-store';
import { PROGRESS_KEY, PROGRESS_VERSION } from '../../src/state/progress/progress-schema';
import { createTrainerStore, TRAINER_KEY, TRAINER_VERSION } from '../../src/state/trainer/trainer-store';
import { isPersistedKey, PERSISTED } from '../../src/state/persisted-keys';
import { probeLocalStorage } from '../../src/state/safe-storage';
import { RECORDS_DB_NAME, RECORDS_DB_VERSION } from '../../src/state/reports/records-db';
import { LRS_CONNECTION_KEY, saveLrsConnection } from '../../src/tracking/lrs-connection';
import { createSuspendStorage } from '../../src/tracking/suspend-storage';
import { createXapiQueue } from '../../src/tracking/xapi-queue';
import {
  LEGACY_XAPI_QUEUE_KEY,
  XAPI_LAUNCH_KEY,
  XAPI_QUEUE_PREFIX,
  xapiQueueKey,
} from '../../src/tracking/xapi-keys';

const identity = { endpoint: 'https://lrs.example/xapi/', actor: 'mailto:ada@example.org' };

const keysWritten = () => Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i)!);

describe('the registry of persisted keys', () => {
  it('names every key the course writes in this browser, backups included', async () => {
    localStorage.clear();
    // Progress and trainer stores, each with an unreadable save that is set aside in a backup.
    localStorage.setItem(PROGRESS_KEY, '{oops');
    localStorage.setItem(TRAINER_KEY, '{oops');
    const progress = createProgressStore({ storage: probeLocalStorage(), onIssue: () => {} });
    progress.getState().startLesson('greeting');
    const trainer = createTrainerStore({ storage: probeLocalStorage() });
    trainer.getState().add(sampleAssignment);
    // xAPI statements waiting for an LRS that is down.
    const queue = createXapiQueue({
      storage: probeLocalStorage(),
      identity,
      send: () => Promise.reject(new Error('down')),
    });
    queue.enqueue([
      {
        id: '00000000-0000-4000-8000-000000000000',
        actor: {},
        verb: { id: 'v' },
        object: { id: 'o' },
      } as never,
    ]);
    queue.dispose();
    // HR remembers an LRS; an LMS's unreadable suspend data is kept for its administrator.
    saveLrsConnection({ endpoint: 'https://lrs.example/xapi/', key: 'k', secret: 's' });
    createSuspendStorage({
      load: () => ({ suspendData: 'garbage', location: '' }),
      maxLength: 4000,
      write: () => true,
      onLoss: () => {},
      aside: probeLocalStorage(),
    }).getItem(PROGRESS_KEY);

    const written = keysWritten();
    expect(written.length).toBeGreaterThanOrEqual(7);
    expect(written.filter((key) => !isPersistedKey(key))).toEqual([]);
    for (const key of [PROGRESS_KEY, TRAINER_KEY, xapiQueueKey(identity), LRS_CONNECTION_KEY])
      expect(written).toContain(key);
    expect(written.filter((key) => key.includes(':backup:'))).toHaveLength(3);
    localStorage.clear();
  });

  it('is where each module takes its key and version from', () => {
    expect([PROGRESS_KEY, PROGRESS_VERSION]).toEqual([PERSISTED.progress.key, PERSISTED.progress.version]);
    expect([TRAINER_KEY, TRAINER_VERSION]).toEqual([PERSISTED.trainer.key, PERSISTED.trainer.version]);
    expect(LEGACY_XAPI_QUEUE_KEY).toBe(PERSISTED.xapiQueue.key);
    expect(XAPI_QUEUE_PREFIX).toBe(`${PERSISTED.xapiQueue.key}:`);
    expect(XAPI_LAUNCH_KEY).toBe(PERSISTED.xapiLaunch.key);
    expect(LRS_CONNECTION_KEY).toBe(PERSISTED.lrsConnection.key);
    expect([RECORDS_DB_NAME, RECORDS_DB_VERSION]).toEqual([PERSISTED.reports.key, PERSISTED.reports.version]);
    expect(isPersistedKey('servewell-progressive')).toBe(false);
    expect(isPersistedKey('something-else')).toBe(false);
  });
});
