import { sampleAssignment } from '../../../tests/fixtures/completion-records';
import { memoryStorage } from '../safe-storage';
import type { KeyValueStorage } from '../safe-storage';
import { createTrainerStore, migrateTrainer, TRAINER_KEY, TRAINER_VERSION } from './trainer-store';

const clock = () => new Date('2026-03-02T10:00:00.000Z');
const BACKUP = `${TRAINER_KEY}:backup:${Date.parse('2026-03-02T10:00:00.000Z')}`;
const second = { ...sampleAssignment, id: 'assign-002', group: 'April starters' };

describe('trainer store', () => {
  it('keeps created assignments, newest first, and reads them back in a new session', () => {
    const storage = memoryStorage();
    const store = createTrainerStore({ storage, now: clock });
    store.getState().add(sampleAssignment);
    store.getState().add(second);
    expect(JSON.parse(storage.getItem(TRAINER_KEY)!)).toMatchObject({ version: TRAINER_VERSION });
    const again = createTrainerStore({ storage, now: clock });
    expect(again.getState().created.map((c) => c.assignment.id)).toEqual(['assign-002', 'assign-001']);
    expect(again.getState().created[1]!.assignment).toEqual(sampleAssignment);
    expect(again.getState().issue).toBeNull();
  });

  it('retires and restores an assignment', () => {
    const store = createTrainerStore({ storage: memoryStorage(), now: clock });
    store.getState().add(sampleAssignment);
    store.getState().retire('assign-001');
    expect(store.getState().created[0]).toMatchObject({ retiredAt: '2026-03-02T10:00:00.000Z' });
    store.getState().restore('assign-001');
    expect(store.getState().created[0]).toEqual({ assignment: sampleAssignment });
  });

  it('sets aside unreadable items in a backup and says so, keeping the rest', () => {
    const storage = memoryStorage();
    const raw = JSON.stringify({
      state: { created: [{ assignment: sampleAssignment }, { assignment: { ...second, due: 'soon' } }, 42] },
      version: 1,
    });
    storage.setItem(TRAINER_KEY, raw);
    const store = createTrainerStore({ storage, now: clock });
    expect(store.getState().created.map((c) => c.assignment.id)).toEqual(['assign-001']);
    expect(store.getState().issue).toBe('recovered');
    expect(storage.getItem(BACKUP)).toBe(raw);
  });

  it('leaves a save from a newer version untouched and keeps this session unsaved', () => {
    const raw = JSON.stringify({ state: { created: [] }, version: TRAINER_VERSION + 1 });
    const storage = memoryStorage();
    storage.setItem(TRAINER_KEY, raw);
    const store = createTrainerStore({ storage, now: clock });
    expect(store.getState().issue).toBe('unsaved');
    store.getState().add(sampleAssignment);
    expect(storage.getItem(TRAINER_KEY)).toBe(raw);
    expect(storage.getItem(BACKUP)).toBeNull();
  });

  it('starts empty, keeping a backup, when the save is not JSON or not in the expected shape', () => {
    for (const raw of ['{oops', JSON.stringify({ state: { created: 5 }, version: 1 })]) {
      const storage = memoryStorage();
      storage.setItem(TRAINER_KEY, raw);
      const store = createTrainerStore({ storage, now: clock });
      expect(store.getState().created).toEqual([]);
      expect(store.getState().issue).toBe('recovered');
      expect(storage.getItem(BACKUP)).toBe(raw);
    }
  });

  it('works in memory and says assignments will not be kept when storage is missing or full', async () => {
    expect(createTrainerStore({ storage: null }).getState().issue).toBe('unsaved');
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const store = createTrainerStore({ storage: full });
    store.getState().add(sampleAssignment);
    await Promise.resolve();
    expect(store.getState().created).toHaveLength(1);
    expect(store.getState().issue).toBe('unsaved');
  });

  it('migrates version 1 as is and refuses other shapes', () => {
    expect(migrateTrainer({ created: [] }, 1)).toEqual({ kind: 'ok', data: { created: [] } });
    expect(migrateTrainer({ created: 'x' }, 1).kind).toBe('unreadable');
    expect(migrateTrainer(null, 1).kind).toBe('unreadable');
    expect(migrateTrainer({ created: [] }, 0).kind).toBe('unreadable');
    expect(migrateTrainer({ created: [] }, 2)).toEqual({ kind: 'newer', version: 2 });
  });
});
